/**
 * One size of the benchmark, start to finish: generate the synthetic corpus, start a fresh
 * Meilisearch, time the project's pipeline in its own process, time Meilisearch's own ingest of the
 * same documents, serve the site on the pipeline's index and time the query set both ways.
 */
import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, runTask } from '../meilisearch/client.ts';
import { searchOnlyKey } from '../meilisearch/keys.ts';
import { startBenchMeili, startBenchSite } from './bench-stack.ts';
import { median, type SizeResult } from './bench-report.ts';
import { writeSyntheticCorpus } from './corpus-files.ts';
import { summariseLatencies } from './latency-summary.ts';
import { ingestDirectly, ingestPlainly } from './meili-ingest.ts';
import type { PipelineFigures } from './pipeline-worker.ts';
import { readProcessMemory, resetPeakMemory } from './process-memory.ts';
import { benchQueries, pastedQueries } from './query-set.ts';
import { measureApiAgainstPlain, measureSearchLatency } from './search-latency.ts';
import { measureThroughput } from './throughput.ts';
import { generateSyntheticPlans, type SourcePair } from './synthetic-corpus.ts';

export interface SizeOptions {
  /** Repository root: the built site and content/categories.yaml are there. */
  root: string;
  /** The site's server entry, from `buildSite`. */
  entry: string;
  sources: readonly SourcePair[];
  sections: number;
  /** Rounds of the query set per side. */
  rounds: number;
  /** Times the ingest is measured, pipeline and Meilisearch in turn; medians and the median of the runs' ratios are reported. */
  repeat: number;
  /** Skip Meilisearch's own ingest (the pipeline still builds the index the site serves). */
  latencyOnly: boolean;
  /** Connection counts of the throughput runs, and seconds per run. */
  connections: readonly number[];
  loadSeconds: number;
  log: (line: string) => void;
}

const prefix = 'bench-';

/** Run one size and return its figures; every server started is stopped and every file removed. */
export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { log } = options;
  const work = await mkdtemp(join(tmpdir(), `bench-${options.sections}-`));
  const contentDir = join(work, 'content');
  try {
    log(`  generating ${options.sections} sections …`);
    const generated = await writeSyntheticCorpus(contentDir, generateSyntheticPlans(options.sources, { sections: options.sections }));
    await copyFile(join(options.root, 'content/categories.yaml'), join(contentDir, 'categories.yaml'));
    log(`  ${generated.plans} plans written; starting Meilisearch …`);
    const meili = await startBenchMeili();
    try {
      const pid = meili.server.pid;
      const peakReset = await resetPeakMemory(pid);

      // The ingest, both ways in turn, `repeat` times: a shared 2-core machine varies by a quarter
      // from one run to the next: each run times both sides back to back, and the report takes
      // the median of the runs' ratios.
      const runs: { pipeline: PipelineFigures; meiliSeconds: number | null; plainSeconds: number | null }[] = [];
      let meiliPeak = 0;
      for (let run = 1; run <= options.repeat; run++) {
        const of = options.repeat > 1 ? ` (run ${run} of ${options.repeat})` : '';
        if (run > 1 && peakReset) await resetPeakMemory(pid);
        log(`  pipeline${of}: read + parse + normalise + reindex …`);
        const pipeline = await runPipeline(options.root, contentDir, work, meili.server.url, meili.masterKey);
        // Meilisearch's peak while the pipeline indexed, on the first run, when its database was fresh.
        if (run === 1) meiliPeak = (await readProcessMemory(pid)).peak;
        log(`  pipeline: ${pipeline.sections} sections in ${pipeline.totalSeconds.toFixed(1)} s (parse ${pipeline.parseSeconds.toFixed(1)} s)`);
        if (options.latencyOnly) {
          runs.push({ pipeline, meiliSeconds: null, plainSeconds: null });
          break;
        }
        log('  Meilisearch\'s own ingest …');
        if (peakReset) await resetPeakMemory(pid);
        const meiliSeconds = await ingestDirectly({
          url: meili.server.url,
          masterKey: meili.masterKey,
          prefix: `${prefix}direct${run}-`,
          sectionsFile: join(work, 'sections.ndjson'),
          plansFile: join(work, 'plans.ndjson'),
        });
        log(`  Meilisearch ingest: ${meiliSeconds.toFixed(1)} s`);
        await deleteDirectIndexes(meili.server.url, meili.masterKey, `${prefix}direct${run}-`, ['sections', 'plans']);
        // The same sections as plain heading + text documents under default settings: what the
        // project's fields and settings cost Meilisearch.
        const plainSeconds = await ingestPlainly({ url: meili.server.url, masterKey: meili.masterKey, uid: `${prefix}plain${run}-sections`, file: join(work, 'plain.ndjson') });
        log(`  Meilisearch ingest of plain heading + text documents: ${plainSeconds.toFixed(1)} s`);
        await deleteDirectIndexes(meili.server.url, meili.masterKey, `${prefix}plain${run}-`, ['sections']);
        runs.push({ pipeline, meiliSeconds, plainSeconds });
      }
      // Every run indexes the same corpus: its counts are the first run's.
      const counted = runs[0]?.pipeline as PipelineFigures;
      const direct = runs.flatMap((r) => (r.meiliSeconds === null || r.plainSeconds === null ? [] : [{ pipeline: r.pipeline.totalSeconds, meili: r.meiliSeconds, plain: r.plainSeconds }]));
      log('  serving the site …');

      const admin = createClient(meili.server.url, meili.masterKey);
      const searchKey = await searchOnlyKey(admin, prefix);
      const site = await startBenchSite(options.root, options.entry, meili.server.url, searchKey, prefix);
      // The same build with its facet cache off: what a search costs when its counts are not kept.
      const uncachedSite = await startBenchSite(options.root, options.entry, meili.server.url, searchKey, prefix, { FACET_CACHE_ENTRIES: '0' });
      try {
        const targets = { site: new URL(site.url), meili: new URL(meili.server.url), meiliKey: searchKey, indexUid: `${prefix}sections` };
        log('  latency …');
        const samples = await measureSearchLatency(targets, benchQueries, options.rounds);
        const uncached = await measureSearchLatency({ ...targets, site: new URL(uncachedSite.url) }, benchQueries, options.rounds);
        log('  latency of pasted sentences …');
        const sentences = pastedQueries(await firstTexts(join(work, 'plain.ndjson'), 3000));
        const pasted = await measureApiAgainstPlain(targets, sentences, options.rounds);
        const retried = samples.retried + uncached.retried + pasted.retried;
        if (retried > 0) log(`  the site answered 503 ${retried} times and was asked again`);
        log(`  throughput at ${options.connections.join(', ')} connections …`);
        const throughput = await measureThroughput(targets, benchQueries, options.connections, options.loadSeconds);
        for (const { connections, errorSamples } of throughput) for (const sample of errorSamples) log(`  error at ${connections} connections: ${sample}`);
        return {
          sections: counted.sections,
          plans: counted.plans,
          pipelineSeconds: median(runs.map((r) => r.pipeline.totalSeconds)),
          parseSeconds: median(runs.map((r) => r.pipeline.parseSeconds)),
          meiliSeconds: direct.length === 0 ? null : median(direct.map((r) => r.meili)),
          plainSeconds: direct.length === 0 ? null : median(direct.map((r) => r.plain)),
          ingestRatios: direct.map((r) => r.pipeline / r.meili),
          latency: {
            api: summariseLatencies(samples.api),
            page: summariseLatencies(samples.page),
            apiUncached: summariseLatencies(uncached.api),
            bodies: summariseLatencies(samples.bodies),
            plain: summariseLatencies(samples.plain),
          },
          pasted: { queries: sentences.length, api: summariseLatencies(pasted.api), plain: summariseLatencies(pasted.plain) },
          throughput,
          indexerPeak: Math.max(...runs.map((r) => r.pipeline.peak)),
          meiliPeak,
          sitePeak: (await readProcessMemory(site.pid)).peak,
        };
      } finally {
        await site.stop();
        await uncachedSite.stop();
      }
    } finally {
      await meili.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Delete the indexes of one direct ingest, so that the next run starts from the same database size. */
async function deleteDirectIndexes(url: string, masterKey: string, directPrefix: string, kinds: readonly string[]): Promise<void> {
  const client = createClient(url, masterKey, 600_000);
  for (const kind of kinds) await runTask(client, `deleting ${directPrefix}${kind}`, () => client.deleteIndex(`${directPrefix}${kind}`));
}

/** Run the pipeline worker in its own Node process and read its figures. */
function runPipeline(root: string, contentDir: string, outDir: string, meiliUrl: string, masterKey: string): Promise<PipelineFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/lib/bench/pipeline-worker.ts', contentDir, outDir], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', BENCH_MEILI_URL: meiliUrl, BENCH_MEILI_KEY: masterKey, BENCH_PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { stderr = (stderr + chunk.toString()).slice(-4000); });
    child.on('error', (error) => reject(new Error('bench: cannot start the pipeline worker', { cause: error })));
    child.on('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`bench: the pipeline worker exited with ${code}:\n${stderr}`));
      try {
        resolve(JSON.parse(last) as PipelineFigures);
      } catch (cause) {
        reject(new Error(`bench: the pipeline worker printed no figures (last line "${last}")`, { cause }));
      }
    });
  });
}

/** The `text` of the first `count` documents of an NDJSON file, read no further than needed. */
async function firstTexts(file: string, count: number): Promise<string[]> {
  const texts: string[] = [];
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    texts.push(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
    if (texts.length >= count) break;
  }
  lines.close();
  return texts;
}
