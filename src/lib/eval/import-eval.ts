/**
 * The metadata eval of the importer: the type, issuer, level, province, number and date it reads
 * from real documents, against the ground truth a person read (tests/fixtures/real/SOURCES.tsv).
 * How values compare is decided here, once, and documented in README ("Import eval").
 */
import { placeNameKey } from '../provinces/index.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** The fields the eval compares. */
export const evalFields = ['type', 'issuer', 'level', 'province', 'number', 'date'] as const;
export type EvalField = (typeof evalFields)[number];

/** One document's values of the compared fields; '' where there is none. */
export type FieldValues = Record<EvalField, string>;

/** One row of SOURCES.tsv. */
export interface TruthRow extends FieldValues {
  file: string;
}

/** How one predicted value stands against the truth. */
export type Outcome = 'right' | 'wrong' | 'missed' | 'invented';

/** Counts per outcome for one field. */
export type FieldScore = Record<Outcome, number>;

/** Per field, the counts; and every value that is not right, for the details. */
export interface ImportEvalResult {
  documents: number;
  fields: Record<EvalField, FieldScore>;
  misses: Array<{ file: string; field: EvalField; outcome: Exclude<Outcome, 'right'>; truth: string; predicted: string }>;
}

/** Parses SOURCES.tsv (a header row, then one row per document); throws on a row without a file name. */
export function parseSourcesTsv(text: string, path: string): TruthRow[] {
  const [head = '', ...rows] = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = head.split('\t');
  const at = (name: string): number => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`${path}:1: no column "${name}" in the header`);
    return index;
  };
  const index = { file: at('file'), ...Object.fromEntries(evalFields.map((f) => [f, at(f)])) } as Record<'file' | EvalField, number>;
  return rows.map((row, i) => {
    const cells = row.split('\t');
    const file = cells[index.file]?.trim() ?? '';
    if (file === '') throw new Error(`${path}:${i + 2}: the row has no file name`);
    const values = Object.fromEntries(evalFields.map((f) => [f, cells[index[f]]?.trim() ?? ''])) as FieldValues;
    return { file, ...values };
  });
}

// Longest first, so that "Chương trình hành động" wins over "Chương trình".
const typeNames = [
  'Chương trình hành động', 'Chương trình', 'Kế hoạch', 'Nghị quyết', 'Quyết định', 'Kết luận', 'Chỉ thị',
  'Hướng dẫn', 'Công văn', 'Thông báo', 'Báo cáo', 'Thông tư', 'Quy chế', 'Quy định', 'Đề án',
].sort((a, b) => b.length - a.length);

/**
 * The main type of a truth or predicted type: what comes before a parenthesis, read as the longest
 * known type it starts with ("Quyết định (ban hành Kế hoạch)" → "Quyết định", "Quy chế làm việc
 * (…)" → "Quy chế"); a text naming no known type is kept, folded.
 */
export function mainType(value: string): string {
  const head = foldDiacritics(value.replace(/\(.*$/, '')).trim().replace(/\s+/g, ' ');
  const known = typeNames.find((t) => head === foldDiacritics(t) || head.startsWith(`${foldDiacritics(t)} `));
  return known ? foldDiacritics(known) : head;
}

const abbreviations: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\btp\b/g, 'thanh pho'],
];

/**
 * The comparable form of an issuer: parentheses are annotations and dropped ("Tỉnh ủy Thừa Thiên
 * Huế (Ban Chấp hành Đảng bộ tỉnh)"), a run of dots is a name blanked out and dropped, so
 * "Ủy ban nhân dân xã .......... (tên xã bị xóa…)" is "Ủy ban nhân dân xã"; UBND/HĐND are spelled
 * out; then diacritics, case and punctuation are folded away.
 */
export function issuerKey(value: string): string {
  let key = foldDiacritics(value.replace(/\([^)]*\)?/g, ' ').replace(/…|\.{2,}/g, ' '));
  for (const [pattern, long] of abbreviations) key = key.replace(pattern, long);
  return key.replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The comparable form of a value of `field` (see the rules above; numbers without spaces). */
export function comparable(field: EvalField, value: string): string {
  const v = value.trim();
  if (v === '') return '';
  switch (field) {
    case 'type':
      return mainType(v);
    case 'issuer':
      return issuerKey(v);
    case 'province':
      return placeNameKey(v);
    case 'number':
      return v.replace(/\s+/g, '');
    default:
      return v;
  }
}

/** How a predicted value stands against the truth; an empty truth wants an empty prediction. */
export function compareField(field: EvalField, truth: string, predicted: string): Outcome {
  const t = comparable(field, truth);
  const p = comparable(field, predicted);
  if (t === p) return 'right';
  if (p === '') return 'missed';
  return t === '' ? 'invented' : 'wrong';
}

/** Compares the predictions (by file; a document the importer refused has none) with the truth. */
export function evaluateImport(truth: readonly TruthRow[], predictions: ReadonlyMap<string, FieldValues | null>): ImportEvalResult {
  const empty = (): FieldScore => ({ right: 0, wrong: 0, missed: 0, invented: 0 });
  const fields = Object.fromEntries(evalFields.map((f) => [f, empty()])) as Record<EvalField, FieldScore>;
  const misses: ImportEvalResult['misses'] = [];
  for (const row of truth) {
    const predicted = predictions.get(row.file) ?? null;
    for (const field of evalFields) {
      const value = predicted?.[field] ?? '';
      const outcome = compareField(field, row[field], value);
      fields[field][outcome] += 1;
      if (outcome !== 'right') misses.push({ file: row.file, field, outcome, truth: row[field], predicted: value });
    }
  }
  return { documents: truth.length, fields, misses };
}

/** Share of right values over all fields of all documents. */
export function overallRight(result: ImportEvalResult): number {
  const right = evalFields.reduce((sum, f) => sum + result.fields[f].right, 0);
  return result.documents === 0 ? 0 : right / (result.documents * evalFields.length);
}

/** The result as a Markdown table by field, with a total row. */
export function formatImportEval(result: ImportEvalResult): string {
  const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)} %`);
  const lines = ['| field | right | wrong | missed | invented | right % |', '| --- | ---: | ---: | ---: | ---: | ---: |'];
  const total: FieldScore = { right: 0, wrong: 0, missed: 0, invented: 0 };
  for (const field of evalFields) {
    const s = result.fields[field];
    for (const k of Object.keys(total) as Outcome[]) total[k] += s[k];
    lines.push(`| ${field} | ${s.right} | ${s.wrong} | ${s.missed} | ${s.invented} | ${pct(s.right, result.documents)} |`);
  }
  lines.push(
    `| **all** | ${total.right} | ${total.wrong} | ${total.missed} | ${total.invented} | ${pct(total.right, result.documents * evalFields.length)} |`,
  );
  return lines.join('\n');
}

/** The committed baseline (tests/fixtures/import-eval/baseline.json): right values per field, over all documents. */
export interface ImportEvalBaseline {
  documents: number;
  right: Record<EvalField, number>;
}

/** The baseline as it would be written for this result. */
export function resultToBaseline(result: ImportEvalResult): ImportEvalBaseline {
  return { documents: result.documents, right: Object.fromEntries(evalFields.map((f) => [f, result.fields[f].right])) as Record<EvalField, number> };
}

/** One line per field below its baseline and per invented value: what a change broke. */
export function findImportRegressions(result: ImportEvalResult, baseline: ImportEvalBaseline): string[] {
  const problems: string[] = [];
  for (const field of evalFields) {
    const measured = result.fields[field].right;
    if (measured < baseline.right[field]) problems.push(`${field}: ${measured} right < baseline ${baseline.right[field]}`);
  }
  for (const m of result.misses.filter((miss) => miss.outcome === 'invented')) {
    problems.push(`${m.file} ${m.field}: invented "${m.predicted}" where the text states none`);
  }
  return problems;
}
