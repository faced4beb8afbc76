/** Lookups in the province registry by name or code, before and after 1 July 2025. */
import { placeNameKey } from './name-key.ts';
import { provincesAfter, provincesBefore } from './province-data.ts';
import type { ProvinceAfter, ProvinceBefore } from './province-data.ts';

/** A name resolved to the unit it designated before 2025 (when it did) and the unit it belongs to now. */
export interface ProvinceMatch {
  before?: ProvinceBefore;
  after: ProvinceAfter;
}

const afterByCode = new Map(provincesAfter.map((p) => [p.code, p]));
const beforeByCode = new Map(provincesBefore.map((p) => [p.code, p]));

function namesOf(p: { name: string; aliases: string[] }): string[] {
  return [p.name, ...p.aliases];
}

// Old names win over new ones: the plans were written before 2025, so "Lào Cai" is old Lào Cai (10).
const beforeByKey = new Map<string, ProvinceBefore>();
for (const p of provincesBefore) for (const n of namesOf(p)) beforeByKey.set(placeNameKey(n), p);
const afterByKey = new Map<string, ProvinceAfter>();
for (const p of provincesAfter) for (const n of namesOf(p)) afterByKey.set(placeNameKey(n), p);

/** The unit from 1 July 2025 with this GSO code. */
export function provinceAfterByCode(code: string): ProvinceAfter | undefined {
  return afterByCode.get(code);
}

/** The unit up to 30 June 2025 with this GSO code. */
export function provinceBeforeByCode(code: string): ProvinceBefore | undefined {
  return beforeByCode.get(code);
}

/** The unit from 1 July 2025 that an old unit (by its old GSO code) went into. */
export function provinceNow(oldCode: string): ProvinceAfter | undefined {
  const before = beforeByCode.get(oldCode);
  return before ? afterByCode.get(before.nowCode) : undefined;
}

/**
 * Resolves a province name, with or without "Tỉnh"/"Thành phố"/"TP.", in any case, with or
 * without diacritics, old or new: "quang ngai" → Quảng Ngãi (51) → Quảng Ngãi (51);
 * "Ninh Thuận" → Ninh Thuận (58) → Khánh Hòa (56); "Huế" → Thừa Thiên Huế (46) → Huế (46).
 */
export function findProvince(name: string): ProvinceMatch | undefined {
  const key = placeNameKey(name);
  if (key === '') return undefined;
  const before = beforeByKey.get(key);
  if (before) {
    const after = afterByCode.get(before.nowCode);
    return after ? { before, after } : undefined;
  }
  const after = afterByKey.get(key);
  return after ? { after } : undefined;
}

/** The old units (before 1 July 2025) a new unit was formed from, by old code. */
export function formerProvinces(newCode: string): ProvinceBefore[] {
  return provincesBefore.filter((p) => p.nowCode === newCode);
}

/** Every name the registry knows for a province, old and new, aliases included, without duplicates. */
export function provinceNames(): string[] {
  const all = [...provincesBefore, ...provincesAfter].flatMap(namesOf);
  return [...new Set(all)];
}

/** The names a province is known by across the merger: its own names and those of its unit today. */
export function provinceAliases(oldCode: string): string[] {
  const before = beforeByCode.get(oldCode);
  if (!before) return [];
  const after = afterByCode.get(before.nowCode);
  return [...new Set([...namesOf(before), ...(after ? namesOf(after) : [])])];
}
