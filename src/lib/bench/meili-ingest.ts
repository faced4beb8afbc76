/**
 * Meilisearch's own ingest of finished documents, the yardstick of the pipeline: the same settings
 * as the project's indexes, the NDJSON the pipeline produced sent in large payloads, and the time
 * until every task has succeeded.
 */
import { createReadStream } from 'node:fs';
import type { Settings } from 'meilisearch';
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

/**
 * The lines of an NDJSON file joined into payloads of at most `maxBytes` each (a longer line is a
 * payload of its own), read as they are sent, so that no size needs the whole file in memory.
 */
export async function* ndjsonFilePayloads(file: string, maxBytes: number): AsyncGenerator<string> {
  let pending: Buffer = Buffer.alloc(0);
  const cut = function* (final: boolean): Generator<string> {
    while (pending.length >= maxBytes || (final && pending.length > 0)) {
      let end = pending.length >= maxBytes ? pending.lastIndexOf(0x0a, maxBytes - 1) : pending.length - 1;
      if (end < 0) end = pending.indexOf(0x0a, maxBytes);
      if (end < 0) {
        if (!final) return;
        end = pending.length - 1;
      }
      yield pending.subarray(0, end + 1).toString('utf8');
      pending = pending.subarray(end + 1);
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 2 ** 20 })) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    yield* cut(false);
  }
  yield* cut(true);
}

/** Create both indexes, apply the settings, add the documents and wait; returns seconds, less the time spent reading the files. */
export async function ingestDirectly(options: DirectIngest): Promise<number> {
  return ingestFiles(options.url, options.masterKey, [
    { uid: `${options.prefix}sections`, settings: sectionSettings(), file: options.sectionsFile },
    { uid: `${options.prefix}plans`, settings: planSettings(), file: options.plansFile },
  ]);
}

/**
 * The floor under the project's documents: plain `{ id, heading, text }` documents of the same
 * sections into one index with Meilisearch's default settings; returns seconds as `ingestDirectly`.
 */
export async function ingestPlainly(options: { url: string; masterKey: string; uid: string; file: string }): Promise<number> {
  return ingestFiles(options.url, options.masterKey, [{ uid: options.uid, settings: {}, file: options.file }]);
}

/** One index per file: create it, apply its settings, add its NDJSON in 32 MiB payloads, wait for every task. */
async function ingestFiles(url: string, masterKey: string, kinds: readonly { uid: string; settings: Settings; file: string }[]): Promise<number> {
  const client = createClient(url, masterKey, 600_000);
  const started = performance.now();
  let reading = 0;
  const enqueued = [];
  for (const kind of kinds) {
    await runTask(client, `creating ${kind.uid}`, () => client.createIndex(kind.uid, { primaryKey: 'id' }));
    if (Object.keys(kind.settings).length > 0) await runTask(client, `applying the settings of ${kind.uid}`, () => client.index(kind.uid).updateSettings(kind.settings));
    const payloads = ndjsonFilePayloads(kind.file, 32 * 2 ** 20);
    for (;;) {
      const read = performance.now();
      const next = await payloads.next();
      reading += performance.now() - read;
      if (next.done === true) break;
      enqueued.push({ uid: kind.uid, task: await client.index(kind.uid).addDocumentsFromString(next.value, 'application/x-ndjson', { primaryKey: 'id' }) });
    }
  }
  for (const { uid, task } of enqueued) await waitForSuccess(client, `adding documents to ${uid}`, task, 3_600_000);
  return (performance.now() - started - reading) / 1000;
}
