/**
 * The `synonyms` setting: unambiguous abbreviations of Party and state documents (from the
 * Vietnamese module), and province names before and after 1 July 2025, both directions.
 */
import { provincesAfter, provincesBefore } from '../provinces/index.ts';
import { abbreviationSynonyms } from '../vietnamese/index.ts';

// Meilisearch fires a synonym only for a query of up to 3 words; longer keys would be dead weight.
const maxKeyWords = 3;

// Names that are also everyday words or a person's name in this corpus ("hòa bình" is peace,
// "tư tưởng Hồ Chí Minh" is everywhere): as keys they would pull in unrelated provinces.
const notAKey = new Set(['Hồ Chí Minh', 'Hòa Bình']);

function wordCount(s: string): number {
  return s.split(/[\s-]+/u).filter((w) => w !== '').length;
}

/**
 * Old province ↔ the province it is part of from 1 July 2025, and each name ↔ its other spellings
 * ("Bắc Kạn" ↔ "Bắc Cạn"). A merged old name stays a synonym of the new one only, not of its sisters.
 */
export function provinceSynonyms(): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  const add = (key: string, value: string): void => {
    if (key === value || notAKey.has(key) || wordCount(key) > maxKeyWords) return;
    const list = (synonyms[key] ??= []);
    if (!list.includes(value)) list.push(value);
  };
  const nameOfNow = new Map(provincesAfter.map((p) => [p.code, p.name]));
  for (const p of [...provincesBefore, ...provincesAfter]) {
    for (const alias of p.aliases) {
      add(alias, p.name);
      add(p.name, alias);
    }
  }
  for (const p of provincesBefore) {
    const now = nameOfNow.get(p.nowCode);
    if (now === undefined) continue;
    add(p.name, now);
    add(now, p.name);
  }
  return synonyms;
}

/** All synonyms of the indexes, keys merged. */
export function indexSynonyms(): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const source of [abbreviationSynonyms(), provinceSynonyms()]) {
    for (const [key, values] of Object.entries(source)) {
      const list = (merged[key] ??= []);
      for (const value of values) if (!list.includes(value)) list.push(value);
    }
  }
  return merged;
}
