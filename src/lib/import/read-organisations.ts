/**
 * A letterhead name block split into the organisations it names, in order: "ĐẢNG BỘ TỈNH QUẢNG
 * NGÃI HUYỆN ỦY SƠN HÀ" is a parent and an issuer; "BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỤC THÔNG TIN
 * ĐỐI NGOẠI" a ministry above its department. The last organisation that is no Party parent is
 * the issuer; the ones above it are parents.
 */
import { foldDiacritics } from '../vietnamese/index.ts';

/** What kind of body a name starts with. */
export type OrganisationKind = 'parent' | 'committee' | 'council' | 'central' | 'ministry' | 'department';

/** One organisation of a letterhead, as written. */
export interface Organisation {
  kind: OrganisationKind;
  role: 'parent' | 'issuer';
  text: string;
  /** Index of the word its name starts at in the block (0 when the block starts with it). */
  at: number;
}

// Longest first at each position, so that "thu tuong chinh phu" wins over "chinh phu".
const starts: Array<[string, OrganisationKind]> = (
  [
    ['ban chap hanh dang bo', 'parent'],
    ['bch dang bo', 'parent'],
    ['dang bo', 'parent'],
    ['ban chap hanh trung uong', 'central'],
    ['uy ban thuong vu quoc hoi', 'central'],
    ['thu tuong chinh phu', 'central'],
    ['van phong chinh phu', 'central'],
    ['chinh phu', 'central'],
    ['bo chinh tri', 'central'],
    ['ban bi thu', 'central'],
    ['quoc hoi', 'central'],
    ['uy ban nhan dan', 'council'],
    ['hoi dong nhan dan', 'council'],
    ['huyen uy', 'committee'],
    ['tinh uy', 'committee'],
    ['thanh uy', 'committee'],
    ['thi uy', 'committee'],
    ['quan uy', 'committee'],
    ['dang uy', 'committee'],
    ['bo', 'ministry'],
    ['ban thuong vu', 'department'],
    ['tong cuc', 'department'],
    ['chi cuc', 'department'],
    ['cuc', 'department'],
    ['so', 'department'],
    ['van phong', 'department'],
    ['ban', 'department'],
  ] as Array<[string, OrganisationKind]>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);

function startAt(folded: string[], i: number): [number, OrganisationKind] | null {
  for (const [phrase, kind] of starts) {
    const words = phrase.split(' ');
    if (words.every((w, k) => folded[i + k] === w)) return [words.length, kind];
  }
  return null;
}

/** Splits one name block into its organisations (see the module comment). */
export function splitOrganisations(block: string): Organisation[] {
  const words = block.trim().split(/\s+/).filter(Boolean);
  const folded = words.map((w) => foldDiacritics(w).replace(/[^a-z0-9]/g, ''));
  const found: Array<{ kind: OrganisationKind; from: number }> = [];
  let i = 0;
  while (i < words.length) {
    const start = startAt(folded, i);
    const current = found.at(-1);
    const named = current ? i - current.from >= 2 : false;
    const splits =
      start !== null &&
      (!current ||
        current.kind === 'parent' ||
        // A department under a named body: "BỘ … CỤC …", "ỦY BAN NHÂN DÂN TỈNH … SỞ …".
        (start[1] === 'department' && named && current.kind !== 'department'));
    if (start && splits) {
      found.push({ kind: start[1], from: i });
      i += start[0];
    } else i += start ? start[0] : 1;
  }
  if (found.length === 0) return words.length > 0 ? [{ kind: 'department', role: 'issuer', text: words.join(' '), at: -1 }] : [];
  const lastIssuer = found.map((f) => f.kind !== 'parent').lastIndexOf(true);
  return found.map((f, k) => ({
    kind: f.kind,
    role: k === lastIssuer ? 'issuer' : 'parent',
    text: words.slice(k === 0 ? 0 : f.from, found[k + 1]?.from ?? words.length).join(' '),
    at: f.from,
  }));
}
