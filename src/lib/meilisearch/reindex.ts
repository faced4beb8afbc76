/**
 * Atomic reindex: fresh indexes are built beside the serving ones, checked task by task, then
 * swapped in with one swap call. Until that call the serving indexes are untouched; on any failure
 * the fresh ones are deleted and a ReindexError says what failed and where (a plan's own error,
 * "file:line: …", comes out as it is).
 *
 * One run at a time per prefix (reindex-lock.ts): only the run holding the lock creates, swaps or
 * deletes indexes, so the temporary indexes it finds when it starts are orphans of killed runs.
 * Before the swap the fresh indexes must hold every document and every setting sent, and a run
 * that would swap in no plans, or fewer than half of those serving, refuses unless `allowShrink`.
 * After the swap the serving indexes are checked again; only then is the meta record written.
 *
 * Documents stream: the section documents of a source are sent in NDJSON payloads of about
 * `batchBytes` as soon as they are built, so Meilisearch indexes the first payloads while the
 * next plans are still being parsed, and the indexer never holds the whole corpus.
 *
 * Several Meilisearch machines (`shards`): each plan's sections go to the shard its slug hashes to
 * (shards/shard-of.ts); the plans index, the meta record and the lock stay on the first shard. Every
 * shard's fresh indexes are built and checked before any swap; then each shard swaps, and if one
 * fails the shards already swapped are swapped back, so none serves the new corpus.
 */
import type { EnqueuedTask, Meilisearch, Settings } from 'meilisearch';
import { hashParts } from '../documents/corpus-hash.ts';
import { corpusSource } from '../documents/document-source.ts';
import type { Corpus, DocumentSource } from '../documents/document-source.ts';
import { MeilisearchApiError } from 'meilisearch';
import { attempt, requestError, runTask, waitForSuccess } from './client.ts';
import { ReindexError } from './errors.ts';
import { servingState, writeIndexState } from './index-state.ts';
import type { Progress } from './progress.ts';
import { silentProgress } from './progress.ts';
import { acquireReindexLock } from './reindex-lock.ts';
import type { LockOptions, ReindexLock } from './reindex-lock.ts';
import { settingsDifferences } from './settings-check.ts';
import { indexKinds, indexUid, planSettings, sectionSettings } from './settings.ts';
import { termsIndexUid, writeTermsIndex } from './terms-index.ts';
import { createTermTableBuilder } from '../terms/build-term-table.ts';
import { termTableToChunks } from '../terms/term-table.ts';
import type { IndexKind } from './settings.ts';
import { placementVersion, shardOf } from './shards/shard-of.ts';

/** One Meilisearch of a sharded index: its name in the network, and a client holding its master key. */
export interface ReindexShard {
  name: string;
  client: Meilisearch;
}

/** How to reindex. */
export interface ReindexOptions {
  /** A client holding the master key (or an admin key); with `shards`, the first shard's. */
  client: Meilisearch;
  /** The Meilisearch machines the sections are spread over (MEILI_SHARDS), first one first; one Meilisearch (`client`) when absent. */
  shards?: readonly ReindexShard[];
  /** MEILI_INDEX_PREFIX. */
  prefix: string;
  /** Rebuild even when the corpus is unchanged. */
  force?: boolean;
  progress?: Progress;
  /** Directory of the plan files, for error messages naming a plan ("content/plans"). */
  plansDir?: string;
  /** Size of one NDJSON payload of documents, bytes (default 4 MiB). */
  batchBytes?: number;
  /** Swap in even no plans, or fewer than half of those serving (`--allow-shrink`). */
  allowShrink?: boolean;
  /** How to take the one-run-at-a-time lock (`wait: true` waits for a running reindex). */
  lock?: LockOptions;
}

/** Counts of plans and sections. */
type Counts = Record<IndexKind, number>;

/** What a reindex did. */
export interface ReindexResult {
  status: 'indexed' | 'unchanged';
  plans: number;
  sections: number;
  seconds: number;
  /** Hash of corpus and settings now serving. */
  hash: string;
}

// Small enough that Meilisearch starts on the first plans within a second while the rest are
// parsed; Meilisearch batches whatever is queued when it is free, so smaller payloads do not mean
// more batches. On 10k sections 2, 4 and 8 MiB were not told apart by npm run bench: single runs
// varied from 1.0 to 1.5 × Meilisearch's own ingest whatever the size (2 cores).
const defaultBatchBytes = 4 * 2 ** 20;
const validId = /^[A-Za-z0-9_-]{1,511}$/;

/** Rebuilds the serving indexes `<prefix>sections` and `<prefix>plans` from a corpus or a document source, atomically. */
export async function reindex(input: Corpus | DocumentSource, options: ReindexOptions): Promise<ReindexResult> {
  const started = performance.now();
  const source = 'groups' in input ? input : corpusSource(input);
  const { client, prefix } = options;
  const shards = options.shards ?? [{ name: '', client }];
  const settings = { sections: sectionSettings(), plans: planSettings() };
  // Which plan lives where is part of what serves: another set of shards is another corpus.
  const hash = hashParts([source.hash, JSON.stringify(settings), ...(shards.length > 1 ? [placementVersion, shards.map((shard) => shard.name).join(',')] : [])]);
  const counts = { plans: 0, sections: 0 };
  const summary = (status: ReindexResult['status']): ReindexResult => ({
    status,
    ...counts,
    seconds: (performance.now() - started) / 1000,
    hash,
  });

  const unchanged = async (): Promise<ReindexResult | null> => {
    if (options.force === true) return null;
    const serving = await servingState(client, prefix, hash, shards.map((shard) => shard.client));
    return serving === null ? null : { ...summary('unchanged'), plans: serving.plans, sections: serving.sections };
  };
  const before = await unchanged();
  if (before !== null) return before;

  const lock = await acquireReindexLock(client, prefix, options.lock);
  try {
    // A run we waited for may have indexed this very corpus.
    const after = await unchanged();
    if (after !== null) return after;
    await build(source, options, shards, settings, counts, lock, hash);
    await writeIndexState(client, prefix, { hash, ...counts }).catch((error: unknown) => {
      throw new ReindexError(
        `The new indexes are serving, but recording their corpus version failed (the next run indexes again): ${error instanceof Error ? error.message : String(error)}`,
        { cause: error, serving: 'swapped' },
      );
    });
    return summary('indexed');
  } finally {
    // A lock that cannot be deleted now goes stale by itself (its heartbeat stops): say so, and
    // let the reindex's own outcome stand.
    await lock.release().catch((error: unknown) => {
      process.stderr.write(`Could not release the reindex lock (it expires in a minute): ${error instanceof Error ? error.message : String(error)}\n`);
    });
  }
}

/** Builds, checks and swaps in fresh indexes on every shard; fills `counts`. Runs under the lock. */
async function build(
  source: DocumentSource,
  options: ReindexOptions,
  shards: readonly ReindexShard[],
  settings: Record<IndexKind, Settings>,
  counts: Counts,
  lock: ReindexLock,
  hash: string,
): Promise<void> {
  const { prefix } = options;
  const progress = options.progress ?? silentProgress;
  const plansDir = options.plansDir ?? 'content/plans';
  for (const shard of shards) await deleteOrphanIndexes(shard.client, prefix);
  const serving = await servingCounts(shards, prefix);
  const stamp = String(Date.now());
  const fresh: Record<IndexKind, string> = { sections: `${indexUid(prefix, 'sections')}_${stamp}`, plans: `${indexUid(prefix, 'plans')}_${stamp}` };
  // The term table (src/lib/terms/) is counted as the sections stream past and swapped in with them.
  const freshTerms = `${termsIndexUid(prefix)}_${stamp}`;
  const terms = createTermTableBuilder(hash);
  const serve: Record<IndexKind, string> = { sections: indexUid(prefix, 'sections'), plans: indexUid(prefix, 'plans') };
  // The uids swapped on each shard, serving ⇄ fresh: the sections everywhere; the plans and the term table on the first shard.
  const pairsOn = (i: number): [string, string][] => [
    ...kindsOn(i).map((kind): [string, string] => [serve[kind], fresh[kind]]),
    ...(i === 0 ? [[termsIndexUid(prefix), freshTerms] as [string, string]] : []),
  ];
  const ids = new IdCheck(plansDir);
  const onShard = shardPlacement(shards);
  const held: Counts[] = shards.map(() => ({ plans: 0, sections: 0 }));
  const swapped: ReindexShard[] = [];
  try {
    progress.step('Creating indexes and applying settings', 2 * (shards.length + 1));
    for (const [i, shard] of shards.entries()) {
      for (const kind of kindsOn(i)) {
        await runTask(shard.client, `creating index ${fresh[kind]}${where(shard)}`, () => shard.client.createIndex(fresh[kind], { primaryKey: 'id' }));
        progress.advance();
        await runTask(shard.client, `applying the settings of ${fresh[kind]}${where(shard)}`, () => shard.client.index(fresh[kind]).updateSettings(settings[kind]));
        progress.advance();
      }
    }

    const senders = shards.map((shard) => new BatchSender(shard.client, options.batchBytes ?? defaultBatchBytes));
    progress.step('Reading plans and sending documents', source.groups);
    for (const group of fromSource(source.sections())) {
      for (const section of group) {
        ids.check(section.id, section.planSlug, 'section');
        const i = onShard(section.planSlug);
        // The position in the stream: the order one Meilisearch breaks ties in, kept for the shards (settings.ts, sectionTieBreak).
        await senders[i]?.add(fresh.sections, { ...section, indexOrder: counts.sections });
        (held[i] as Counts).sections += 1;
        terms.add(section);
        counts.sections += 1;
      }
      progress.advance();
    }
    for (const sender of senders) await sender.flush(fresh.sections);
    const first = senders[0] as BatchSender;
    for (const plan of fromSource(fromSourceCall(() => source.plans()))) {
      ids.check(plan.id, plan.slug, 'plan');
      await first.add(fresh.plans, plan);
      counts.plans += 1;
    }
    await first.flush(fresh.plans);
    (held[0] as Counts).plans = counts.plans;
    if (options.allowShrink !== true) checkShrink(counts, serving, plansDir);

    progress.step('Waiting for Meilisearch to index', counts.sections + counts.plans);
    for (const [i, sender] of senders.entries()) {
      const shard = shards[i] as ReindexShard;
      for (const { task, uid, documents } of sender.enqueued) {
        await waitForSuccess(shard.client, `indexing ${documents} documents into ${uid}${where(shard)}`, task, 3_600_000);
        progress.advance(documents);
      }
    }
    // Every shard is checked before any swaps: a shard that cannot serve the corpus stops it everywhere.
    for (const [i, shard] of shards.entries()) await checkIndexes(shard, fresh, kindsOn(i), held[i] as Counts, settings, `before the swap${where(shard)}`);
    await writeTermsIndex((shards[0] as ReindexShard).client, freshTerms, termTableToChunks(terms.result()));

    progress.step('Swapping the new indexes in', shards.length);
    await lock.assertHeld();
    for (const [i, shard] of shards.entries()) {
      for (const [uid] of pairsOn(i)) await ensureIndex(shard.client, uid, where(shard));
      await runTask(shard.client, `swapping the new indexes in${where(shard)}`, () => shard.client.swapIndexes(toSwap(pairsOn(i))));
      swapped.push(shard);
      progress.advance();
    }
    for (const [i, shard] of shards.entries()) await checkIndexes(shard, serve, kindsOn(i), held[i] as Counts, settings, `after the swap${where(shard)}`);
  } catch (error) {
    // The previous indexes, under the stamped uids now, must not be deleted.
    if (error instanceof ReindexError && error.serving === 'swapped') throw error;
    // Swapping the same pairs again puts the previous indexes back.
    const back = await swapBack(swapped, pairsOn);
    // On a shard whose swap back failed, the stamped uids hold the previous indexes: keep them.
    const leftover = (await Promise.all(shards.map((shard, i) => (back.failed.includes(shard) ? '' : deleteIndexes(shard.client, pairsOn(i).map(([, uid]) => uid)))))).join('');
    if (error instanceof SourceFailure) throw appendLeftover(error.cause, leftover);
    if (error instanceof ShrinkRefused) throw new ReindexError(`${error.message}${leftover}`);
    if (back.sentence !== '') {
      throw new ReindexError(`Reindex failed: ${error instanceof Error ? error.message : String(error)}${back.sentence}${leftover}`, { cause: error, serving: 'swapped' });
    }
    throw new ReindexError(
      `Reindex failed, the serving indexes are unchanged: ${error instanceof Error ? error.message : String(error)}${leftover}`,
      { cause: error },
    );
  }
  // After the swap the stamped uids hold the previous documents.
  progress.step('Deleting the previous indexes');
  const leftover = (await Promise.all(shards.map((shard, i) => deleteIndexes(shard.client, pairsOn(i).map(([, uid]) => uid))))).join('');
  if (leftover !== '') throw new ReindexError(`Reindex succeeded but cleaning up failed:${leftover}`, { serving: 'swapped' });
}

/** The index kinds on the shard at `position`: the plans index lives on the first shard only. */
function kindsOn(position: number): readonly IndexKind[] {
  return position === 0 ? indexKinds : ['sections'];
}

/** " on shard "b"" when there are several shards, "" for one Meilisearch (its messages are unchanged). */
function where(shard: ReindexShard): string {
  return shard.name === '' ? '' : ` on shard "${shard.name}"`;
}

/** The position of the shard holding a plan's sections, by slug (one plan's sections arrive together, so the last answer is kept). */
function shardPlacement(shards: readonly ReindexShard[]): (slug: string) => number {
  if (shards.length === 1) return () => 0;
  const names = shards.map((shard) => shard.name);
  let last = { slug: '', position: 0 };
  return (slug) => {
    if (slug !== last.slug) last = { slug, position: names.indexOf(shardOf(slug, names)) };
    return last.position;
  };
}

/** Swap pairs of Meilisearch's swap call. */
function toSwap(pairs: readonly [string, string][]) {
  return pairs.map((indexes) => ({ indexes, rename: false }));
}

/** Swaps the previous indexes back in on the shards already swapped; the shards where that failed, and a sentence naming them ("" when none). */
async function swapBack(swapped: readonly ReindexShard[], pairsOn: (position: number) => [string, string][]): Promise<{ failed: ReindexShard[]; sentence: string }> {
  const failed: ReindexShard[] = [];
  const reasons: string[] = [];
  // Shards swap in order, so the i-th swapped is the i-th shard.
  for (const [i, shard] of swapped.entries()) {
    try {
      await runTask(shard.client, `swapping the previous indexes back${where(shard)}`, () => shard.client.swapIndexes(toSwap(pairsOn(i))));
    } catch (error) {
      failed.push(shard);
      reasons.push(`${shard.name === '' ? 'Meilisearch' : `shard "${shard.name}"`} (${error instanceof Error ? error.message : String(error)}; the previous indexes are kept as ${pairsOn(i).map(([, uid]) => uid).join(', ')})`);
    }
  }
  const sentence = reasons.length === 0 ? '' : `; swapping the previous indexes back failed on ${reasons.join(', ')}, which serves the new corpus: rerun npm run index`;
  return { failed, sentence };
}
/** A reindex that would empty or shrink the serving indexes, refused. */
class ShrinkRefused extends Error {}

/** Refuses no plans at all, or fewer than half of those serving now. */
function checkShrink(fresh: Counts, serving: Counts, plansDir: string): void {
  const now = `the ${serving.plans} plans (${serving.sections} sections) serving now`;
  if (fresh.plans === 0) {
    throw new ShrinkRefused(`Refusing to swap in 0 plans for ${now}: ${plansDir} holds no plan files. Rerun with --allow-shrink to empty them.`);
  }
  if (fresh.plans * 2 < serving.plans) {
    throw new ShrinkRefused(
      `Refusing to swap in ${fresh.plans} plans (${fresh.sections} sections) from ${plansDir}, fewer than half of ${now}. Rerun with --allow-shrink if the plans were removed on purpose.`,
    );
  }
}

/** Documents in the serving indexes of every shard (0 for a missing one). */
async function servingCounts(shards: readonly ReindexShard[], prefix: string): Promise<Counts> {
  const counts: Counts = { sections: 0, plans: 0 };
  for (const [i, shard] of shards.entries()) {
    for (const kind of kindsOn(i)) {
      try {
        counts[kind] += (await shard.client.index(indexUid(prefix, kind)).getStats()).numberOfDocuments;
      } catch (error) {
        if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) throw requestError(`reading the serving index stats${where(shard)}`, error);
      }
    }
  }
  return counts;
}

/** An error of the document source (a plan's file:line, a bad id): rethrown as it is once the fresh indexes are gone. */
class SourceFailure extends Error {
  override readonly cause: unknown;
  constructor(cause: unknown) {
    super('document source failed');
    this.cause = cause;
  }
}

/** Iterates `items`, marking what it throws as the source's failure. */
function* fromSource<T>(items: Iterable<T>): Generator<T> {
  const iterator = items[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<T>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new SourceFailure(error);
    }
    if (next.done === true) return;
    yield next.value;
  }
}

/** Calls `read`, marking what it throws as the source's failure. */
function fromSourceCall<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new SourceFailure(error);
  }
}

/** The source's own error, with a note on temporary indexes that could not be deleted. */
function appendLeftover(error: unknown, leftover: string): unknown {
  if (leftover !== '' && error instanceof Error) error.message += leftover;
  return error;
}

/** Documents serialised to NDJSON and sent in payloads of about `maxBytes`, one index at a time. */
class BatchSender {
  readonly enqueued: { task: EnqueuedTask; uid: string; documents: number }[] = [];
  private lines: string[] = [];
  private bytes = 0;
  private readonly client: Meilisearch;
  private readonly maxBytes: number;
  constructor(client: Meilisearch, maxBytes: number) {
    this.client = client;
    this.maxBytes = maxBytes;
  }

  async add(uid: string, document: object): Promise<void> {
    const line = `${JSON.stringify(document)}\n`;
    this.lines.push(line);
    this.bytes += Buffer.byteLength(line);
    if (this.bytes >= this.maxBytes) await this.flush(uid);
  }

  async flush(uid: string): Promise<void> {
    if (this.lines.length === 0) return;
    const payload = this.lines.join('');
    const documents = this.lines.length;
    this.lines = [];
    this.bytes = 0;
    const task = await attempt(`sending ${documents} documents to ${uid}`, () =>
      this.client.index(uid).addDocumentsFromString(payload, 'application/x-ndjson', { primaryKey: 'id' }),
    );
    this.enqueued.push({ task, uid, documents });
  }
}

/**
 * Ids must be unique and Meilisearch-safe; a bad one is reported against its plan file. Section ids
 * are `<slug>__<anchor>` and slugs are file names: two plans' ids can only meet when an id holds
 * "__" somewhere else too, so only such ids are remembered across plans; the others only within
 * their plan. Memory follows the number of plans, not of sections.
 */
class IdCheck {
  private readonly seen = new Map<string, string>();
  private readonly plansDir: string;
  private currentSlug = '';
  private readonly current = new Set<string>();
  constructor(plansDir: string) {
    this.plansDir = plansDir;
  }

  check(id: string, slug: string, what: 'plan' | 'section'): void {
    const file = `${this.plansDir}/${slug}.md`;
    if (!validId.test(id)) throw new SourceFailure(new ReindexError(`${file}: ${what} id "${id}" is not a valid Meilisearch id (letters, digits, "-", "_"; at most 511)`));
    const key = `${what}:${id}`;
    if (what === 'section' && slug !== this.currentSlug) {
      this.currentSlug = slug;
      this.current.clear();
    }
    const other = this.seen.get(key) ?? (what === 'section' && this.current.has(id) ? slug : undefined);
    if (other !== undefined) throw new SourceFailure(new ReindexError(`${file}: ${what} id "${id}" is also the id of a ${what} of ${this.plansDir}/${other}.md; ids must be unique`));
    if (what === 'plan' || mayMeetAnotherPlan(id, slug)) this.seen.set(key, slug);
    else this.current.add(id);
  }
}

/** True unless `id` is `<slug>__<anchor>` with no other "__" in it, where another plan's slug could end. */
function mayMeetAnotherPlan(id: string, slug: string): boolean {
  if (!id.startsWith(`${slug}__`)) return true;
  for (let at = id.indexOf('__'); at >= 0; at = id.indexOf('__', at + 1)) if (at !== slug.length) return true;
  return false;
}

/** Throws unless each index of `kinds` on the shard holds `expected` documents and every setting sent. */
async function checkIndexes(
  { client }: ReindexShard,
  uids: Record<IndexKind, string>,
  kinds: readonly IndexKind[],
  expected: Counts,
  settings: Record<IndexKind, Settings>,
  when: string,
): Promise<void> {
  for (const kind of kinds) {
    const stats = await attempt(`reading the stats of ${uids[kind]}`, () => client.index(uids[kind]).getStats());
    if (stats.numberOfDocuments !== expected[kind]) {
      throw new ReindexError(`${uids[kind]} holds ${stats.numberOfDocuments} documents instead of ${expected[kind]} ${when}`);
    }
    const actual = await attempt(`reading the settings of ${uids[kind]}`, () => client.index(uids[kind]).getSettings());
    const differences = settingsDifferences(settings[kind], actual);
    if (differences.length > 0) throw new ReindexError(`${uids[kind]} does not hold the settings sent ${when}:\n${differences.join('\n')}`);
  }
}

async function ensureIndex(client: Meilisearch, uid: string, where = ''): Promise<void> {
  const task = await attempt(`creating index ${uid}${where}`, () => client.createIndex(uid, { primaryKey: 'id' }));
  const done = await attempt(`creating index ${uid}${where}`, () => client.tasks.waitForTask(task.taskUid, { timeout: 60_000, interval: 50 }));
  if (done.status !== 'succeeded' && done.error?.code !== 'index_already_exists') {
    throw requestError(`creating index ${uid}${where}`, new Error(done.error?.message ?? done.status));
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

/** Deletes the temporary indexes of this prefix; called under the lock, when any found are orphans of killed runs. */
async function deleteOrphanIndexes(client: Meilisearch, prefix: string): Promise<void> {
  const pattern = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}(sections|plans|terms)_\\d{13}$`);
  const { results } = await attempt('listing indexes', () => client.getIndexes({ limit: 1000 }));
  const stale = results.map((index) => index.uid).filter((uid) => pattern.test(uid));
  const leftover = await deleteIndexes(client, stale);
  if (leftover !== '') throw new ReindexError(`Cannot clean up before reindexing:${leftover}`);
}
