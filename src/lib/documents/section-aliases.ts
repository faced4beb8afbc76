/** Words a section implies without saying them: long forms of abbreviations, province names before and after 2025. */
import type { PlanMeta } from '../plan/plan-meta.ts';
import { findProvince } from '../provinces/index.ts';
import { abbreviationAliases } from '../vietnamese/index.ts';

/** The plan's province under both its names: as written (before 1 July 2025) and the one it belongs to now. */
export function planAliases(meta: Pick<PlanMeta, 'province' | 'provinceNow'>): string[] {
  const names: string[] = [];
  for (const name of [meta.province, meta.provinceNow]) {
    if (name === null) continue;
    const match = findProvince(name);
    addAll(names, [name, match?.before?.name, match?.after.name]);
  }
  return names;
}

// "tỉnh Ninh Thuận", "Tỉnh ủy Quảng Ngãi": a capitalised name of up to three syllables after the word.
const provinceMention = /\b(?:tỉnh|Tỉnh|TỈNH)(?:\s+(?:ủy|uỷ|Ủy|Uỷ))?\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,2})/gu;

/** Aliases of a section's text: abbreviation long forms, the plan's province names, and the other name of each province it mentions. */
export function sectionAliases(text: string, planProvinceNames: readonly string[]): string[] {
  const aliases: string[] = [];
  addAll(aliases, abbreviationAliases(text));
  addAll(aliases, planProvinceNames);
  for (const mention of text.matchAll(provinceMention)) {
    const words = (mention[1] ?? '').split(/\s+/u);
    // "tỉnh Quảng Ngãi và" or "tỉnh Lâm Đồng Lần": try the longest prefix that is a province.
    for (let n = words.length; n >= 1; n -= 1) {
      const match = findProvince(words.slice(0, n).join(' '));
      if (match) {
        addAll(aliases, [match.before?.name, match.after.name]);
        break;
      }
    }
  }
  return aliases;
}

function addAll(target: string[], names: readonly (string | undefined)[]): void {
  for (const name of names) if (name && !target.includes(name)) target.push(name);
}
