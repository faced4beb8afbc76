/**
 * A long query (a sentence copied from a section) costs one request to Meilisearch: the term table
 * built at index time chooses the words Meilisearch sees, so no counting round trip comes first.
 * Requests are counted by a recording proxy between the site's own client and the real Meilisearch.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { searchOnlyKey } from '../../../src/lib/meilisearch/keys.ts';
import { parseSearchParams } from '../../../src/lib/search/params.ts';
import { searchSections } from '../../../src/lib/search/search-sections.ts';
import { createSearchClient } from '../../../src/lib/search/search-service.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';
import { termTableOf } from '../../../src/lib/terms/term-table.ts';
import { foldedWords } from '../../../src/lib/vietnamese/index.ts';

let proxy: Server;
let client: Meilisearch;
const recorded: string[] = [];
const prefix = inject('siteIndexPrefix');
const sectionsUid = `${prefix}sections`;

beforeAll(async () => {
  const target = new URL(inject('meiliHost'));
  proxy = createServer((incoming, outgoing) => {
    recorded.push(`${incoming.method} ${incoming.url}`);
    const forwarded = httpRequest({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: incoming.headers }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(outgoing);
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const key = await searchOnlyKey(createClient(inject('meiliHost'), inject('meiliMasterKey')), prefix);
  client = createSearchClient(`http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, key);
});

afterAll(async () => {
  await new Promise((resolve) => proxy.close(resolve));
});

/** Sections of the committed plans, and a run of `length` words of one whose text no other section shares. */
async function sentenceOfOneSection(length: number): Promise<{ section: SectionDocument; sentence: string }> {
  const admin = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  const { hits } = await admin.index(sectionsUid).search<SectionDocument>('', { limit: 1000, sort: ['order:asc'] });
  const texts = hits.map((hit) => ` ${foldedWords(hit.text).join(' ')} `);
  for (const [i, section] of hits.entries()) {
    const words = section.text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const sentence = words.slice(4, 4 + length).join(' ');
    const folded = ` ${foldedWords(sentence).join(' ')} `;
    if (words.length >= 4 + length && texts.every((text, j) => j === i || !text.includes(folded))) return { section, sentence };
  }
  throw new Error(`no section of ${sectionsUid} has ${length} words of its own`);
}

describe('a long query', () => {
  it('makes exactly one request to Meilisearch and finds the section it was copied from first', async () => {
    // The first search of the site reads the term table (once per corpus version).
    await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams('q=tuyên truyền')));
    expect(recorded.some((line) => line.startsWith(`POST /indexes/${prefix}terms/search`))).toBe(true);

    for (const length of [15, 20, 25]) {
      const { section, sentence } = await sentenceOfOneSection(length);
      recorded.length = 0;
      const result = await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams({ q: sentence })));
      expect(recorded).toEqual(['POST /multi-search']);
      expect(result.matching).toBe('all');
      expect(result.hits[0]?.url).toBe(`/ke-hoach/${section.planSlug}#${section.anchor}`);
      expect(result.totalIsEstimate).toBe(false);
    }
  });

  it('names a word the corpus nowhere has after one count of that word, and shows the partial matches', async () => {
    await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams('q=tuyên truyền')));
    recorded.length = 0;
    const result = await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams({ q: 'đối ngoại xyzq ' })));
    // The count asks Meilisearch whether the table is right that no section has "xyzq" (a table
    // may predate a reindex); then the partial matches.
    expect(recorded).toEqual(['POST /multi-search', 'POST /multi-search']);
    expect([result.matching, result.missingWords, result.total]).toEqual(['partial', ['xyzq'], 0]);
    expect(result.partialTotal).toBeGreaterThan(0);
  });

  it('does not call a word missing because a table older than the index lacks it', async () => {
    const stale = termTableOf('a corpus before the reindex', 1, new Map([['doi', 1]]));
    const result = await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams({ q: 'đối ngoại ' })), stale);
    expect([result.matching, result.missingWords]).toEqual(['all', []]);
    expect(result.total).toBe((await searchSections(client, sectionsUid, parseSearchParams(new URLSearchParams({ q: 'đối ngoại ' })), null)).total);
    expect(result.total).toBeGreaterThan(0);
  });
});
