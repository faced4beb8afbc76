import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sectionSettings } from '../../../src/lib/meilisearch/settings.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';
import { emptySearchRequest, withQuery } from '../../../src/lib/search/search-request.ts';
import { searchSections } from '../../../src/lib/search/search-sections.ts';
import { toTelex } from '../../../src/lib/vietnamese/index.ts';

// A pair of sections that differ only in the tone of one word, in an index of their own.
const uid = 'test_site_pair_sections';
const headingUid = 'test_site_heading_sections';
let client: Meilisearch;

function section(anchor: string, text: string, heading = `Mục ${anchor}`): SectionDocument {
  return {
    id: `cap-doi__${anchor}`, planSlug: 'cap-doi', anchor, path: anchor.toUpperCase(), heading,
    breadcrumb: [], documentHeading: '', telexBreadcrumb: '', documentType: 'Kế hoạch', cites: [], order: anchor === 'i' ? 0 : 1, depth: 2, text, markdown: text, textOriginal: null, markdownOriginal: null,
    telexHeading: toTelex(heading), telex: toTelex(text), aliases: [], repaired: false, planTitle: 'Cặp thử', planType: 'Kế hoạch',
    planNumber: null, issuer: null, level: 'district', province: null, provinceCode: null, provinceNow: null,
    provinceNowCode: null, district: null, date: null, timestamp: null, year: null, leadAgencies: [], agencies: [],
    deadline: null, deadlineFrom: null, deadlineTo: null, recurring: false, categories: [],
  };
}

beforeAll(async () => {
  client = new Meilisearch({ host: inject('meiliHost'), apiKey: inject('meiliMasterKey') });
  await client.deleteIndexIfExists(uid);
  await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
  await client.index(uid).updateSettings(sectionSettings()).waitTask({ timeout: 60_000 });
  // The "chồng" section comes first in the index, so only ranking can put "chống" first.
  await client.index(uid).addDocuments([
    section('i', 'Vợ chồng cùng nhau tham gia công tác thông tin.'),
    section('ii', 'Kiên quyết chống các luận điệu sai trái.'),
  ]).waitTask({ timeout: 60_000 });
});

afterAll(async () => {
  await client.deleteIndexIfExists(uid);
  await client.deleteIndexIfExists(headingUid);
});

const anchorsFor = async (q: string): Promise<string[]> =>
  (await searchSections(client, uid, withQuery(emptySearchRequest(), q))).hits.map((hit) => hit.section.anchor);

describe('exact diacritics rank first', () => {
  it('ranks an exact "chống" above "chồng"', async () => {
    expect(await anchorsFor('chống')).toEqual(['ii', 'i']);
  });

  it('ranks an exact "chồng" above "chống"', async () => {
    expect(await anchorsFor('chồng')).toEqual(['i', 'ii']);
  });

  it('finds both spellings for "chong" typed without diacritics', async () => {
    expect((await anchorsFor('chong')).sort()).toEqual(['i', 'ii']);
  });

  it('marks the matched word in the snippet of either spelling', async () => {
    const result = await searchSections(client, uid, withQuery(emptySearchRequest(), 'chong'));
    expect(result.hits.map((hit) => hit.snippet).sort()).toEqual([
      'Kiên quyết <mark>chống</mark> các luận điệu sai trái.',
      'Vợ <mark>chồng</mark> cùng nhau tham gia công tác thông tin.',
    ]);
  });
});

describe('a heading that says the query ranks above a text that says it', () => {
  beforeAll(async () => {
    await client.deleteIndexIfExists(headingUid);
    await client.createIndex(headingUid, { primaryKey: 'id' }).waitTask({ timeout: 60_000 });
    await client.index(headingUid).updateSettings(sectionSettings()).waitTask({ timeout: 60_000 });
    // As in Ninh Thuận 256-KH/TU: "Mục đích" says "tuyên truyền" early in its text, section II.1 in its heading.
    await client.index(headingUid).addDocuments([
      section('i', 'Quán triệt, tuyên truyền sâu rộng Kết luận số 57-KL/TW.', '1. Mục đích'),
      section('ii', 'Các cấp ủy tổ chức học tập, quán triệt Kết luận số 57-KL/TW đến cán bộ, đảng viên.', '2. Tổ chức học tập, quán triệt, tuyên truyền'),
    ]).waitTask({ timeout: 60_000 });
  });

  const anchorsIn = async (q: string): Promise<string[]> =>
    (await searchSections(client, headingUid, withQuery(emptySearchRequest(), q))).hits.map((hit) => hit.section.anchor);

  it('typed with diacritics (the Telex half of the search)', async () => {
    expect(await anchorsIn('tuyên truyền')).toEqual(['ii', 'i']);
  });

  it('typed without diacritics', async () => {
    expect(await anchorsIn('tuyen truyen')).toEqual(['ii', 'i']);
  });
});
