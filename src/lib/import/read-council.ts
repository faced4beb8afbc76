/**
 * People's Committees and Councils, and the bodies under them: "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"
 * → "Ủy ban nhân dân tỉnh Ninh Thuận" (province); a cell without its unit placed by the place-date
 * line or the title; a department (Sở …) of a council or a ministry. Names the registry lacks are
 * kept as written, in title or sentence case with canonical tones.
 */
import type { PlanLevel } from '../plan/plan-meta.ts';
import { findDistrict, findProvince, provinceBeforeByCode } from '../provinces/index.ts';
import { splitOrganisations } from './read-organisations.ts';
import type { IssuerFacts } from './resolve-issuer.ts';
import { canonicalTones, foldDiacritics } from '../vietnamese/index.ts';

/** "SƠN HÀ" → "Sơn Hà": capitalised words with canonical tones, for names the registry lacks. */
export function titleCase(text: string): string {
  return canonicalTones(text.toLowerCase()).replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const councils: Record<string, string> = { 'uy ban nhan dan': 'Ủy ban nhân dân', 'hoi dong nhan dan': 'Hội đồng nhân dân' };
const units: Record<string, { word: string; level: PlanLevel }> = {
  tinh: { word: 'tỉnh', level: 'province' },
  'thanh pho': { word: 'thành phố', level: 'district' },
  huyen: { word: 'huyện', level: 'district' },
  'thi xa': { word: 'thị xã', level: 'district' },
  quan: { word: 'quận', level: 'district' },
  xa: { word: 'xã', level: 'commune' },
  phuong: { word: 'phường', level: 'commune' },
  'thi tran': { word: 'thị trấn', level: 'commune' },
};

/** "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN" → issuer "Ủy ban nhân dân tỉnh Ninh Thuận", level province. */
export function readCouncil(line: string): IssuerFacts | null {
  const folded = foldDiacritics(line).replace(/\s+/g, ' ').trim();
  const m = /^(uy ban nhan dan|hoi dong nhan dan) (tinh|thanh pho|huyen|thi xa|quan|xa|phuong|thi tran) (.+)$/.exec(folded);
  const body = councils[m?.[1] ?? ''];
  const unit = units[m?.[2] ?? ''];
  if (!m || !body || !unit) return null;
  const words = line.trim().split(/\s+/);
  const raw = words.slice(words.length - (m[3] ?? '').split(' ').length).join(' ');
  // A name blanked out in a published template ("XÃ ..........") is not stated: only the kind is.
  if (/^[.…\s]+$/.test(raw)) return { ...nowhere, issuer: `${body} ${unit.word}`, level: unit.level };
  const province = unit.level === 'province' ? findProvince(raw) : undefined;
  const city = unit.word === 'thành phố' ? findProvince(raw) : undefined;
  const level = city?.before?.type === 'thành phố trực thuộc TW' ? 'province' : unit.level;
  const district = level === 'district' ? findDistrict(raw) : undefined;
  const match =
    province ??
    (level === 'province' ? city : undefined) ??
    (district ? findProvince(provinceBeforeByCode(district.provinceCode)?.name ?? '') : undefined);
  const name = (level === 'province' ? match?.before?.name : undefined) ?? district?.name ?? titleCase(raw);
  return {
    issuer: `${body} ${unit.word} ${name}`,
    level,
    ...placeFields(match),
    district: level === 'district' ? name : null,
  };
}

/** The province fields of a registry match (all null without one). */
export function placeFields(match: ReturnType<typeof findProvince>): Pick<IssuerFacts, 'province' | 'provinceCode' | 'provinceNow' | 'provinceNowCode'> {
  return {
    province: match?.before?.name ?? null,
    provinceCode: match?.before?.code ?? null,
    provinceNow: match?.after.name ?? null,
    provinceNowCode: match?.after.code ?? null,
  };
}

/** Issuer facts that state nothing. */
export const nowhere: IssuerFacts = { issuer: null, level: null, province: null, provinceCode: null, provinceNow: null, provinceNowCode: null, district: null };

/**
 * A People's Committee or Council whose letterhead cell lacks its unit ("ỦY BAN NHÂN DÂN" alone):
 * the place of the place-date line, or else the title, names the province when it is one
 * ("Tây Ninh, ngày …" → Ủy ban nhân dân tỉnh Tây Ninh). Otherwise only the body is known.
 */
export function councilByPlace(line: string, place: string | null, title: string): IssuerFacts {
  const body = foldDiacritics(line).startsWith('hoi dong') ? 'Hội đồng nhân dân' : 'Ủy ban nhân dân';
  const named = (place && findProvince(place)?.before ? place : null) ?? provinceInText(title);
  const match = named ? findProvince(named) : undefined;
  if (!match?.before) return { ...nowhere, issuer: body };
  const unit = match.before.type === 'tỉnh' ? 'tỉnh' : 'thành phố';
  return { issuer: `${body} ${unit} ${match.before.name}`, level: 'province', ...placeFields(match), district: null };
}

/**
 * A department (Sở, Cục, Ban …) named under its parent: of a ministry or central body an agency;
 * of a council, of the council's place ("Sở Thông tin và Truyền thông" of "Ủy ban nhân dân tỉnh …");
 * of a Party committee, named with it ("Ban Tuyên giáo Tỉnh ủy Quảng Ngãi", `committee` resolves it).
 */
export function department(line: string, parentLine: string | null, committee: (line: string) => IssuerFacts): IssuerFacts {
  const name = agencyCase(line);
  const parent = parentLine ? splitOrganisations(parentLine)[0] : undefined;
  if (parent?.kind === 'ministry' || parent?.kind === 'central') return { ...nowhere, issuer: name, level: 'agency' };
  if (parent?.kind === 'council') {
    const council = readCouncil(parentLine ?? '');
    if (council) return { ...council, issuer: name };
  }
  if (parent?.kind === 'committee' && parentLine) {
    const above = committee(parentLine);
    if (above.issuer) return { ...above, issuer: `${name} ${above.issuer}` };
  }
  return { ...nowhere, issuer: name };
}

/**
 * "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" → "Sở Thông tin và Truyền thông": a body's name as official names
 * are written, a capital on the kind, on the first word of the name and after "và", "," or " - ".
 */
export function agencyCase(text: string): string {
  const words = canonicalTones(text.toLowerCase().replace(/\s+/g, ' ').trim()).split(' ');
  const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
  const kindWords = /^(tổng cục|chi cục|văn phòng|ban thường vụ)\b/.test(words.slice(0, 2).join(' ')) ? 2 : 1;
  return words
    .map((w, i) => (i === 0 || i === kindWords || ['và', '-'].includes(words[i - 1] ?? '') || (words[i - 1] ?? '').endsWith(',') ? capital(w) : w))
    .join(' ');
}

/** A province named in a title or text: "trên địa bàn tỉnh Lâm Đồng" → "Lâm Đồng". */
export function provinceInText(text: string): string | null {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i += 1) {
    if (!/^(tỉnh|thành phố)$/i.test(words[i] ?? '')) continue;
    for (const n of [3, 2, 1]) {
      const candidate = words.slice(i + 1, i + 1 + n).join(' ').replace(/[,.;:”"’)]+$/, '');
      if (findProvince(candidate)?.before) return candidate;
    }
  }
  return null;
}
