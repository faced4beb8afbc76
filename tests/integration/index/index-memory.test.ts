import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readSourcePairs, writeSyntheticCorpus } from '../../../src/lib/bench/corpus-files.ts';
import { generateSyntheticPlans } from '../../../src/lib/bench/synthetic-corpus.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';

// The indexer's memory must not follow the number of sections: index a synthetic corpus and one
// four times as large, each in a Node of its own, and compare what stayed live on the heap. Holding
// the plan files or the documents costs over 2.5 KiB per section; what may grow is per plan (the
// plan documents, kept for the citation links) and the bounded word caches: under 1 KiB per section.
const prefix = `${inject('meiliIndexPrefix')}mem_`;
const small = 1500;
const large = 4 * small;
const allowedBytesPerSection = 1024;
let client: Meilisearch;
let work: string;

interface Retained {
  before: number;
  retained: number;
  sections: number;
  indexed: number;
  plans: number;
}

function indexInChild(contentDir: string): Promise<Retained> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', 'tests/integration/index/retained-heap-child.ts', contentDir], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', MEILI_HOST: inject('meiliHost'), MEILI_MASTER_KEY: inject('meiliMasterKey'), PREFIX: prefix },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as Retained) : reject(new Error(`child exited with ${code}:\n${stderr}`))));
  });
}

async function corpusOf(sections: number): Promise<string> {
  const dir = join(work, String(sections));
  await writeSyntheticCorpus(dir, generateSyntheticPlans(await readSourcePairs('content'), { sections, seed: 15 }));
  await copyFile('content/categories.yaml', join(dir, 'categories.yaml'));
  return dir;
}

beforeAll(async () => {
  client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  work = await mkdtemp(join(tmpdir(), 'index-memory-'));
});

afterAll(async () => {
  for (const kind of ['sections', 'plans', 'meta']) await client.deleteIndexIfExists(`${prefix}${kind}`);
  await rm(work, { recursive: true, force: true });
});

describe('indexer memory', () => {
  it('keeps no more live on the heap for four times the sections than the plans they add allow', async () => {
    const one = await indexInChild(await corpusOf(small));
    const four = await indexInChild(await corpusOf(large));
    expect([one.indexed, four.indexed]).toEqual([one.sections, four.sections]);
    expect(four.sections).toBeGreaterThanOrEqual(large);
    const growth = four.retained - four.before - (one.retained - one.before);
    console.log(JSON.stringify({ one, four, growth, perSection: growth / (four.sections - one.sections) }));
    expect(growth).toBeLessThan(allowedBytesPerSection * (four.sections - one.sections));
  }, 600_000);
});
