import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, runTask } from '../../../src/lib/meilisearch/client.ts';
import { sectionSettings } from '../../../src/lib/meilisearch/settings.ts';
import { toTelex } from '../../../src/lib/vietnamese/index.ts';

// The measurement behind the typo-tolerance settings: one document per syllable, the same settings
// but for the typo rule, and queries typed without diacritics. Meilisearch's default rule (one typo
// from 5 letters, two from 9) is compared with ours (one from 8, two from 12).
const prefix = inject('meiliIndexPrefix');
const uids = { default: `${prefix}typo_default`, chosen: `${prefix}typo_chosen` };
const words = [
  'chống', 'chồng', 'chung', 'truyền', 'thương', 'trường', 'hướng', 'phương', 'nghiệp', 'nghiêm', 'quyết', 'quyền', 'nhanh', 'thành',
  'chính', 'chánh', 'triển', 'triệu', 'nguyên', 'nguyệt', 'tuyên', 'tuyết', 'bàn', 'bao', 'internet',
];
let client: Meilisearch;

beforeAll(async () => {
  client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  const documents = words.map((word, i) => ({ id: String(i), text: word, telex: toTelex(word) }));
  for (const [name, uid] of Object.entries(uids)) {
    await client.deleteIndexIfExists(uid);
    await runTask(client, 'create', () => client.createIndex(uid, { primaryKey: 'id' }));
    const settings = sectionSettings({});
    const typoTolerance = name === 'default' ? { ...settings.typoTolerance, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnAttributes: [] } : settings.typoTolerance;
    await runTask(client, 'settings', () => client.index(uid).updateSettings({ ...settings, searchableAttributes: ['text', 'telex'], typoTolerance }));
    await runTask(client, 'documents', () => client.index(uid).addDocuments(documents));
  }
});

afterAll(async () => {
  for (const uid of Object.values(uids)) await client.deleteIndexIfExists(uid);
});

// A trailing space keeps Meilisearch from reading the last word as a prefix: only typos are measured.
async function matches(uid: string, q: string, attribute = 'text'): Promise<string[]> {
  const result = await client.index(uid).search(`${q} `, { attributesToSearchOn: [attribute], limit: 50 });
  return result.hits.map((hit) => String(hit.text)).sort();
}

// Each query with the syllables it means (folding makes "chong" mean both "chống" and "chồng").
const queries: Array<[query: string, meant: string[]]> = [
  ['chong', ['chống', 'chồng']], ['thuong', ['thương']], ['phuong', ['phương']], ['nghiep', ['nghiệp']],
  ['quyet', ['quyết']], ['nhanh', ['nhanh']], ['chinh', ['chính']], ['trien', ['triển']], ['nguyen', ['nguyên']],
  ['tuyen', ['tuyên']], ['truyen', ['truyền']], ['ban', ['bàn']],
];

describe('typo tolerance for short Vietnamese syllables', () => {
  it('lets Meilisearch\'s default rule match another syllable for 9 of 12 folded queries', async () => {
    const wrong: Record<string, string[]> = {};
    for (const [q, meant] of queries) {
      const others = (await matches(uids.default, q)).filter((w) => !meant.includes(w));
      if (others.length > 0) wrong[q] = others;
    }
    console.log('default rule (1 typo from 5 letters), wrong matches:', JSON.stringify(wrong));
    // 9 of 12 queries also match another syllable. A changed first letter counts as two typos in
    // Meilisearch, which is why "nhanh" does not reach "thành" nor "phuong" "hướng".
    expect(wrong).toEqual({
      chong: ['chung'],
      thuong: ['trường'],
      nghiep: ['nghiêm'],
      quyet: ['quyền'],
      chinh: ['chánh'],
      trien: ['triệu'],
      nguyen: ['nguyệt'],
      tuyen: ['truyền', 'tuyết'],
      truyen: ['tuyên'],
    });
  });

  it('matches only the meant syllable with one typo allowed from 8 letters', async () => {
    for (const [q, meant] of queries) expect(await matches(uids.chosen, q), q).toEqual([...meant].sort());
  });

  it('still corrects one typo in a word of 8 letters or more, and no longer in a 7-letter one', async () => {
    expect(await matches(uids.chosen, 'internnet')).toEqual(['internet']);
    expect(await matches(uids.chosen, 'intenet')).toEqual([]);
    expect(await matches(uids.default, 'intenet')).toEqual(['internet']);
  });

  it('never lets a Telex query match another tone', async () => {
    expect(await matches(uids.default, 'choongs', 'telex')).toEqual(['chống', 'chồng']);
    expect(await matches(uids.chosen, 'choongs', 'telex')).toEqual(['chống']);
  });
});
