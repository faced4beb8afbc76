/** Lookups in the (partial) table of district-level units. */
import { districts } from './district-data.ts';
import type { District } from './district-data.ts';
import { placeNameKey } from './name-key.ts';

const byKey = new Map<string, District>();
for (const d of districts) for (const n of [d.name, ...d.aliases]) byKey.set(placeNameKey(n), d);

/** Resolves a district name ("Huyện Sơn Hà", "son ha", "Phan Rang - Tháp Chàm"); undefined when the table lacks it. */
export function findDistrict(name: string): District | undefined {
  return byKey.get(placeNameKey(name));
}
