/**
 * Atomic reindex: fresh indexes are built beside the serving ones, checked task by task, then
 * swapped in with one swap call. Until that call the serving indexes are untouched; on any failure
 * the fresh ones are deleted and a ReindexError says what failed and where.
 */
import type { Meilisearch } from 'meilisearch';
import type { PlanDocument } from '../sections/plan-document.ts';
import type { SectionDocument } from '../sections/section-document.ts';
import { attempt, requestError, runTask, waitForSuccess } from './client.ts';
import { ReindexError } from './errors.ts';
import { hashParts, isServing, writeIndexState } from './index-state.ts';
import type { Progress } from './progress.ts';
import { silentProgress } from './progress.ts';
import { indexUid, planSettings, sectionSettings } from './settings.ts';
import type { IndexKind } from './settings.ts';

/** The documents of a corpus and the hash of what they were built from (plan files, categories, code). */
export interface Corpus {
  plans: PlanDocument[];
  sections: SectionDocument[];
  /** Hash of the inputs; the settings are hashed in by `reindex` itself. */
  hash: string;
}

/** How to reindex. */
export interface ReindexOptions {
  /** A client holding the master key (or an admin key). */
  client: Meilisearch;
  /** MEILI_INDEX_PREFIX. */
  prefix: string;
  /** Rebuild even when the corpus is unchanged. */
  force?: boolean;
  progress?: Progress;
  /** Directory of the plan files, for error messages naming a plan ("content/plans"). */
  plansDir?: string;
}

/** What a reindex did. */
export interface ReindexResult {
  status: 'indexed' | 'unchanged';
  plans: number;
  sections: number;
  seconds: number;
  /** Hash of corpus and settings now serving. */
  hash: string;
}

const batchSize = 500;
const validId = /^[A-Za-z0-9_-]{1,511}$/;

/** Rebuilds the serving indexes `<prefix>sections` and `<prefix>plans` from `corpus`, atomically. */
export async function reindex(corpus: Corpus, options: ReindexOptions): Promise<ReindexResult> {
  const started = performance.now();
  const { client, prefix } = options;
  const progress = options.progress ?? silentProgress;
  const settings = { sections: sectionSettings(), plans: planSettings() };
  const hash = hashParts([corpus.hash, JSON.stringify(settings)]);
  const summary = (status: ReindexResult['status']): ReindexResult => ({
    status,
    plans: corpus.plans.length,
    sections: corpus.sections.length,
    seconds: (performance.now() - started) / 1000,
    hash,
  });

  checkDocuments(corpus, options.plansDir ?? 'content/plans');
  if (!options.force && (await isServing(client, prefix, hash))) return summary('unchanged');

  await deleteStaleIndexes(client, prefix);
  const stamp = String(Date.now());
  const fresh: Record<IndexKind, string> = { sections: `${indexUid(prefix, 'sections')}_${stamp}`, plans: `${indexUid(prefix, 'plans')}_${stamp}` };
  try {
    progress.step('Creating indexes and applying settings', 4);
    for (const kind of ['sections', 'plans'] as const) {
      await runTask(client, `creating index ${fresh[kind]}`, () => client.createIndex(fresh[kind], { primaryKey: 'id' }));
      progress.advance();
      await runTask(client, `applying the settings of ${fresh[kind]}`, () => client.index(fresh[kind]).updateSettings(settings[kind]));
      progress.advance();
    }

    const batches = [
      ...chunks(corpus.sections).map((documents) => ({ kind: 'sections' as const, documents })),
      ...chunks(corpus.plans).map((documents) => ({ kind: 'plans' as const, documents })),
    ];
    progress.step('Indexing documents', corpus.sections.length + corpus.plans.length);
    const enqueued = [];
    for (const batch of batches) {
      const uid = fresh[batch.kind];
      const task = await attempt(`adding documents to ${uid}`, () => client.index(uid).addDocuments(batch.documents, { primaryKey: 'id' }));
      enqueued.push({ task, batch });
    }
    for (const { task, batch } of enqueued) {
      await waitForSuccess(client, `indexing ${batch.documents.length} documents into ${fresh[batch.kind]}`, task);
      progress.advance(batch.documents.length);
    }
    await checkCounts(client, fresh, corpus);

    progress.step('Swapping the new indexes in');
    for (const kind of ['sections', 'plans'] as const) await ensureIndex(client, indexUid(prefix, kind));
    await runTask(client, 'swapping the new indexes in', () =>
      client.swapIndexes([
        { indexes: [indexUid(prefix, 'sections'), fresh.sections], rename: false },
        { indexes: [indexUid(prefix, 'plans'), fresh.plans], rename: false },
      ]),
    );
  } catch (error) {
    const leftover = await deleteIndexes(client, Object.values(fresh));
    throw new ReindexError(
      `Reindex failed, the serving indexes are unchanged: ${error instanceof Error ? error.message : String(error)}${leftover}`,
      { cause: error },
    );
  }
  // After the swap the stamped uids hold the previous documents.
  progress.step('Deleting the previous indexes');
  const leftover = await deleteIndexes(client, Object.values(fresh));
  await writeIndexState(client, prefix, { hash, plans: corpus.plans.length, sections: corpus.sections.length });
  if (leftover !== '') throw new ReindexError(`Reindex succeeded but cleaning up failed:${leftover}`);
  return summary('indexed');
}

/** Ids must be unique and Meilisearch-safe; a bad one is reported against its plan file before anything is sent. */
function checkDocuments(corpus: Corpus, plansDir: string): void {
  const seen = new Map<string, string>();
  const check = (id: string, slug: string, what: string) => {
    const file = `${plansDir}/${slug}.md`;
    if (!validId.test(id)) throw new ReindexError(`${file}: ${what} id "${id}" is not a valid Meilisearch id (letters, digits, "-", "_"; at most 511)`);
    const other = seen.get(`${what}:${id}`);
    if (other !== undefined) throw new ReindexError(`${file}: ${what} id "${id}" is also the id of a ${what} of ${plansDir}/${other}.md; ids must be unique`);
    seen.set(`${what}:${id}`, slug);
  };
  for (const plan of corpus.plans) check(plan.id, plan.slug, 'plan');
  for (const section of corpus.sections) check(section.id, section.planSlug, 'section');
}

async function checkCounts(client: Meilisearch, fresh: Record<IndexKind, string>, corpus: Corpus): Promise<void> {
  for (const kind of ['sections', 'plans'] as const) {
    const stats = await attempt(`reading the stats of ${fresh[kind]}`, () => client.index(fresh[kind]).getStats());
    const expected = corpus[kind].length;
    if (stats.numberOfDocuments !== expected) {
      throw new ReindexError(`${fresh[kind]} holds ${stats.numberOfDocuments} documents instead of ${expected}`);
    }
  }
}

async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  const task = await attempt(`creating index ${uid}`, () => client.createIndex(uid, { primaryKey: 'id' }));
  const done = await attempt(`creating index ${uid}`, () => client.tasks.waitForTask(task.taskUid, { timeout: 60_000, interval: 50 }));
  if (done.status !== 'succeeded' && done.error?.code !== 'index_already_exists') {
    throw requestError(`creating index ${uid}`, new Error(done.error?.message ?? done.status));
  }
}

/** Deletes indexes (missing ones are fine); returns "" or a sentence naming those that could not be deleted. */
async function deleteIndexes(client: Meilisearch, uids: readonly string[]): Promise<string> {
  const failed: string[] = [];
  for (const uid of uids) {
    try {
      const task = await client.deleteIndex(uid);
      const done = await client.tasks.waitForTask(task.taskUid, { timeout: 60_000, interval: 50 });
      if (done.status !== 'succeeded' && done.error?.code !== 'index_not_found') failed.push(`${uid} (${done.error?.message ?? done.status})`);
    } catch (error) {
      failed.push(`${uid} (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  return failed.length === 0 ? '' : ` (the temporary indexes ${failed.join(', ')} could not be deleted; delete them by hand or rerun)`;
}

/** Deletes temporary indexes left by an interrupted reindex of this prefix. */
async function deleteStaleIndexes(client: Meilisearch, prefix: string): Promise<void> {
  const pattern = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}(sections|plans)_\\d{13}$`);
  const { results } = await attempt('listing indexes', () => client.getIndexes({ limit: 1000 }));
  const stale = results.map((index) => index.uid).filter((uid) => pattern.test(uid));
  const leftover = await deleteIndexes(client, stale);
  if (leftover !== '') throw new ReindexError(`Cannot clean up before reindexing:${leftover}`);
}

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += batchSize) out.push(items.slice(i, i + batchSize));
  return out;
}
