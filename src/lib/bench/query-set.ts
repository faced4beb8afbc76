/**
 * The fixed, mixed query set that the benchmark times and the load run rotates through: phrases,
 * queries typed without diacritics, words as OCR misread them, filtered and faceted searches. Each
 * is a set of the site's own URL parameters, so it can be sent to the page, to /api/search, or
 * turned into the request the site sends to Meilisearch.
 */

/** The kinds of query a benchmark reports on. */
export type QueryKind = 'phrase' | 'no-diacritics' | 'ocr' | 'filtered' | 'faceted' | 'plain';

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
