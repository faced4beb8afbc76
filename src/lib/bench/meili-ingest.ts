/**
 * Meilisearch's own ingest of finished documents, the yardstick of the pipeline: the same settings
 * as the project's indexes, the NDJSON the pipeline produced sent in large payloads, and the time
 * until every task has succeeded.
 */
import { readFile } from 'node:fs/promises';
import { createClient, runTask, waitForSuccess } from '../meilisearch/client.ts';
import { planSettings, sectionSettings } from '../meilisearch/settings.ts';

export interface DirectIngest {
  url: string;
  masterKey: string;
  /** Index uid prefix: "bench-direct-" gives "bench-direct-sections" and "bench-direct-plans". */
  prefix: string;
  sectionsFile: string;
  plansFile: string;
}

/** Lines of NDJSON joined into payloads of at most `maxBytes` each. */
export function ndjsonPayloads(ndjson: string, maxBytes: number): string[] {
  const payloads: string[] = [];
  let start = 0;
  while (start < ndjson.length) {
    let end = Math.min(ndjson.length, start + maxBytes);
    if (end < ndjson.length) {
      const newline = ndjson.lastIndexOf('\n', end - 1);
      end = newline >= start ? newline + 1 : ndjson.indexOf('\n', end) + 1 || ndjson.length;
    }
    payloads.push(ndjson.slice(start, end));
    start = end;
  }
  return payloads;
}

/** Create both indexes, apply the settings, add the documents and wait; returns seconds (reading the files is not timed). */
export async function ingestDirectly(options: DirectIngest): Promise<number> {
  const client = createClient(options.url, options.masterKey, 600_000);
  const kinds = [
    { uid: `${options.prefix}sections`, settings: sectionSettings(), ndjson: await readFile(options.sectionsFile, 'utf8') },
    { uid: `${options.prefix}plans`, settings: planSettings(), ndjson: await readFile(options.plansFile, 'utf8') },
  ];
  const started = performance.now();
  const enqueued = [];
  for (const kind of kinds) {
    await runTask(client, `creating ${kind.uid}`, () => client.createIndex(kind.uid, { primaryKey: 'id' }));
    await runTask(client, `applying the settings of ${kind.uid}`, () => client.index(kind.uid).updateSettings(kind.settings));
    for (const payload of ndjsonPayloads(kind.ndjson, 32 * 2 ** 20)) {
      enqueued.push({ uid: kind.uid, task: await client.index(kind.uid).addDocumentsFromString(payload, 'application/x-ndjson', { primaryKey: 'id' }) });
    }
  }
  for (const { uid, task } of enqueued) await waitForSuccess(client, `adding documents to ${uid}`, task, 3_600_000);
  return (performance.now() - started) / 1000;
}
