/**
 * Search hits as CSV for spreadsheet programs: UTF-8 with a byte-order mark (without it Excel reads
 * Vietnamese as Windows-1252), CRLF line ends, one row per section with its absolute link.
 */
import { stringify } from 'csv-stringify/sync';
import type { SearchHit } from '../search/search-result.ts';
import { levelLabel } from '../search/labels.ts';
import { snippetText } from './snippet-text.ts';

/** The header row, in order. */
export const csvColumns = [
  'Số, ký hiệu', 'Loại văn bản', 'Trích yếu', 'Cơ quan ban hành', 'Cấp', 'Tỉnh (trước 1/7/2025)', 'Tỉnh (từ 1/7/2025)',
  'Ngày ban hành', 'Mục', 'Đề mục', 'Trích đoạn', 'Liên kết',
] as const;

/**
 * A cell a spreadsheet would run as a formula ("=…", "+…", "-…", "@…") gets a leading apostrophe,
 * as OWASP advises for CSV exports: plan text often starts a line with "- ".
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The CSV of hits; `origin` ("https://…") makes the section links absolute. */
export function hitsToCsv(hits: readonly SearchHit[], origin: string): string {
  const rows = hits.map((hit) => [
    hit.plan.number ?? '',
    hit.plan.type ?? '',
    hit.plan.title,
    hit.plan.issuer ?? '',
    hit.plan.level === null ? '' : levelLabel(hit.plan.level),
    hit.plan.province ?? '',
    hit.plan.provinceNow ?? '',
    hit.plan.date ?? '',
    hit.section.path,
    hit.section.heading,
    snippetText(hit.snippet),
    new URL(hit.url, origin).href,
  ].map(neutralizeFormula));
  return stringify([[...csvColumns], ...rows], { bom: true, record_delimiter: 'windows' });
}
