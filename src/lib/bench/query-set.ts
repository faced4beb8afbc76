/**
 * The fixed, mixed query set that the benchmark times and the load run rotates through: phrases,
 * queries typed without diacritics, words as OCR misread them, filtered and faceted searches. Each
 * is a set of the site's own URL parameters, so it can be sent to the page, to /api/search, or
 * turned into the request the site sends to Meilisearch.
 */

/** The kinds of query a benchmark reports on. */
export type QueryKind = 'phrase' | 'no-diacritics' | 'ocr' | 'filtered' | 'faceted' | 'plain' | 'pasted';

export interface BenchQuery {
  kind: QueryKind;
  /** The URL parameters, as the search page would put them in its link. */
  params: ReadonlyArray<readonly [string, string]>;
}

/** The query set: every kind, several times, with and without facets. */
export const benchQueries: readonly BenchQuery[] = [
  { kind: 'plain', params: [['q', 'thông tin đối ngoại']] },
  { kind: 'plain', params: [['q', 'tuyên truyền']] },
  { kind: 'plain', params: [['q', 'Ban Thường vụ Huyện ủy']] },
  { kind: 'phrase', params: [['q', '"xây" và "chống"']] },
  { kind: 'phrase', params: [['q', '"quảng bá hình ảnh"']] },
  { kind: 'phrase', params: [['q', '"Kết luận số 57-KL/TW"']] },
  { kind: 'no-diacritics', params: [['q', 'xay va chong']] },
  { kind: 'no-diacritics', params: [['q', 'thong tin doi ngoai']] },
  { kind: 'no-diacritics', params: [['q', 'dau tranh phan bac quan diem sai trai']] },
  { kind: 'ocr', params: [['q', 'Két luan s6 57-KL/TW']] },
  { kind: 'ocr', params: [['q', 'd6i ngoai']] },
  { kind: 'ocr', params: [['q', 'Pang uy']] },
  { kind: 'filtered', params: [['q', 'tuyên truyền'], ['province', '51']] },
  { kind: 'filtered', params: [['q', 'đấu tranh'], ['level', 'district'], ['year', '2024']] },
  { kind: 'filtered', params: [['q', 'cán bộ'], ['from', '2024-01-01'], ['to', '2024-12-31'], ['sort', 'date-desc']] },
  { kind: 'faceted', params: [['category', 'quang-ba-hinh-anh'], ['province', '56']] },
  { kind: 'faceted', params: [['q', 'thông tin'], ['category', 'dau-tranh-phan-bac'], ['category', 'quan-triet-tuyen-truyen'], ['level', 'province']] },
  { kind: 'faceted', params: [['level', 'district'], ['page', '3']] },
];

/** The query string of a query's parameters: "q=x%C3%A2y&province=51". */
export function queryString(query: BenchQuery): string {
  return new URLSearchParams(query.params.map(([name, value]) => [name, value])).toString();
}

/**
 * Sentences pasted from sections, as people search when they remember a passage: `count` runs of
 * 12 to 25 words (the lengths in turn), each from the middle of a section's text with words
 * enough, the texts taken at an even stride through `texts` so that a corpus gives the same set
 * every time. Longer than the 10 words Meilisearch reads, so the site chooses the rarest words
 * and checks the others itself (src/lib/search/query-plan.ts).
 */
export function pastedQueries(texts: readonly string[], count = 20): BenchQuery[] {
  const queries: BenchQuery[] = [];
  const stride = Math.max(1, Math.floor(texts.length / (count * 3)));
  for (let i = 0; i < texts.length && queries.length < count; i += stride) {
    const words = (texts[i] ?? '').split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const length = 12 + ((queries.length * 5) % 14);
    if (words.length < length + 6) continue;
    const start = Math.floor((words.length - length) / 2);
    queries.push({ kind: 'pasted', params: [['q', words.slice(start, start + length).join(' ')]] });
  }
  return queries;
}
