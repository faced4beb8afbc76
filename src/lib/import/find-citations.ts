/** The documents a plan cites, as canonical numbers in order of first mention. */
import { canonicalDocumentNumber } from '../vietnamese/index.ts';

const patterns = [
  /(?<![\p{L}\d])(\d{1,5})\s?-\s?([A-ZĐ][A-Za-zĐđ]{0,5})\s?\/\s?([A-ZĐ][A-Za-zĐđ]{1,9}(?:-[A-ZĐ][A-Za-zĐđ]{0,5})?)(?![\p{L}\d])/gu,
  /(?<![\p{L}\d])(\d{1,5})\/(?:(\d{4})\/)?([A-ZĐ][A-Za-zĐđ]{0,5}(?:-[A-ZĐ0-9][A-Za-zĐđ0-9]{0,9})+|QH\d{2})(?![\p{L}\d])/gu,
];

/** Canonical numbers cited in `text` ("57-KL/TW", "254-KH/TU"), without `own` (the plan's number). */
export function findCitations(text: string, own: string | null): string[] {
  const found: Array<{ at: number; number: string }> = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const number = pattern === patterns[0] ? `${m[1]}-${m[2]}/${m[3]}` : `${m[1]}/${m[2] ? `${m[2]}/` : ''}${m[3]}`;
      found.push({ at: m.index ?? 0, number: canonicalOrCompact(number) });
    }
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.number))].filter((n) => n !== own);
}

/** "256 - KH/TU" → "256-KH/TU"; a number the parser does not read is only stripped of spaces. */
export function canonicalOrCompact(text: string): string {
  return canonicalDocumentNumber(text) ?? text.replace(/\s+/g, '');
}
