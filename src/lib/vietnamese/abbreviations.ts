// Abbreviations of Party and state documents that mean one thing wherever they stand. Ambiguous
// ones (TT, CT, KT, CQ, TU, HU) are expanded only inside document numbers (document-number.ts).
//
// Meilisearch synonyms fire only for keys of up to 3 words, so "UBND" → "Ủy ban nhân dân" works
// as a synonym but "Ủy ban nhân dân" → "UBND" (4 words) never fires. For those long forms the
// indexer puts abbreviationAliases(text) in a searchable `aliases` attribute: a section that
// writes "UBND" carries "Ủy ban nhân dân" there, and one that writes the long form carries "UBND".
import { unitClassifier, unitRuns } from './char-class.ts';
import { foldDiacritics } from './fold.ts';

/** One abbreviation and the long forms it stands for (first = preferred). */
export interface Abbreviation {
  short: string;
  long: string[];
}

/** The unambiguous abbreviations, as the plans and their "Nơi nhận" lists write them. */
export const ABBREVIATIONS: Abbreviation[] = [
  { short: 'UBND', long: ['Ủy ban nhân dân'] },
  { short: 'HĐND', long: ['Hội đồng nhân dân'] },
  { short: 'UBMTTQ', long: ['Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc'] },
  { short: 'MTTQ', long: ['Mặt trận Tổ quốc'] },
  { short: 'BCĐ', long: ['Ban Chỉ đạo'] },
  { short: 'BTV', long: ['Ban Thường vụ'] },
  { short: 'BCH', long: ['Ban Chấp hành'] },
  { short: 'TTĐN', long: ['thông tin đối ngoại'] },
  { short: 'BTG', long: ['Ban Tuyên giáo'] },
  { short: 'BTGTW', long: ['Ban Tuyên giáo Trung ương'] },
  { short: 'BTGTU', long: ['Ban Tuyên giáo Tỉnh ủy'] },
  { short: 'BTGHU', long: ['Ban Tuyên giáo Huyện ủy'] },
  { short: 'BDV', long: ['Ban Dân vận'] },
  { short: 'UBKT', long: ['Ủy ban Kiểm tra'] },
  { short: 'VPTU', long: ['Văn phòng Tỉnh ủy'] },
  { short: 'VPHU', long: ['Văn phòng Huyện ủy'] },
  { short: 'BTVTU', long: ['Ban Thường vụ Tỉnh ủy'] },
  { short: 'BTVHU', long: ['Ban Thường vụ Huyện ủy'] },
  { short: 'TMGV', long: ['tham mưu giúp việc'] },
  { short: 'CTTMGV', long: ['chuyên trách tham mưu giúp việc'] },
  { short: 'CVP', long: ['Chánh Văn phòng'] },
  { short: 'PCVP', long: ['Phó Chánh Văn phòng'] },
  { short: 'CT-XH', long: ['chính trị - xã hội'] },
  { short: 'ĐBQH', long: ['đại biểu Quốc hội'] },
];

/** Meilisearch synonyms fire only for keys of at most this many words. */
const MAX_SYNONYM_KEY_WORDS = 3;

/** Folded words of a text joined by single spaces, for matching long forms. */
function foldedWords(text: string): string {
  return wordsOfFolded(foldDiacritics(text));
}

/** An abbreviation with its folded short form and its folded preferred long form between spaces. */
interface FoldedAbbreviation {
  abbreviation: Abbreviation;
  short: string;
  /** " uy ban nhan dan ": searched in a text's folded words between spaces. */
  paddedLong: string;
}

let foldedForms: FoldedAbbreviation[] | undefined;

/** The abbreviations' folded forms, computed once. */
function foldedAbbreviations(): FoldedAbbreviation[] {
  foldedForms ??= ABBREVIATIONS.map((abbreviation) => ({
    abbreviation,
    short: foldDiacritics(abbreviation.short),
    paddedLong: ` ${foldedWords(abbreviation.long[0] ?? abbreviation.short)} `,
  }));
  return foldedForms;
}

const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const wordUnit = unitClassifier(/[\p{L}\p{N}]/u);
const HYPHEN = 45;

/** Folded tokens of a text written in capitals ("UBND", "HĐND", "CT-XH"). */
function capitalTokens(text: string): Set<string> {
  const normalized = text.normalize('NFC');
  const tokens = new Set<string>();
  for (const token of hyphenatedTokens(normalized)) {
    // A token with a-z in it is not all capitals.
    if (!/[a-z]/.test(token) && token === token.toUpperCase() && /\p{Lu}/u.test(token)) tokens.add(foldDiacritics(token));
  }
  return tokens;
}

/** TOKEN's matches: runs of letters and digits, joined across single hyphens ("CT-XH"). */
function hyphenatedTokens(text: string): string[] {
  const runs = unitRuns(text, wordUnit);
  if (runs === null) return text.match(TOKEN) ?? [];
  const tokens: string[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    let end = runs[r + 1] as number;
    while (text.charCodeAt(end) === HYPHEN && runs[r + 2] === end + 1) {
      r += 2;
      end = runs[r + 1] as number;
    }
    tokens.push(text.slice(start, end));
  }
  return tokens;
}

/** The words ([\p{L}\p{N}]+) of a folded text joined by single spaces. */
function wordsOfFolded(folded: string): string {
  const runs = unitRuns(folded, wordUnit);
  if (runs === null) return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
  const words: string[] = [];
  for (let r = 0; r < runs.length; r += 2) words.push(folded.slice(runs[r], runs[r + 1]));
  return words.join(' ');
}

/** The number of words Meilisearch sees in a text. */
function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * The other forms implied by a text: long forms of the abbreviations it writes (in capitals,
 * with or without diacritics: "UBND", "HDND") and abbreviations of the long forms it writes.
 */
export function abbreviationAliases(text: string): string[] {
  const shortTokens = capitalTokens(text);
  const folded = ` ${foldedWords(text)} `;
  const out = new Set<string>();
  for (const { abbreviation, short, paddedLong } of foldedAbbreviations()) {
    if (shortTokens.has(short)) for (const form of abbreviation.long) out.add(form);
    // Only the preferred long form implies the abbreviation: "Mặt trận Tổ quốc" is MTTQ, not UBMTTQ.
    if (folded.includes(paddedLong)) out.add(abbreviation.short);
  }
  return [...out];
}

/** Synonyms in the shape of Meilisearch's `synonyms` setting, both directions where a key can fire. */
export function abbreviationSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (key: string, value: string): void => {
    const list = (synonyms[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  for (const { short, long } of ABBREVIATIONS) {
    for (const form of long) add(short, form);
    const preferred = long[0];
    if (preferred && wordCount(preferred) <= MAX_SYNONYM_KEY_WORDS) add(preferred, short);
  }
  return synonyms;
}
