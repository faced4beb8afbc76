/**
 * Who issued the plan and where: issuer with canonical tones ("Huyện ủy Sơn Hà"), level, province
 * before and after 1 July 2025, district. Only what the letterhead, the number's issuer code, the
 * authority line under the title, the signature, the title or the opening paragraph says (never a
 * body the text cites); a name the registry does not know is kept as written, its codes left null.
 */
import type { PlanLevel, PlanMeta } from '../plan/plan-meta.ts';
import { findDistrict, findProvince, provinceBeforeByCode } from '../provinces/index.ts';
import { parseDocumentNumber } from '../vietnamese/index.ts';
import { bodyByCode, findCentralBody, findMinistry } from './central-bodies.ts';
import type { KnownBody } from './central-bodies.ts';
import { councilByPlace, department, nowhere, placeFields, provinceInText, readCouncil, titleCase } from './read-council.ts';
import type { HeaderFacts } from './read-header.ts';
import { splitOrganisations } from './read-organisations.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** The issuer and place fields of PlanMeta. */
export type IssuerFacts = Pick<PlanMeta, 'issuer' | 'level' | 'province' | 'provinceCode' | 'provinceNow' | 'provinceNowCode' | 'district'>;

const kinds: Record<string, string> = { huyen: 'Huyện ủy', tinh: 'Tỉnh ủy', thanh: 'Thành ủy', thi: 'Thị ủy', quan: 'Quận ủy', dang: 'Đảng ủy' };


/** Words after a committee kind: "HUYỆN ỦY SƠN HÀ" → kind "Huyện ủy", name "SƠN HÀ". */
function nameAfterKind(line: string): { kind: string | null; name: string | null } {
  const folded = foldDiacritics(line);
  const m = /^(?:ban thuong vu\s+)?(huyen|tinh|thanh|thi|quan|dang) uy\b\s*(.*)$/.exec(folded);
  if (!m) return { kind: null, name: null };
  // Folding keeps word boundaries: take as many original words as the folded name has.
  const count = (m[2] ?? '').split(/\s+/).filter(Boolean).length;
  const words = line.trim().split(/\s+/);
  return { kind: kinds[m[1] ?? ''] ?? null, name: count > 0 ? words.slice(words.length - count).join(' ') : null };
}


function knownBody(body: KnownBody): IssuerFacts {
  return { ...nowhere, issuer: body.name, level: body.level };
}


/** What else tells the issuer when the letterhead does not: the number, the authority line, the signature. */
export interface IssuerHints {
  /** The canonical document number: its issuer code ("TTg", "BTTTT", "UBND"). */
  number: string | null;
  /** The line naming the authority that decides, under the title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG". */
  authority: string | null;
  /** The signature's "TM. …" line: "TM. ỦY BAN NHÂN DÂN". */
  onBehalf: string | null;
}

/** Resolves the issuer (see resolveIssuer) with the number, the authority line and the signature as well. */
export function resolveIssuerWithHints(header: HeaderFacts, title: string, opening: string, hints: IssuerHints): IssuerFacts {
  // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG" decides: the chair is the issuer.
  const chair = hints.authority ? /^chu tich (uy ban nhan dan .+)$/.exec(foldDiacritics(hints.authority).trim()) : null;
  if (chair && hints.authority) {
    const council = readCouncil(hints.authority.trim().split(/\s+/).slice(2).join(' '));
    if (council?.issuer) return { ...council, issuer: `Chủ tịch ${council.issuer}` };
  }
  const line = header.issuerLine ?? null;
  const organisation = line ? splitOrganisations(line)[0] : undefined;
  const code = hints.number ? parseDocumentNumber(hints.number) : undefined;
  const issuerCode = code?.order === 'state' ? code.issuer[0] : code?.issuer[0];
  switch (organisation?.kind) {
    case 'council': {
      const council = readCouncil(line ?? '');
      if (!council) return councilByPlace(line ?? '', header.place, title);
      // A commune's or district's province, where the title states it ("… tỉnh Quảng Ngãi").
      const stated = council.province === null ? provinceInText(title) : null;
      return stated ? { ...council, ...placeFields(findProvince(stated)) } : council;
    }
    case 'central': {
      const body = findCentralBody(line ?? '');
      if (body) return knownBody(body);
      break;
    }
    case 'ministry': {
      const body = findMinistry(line ?? '') ?? (issuerCode ? bodyByCode(issuerCode) : undefined);
      return body ? knownBody(body) : { ...nowhere, issuer: titleCase(line ?? ''), level: 'agency' };
    }
    case 'department':
      return department(line ?? '', header.superiorLine ?? header.parentLine, (committee) =>
        resolveIssuer({ ...header, issuerLine: committee, parentLine: header.superiorLine ? header.parentLine : null }, title, opening),
      );
    default:
      break;
  }
  if (!line) {
    // No name in the letterhead: the number's issuer code, then the signature.
    const byCode = issuerCode ? bodyByCode(issuerCode) : undefined;
    if (byCode) return knownBody(byCode);
    if (issuerCode === 'TW') return { ...nowhere, level: 'central' };
    if (issuerCode === 'UBND' || issuerCode === 'HĐND') return councilByPlace(issuerCode === 'UBND' ? 'ỦY BAN NHÂN DÂN' : 'HỘI ĐỒNG NHÂN DÂN', header.place, title);
    const signed = hints.onBehalf ? hints.onBehalf.replace(/^(T\/M|TM\.|T\.M\.|KT\.|TL\.)\s*/i, '') : '';
    const signedBy = signed ? splitOrganisations(signed)[0] : undefined;
    if (signedBy?.kind === 'council') return readCouncil(signed) ?? councilByPlace(signed, header.place, title);
    if (signedBy?.kind === 'central') {
      const body = findCentralBody(signed);
      if (body) return knownBody(body);
    }
  }
  return resolveIssuer(header, title, opening);
}


function levelOf(kind: string | null, name: string | null): PlanLevel | null {
  switch (kind) {
    case 'Tỉnh ủy':
      return 'province';
    case 'Huyện ủy':
    case 'Thị ủy':
    case 'Quận ủy':
      return 'district';
    case 'Thành ủy': {
      const p = name ? findProvince(name) : undefined;
      return p?.before?.type === 'thành phố trực thuộc TW' && !findDistrict(name ?? '') ? 'province' : 'district';
    }
    default:
      return null;
  }
}

/** Resolves issuer, level and places from the letterhead, the title and the opening paragraph. */
export function resolveIssuer(header: HeaderFacts, title: string, opening: string): IssuerFacts {
  const council = header.issuerLine ? readCouncil(header.issuerLine) : null;
  if (council) return council;
  let { kind, name } = header.issuerLine ? nameAfterKind(header.issuerLine) : { kind: null, name: null };
  if (!kind && !header.issuerLine) {
    // No committee in the letterhead: "Ban Thường vụ Thành ủy ban hành …" in the opening paragraph.
    // The committee that issues ("… Huyện ủy ban hành / xây dựng Kế hoạch"), not one the opening cites.
    const folded = foldDiacritics(opening);
    const issuing = /\b(huyen|tinh|thanh|thi|quan) uy,? (?:ban hanh|xay dung|trien khai|de ra)\b/.exec(folded);
    const mentions = [...folded.matchAll(/\b(huyen|tinh|thanh|thi|quan) uy\b/g)];
    const m = issuing ?? mentions[mentions.length - 1];
    kind = m ? (kinds[m[1] ?? ''] ?? null) : null;
  }

  // "ĐẢNG BỘ TỈNH X", "BCH ĐẢNG BỘ TỈNH X", "BAN CHẤP HÀNH ĐẢNG BỘ THÀNH PHỐ X": the words after the unit.
  const parentWords = header.parentLine?.trim().split(/\s+/) ?? [];
  const parentFolded = header.parentLine ? foldDiacritics(header.parentLine) : '';
  const parentUnit = /^(?:(?:ban chap hanh|bch) )?dang bo (tinh|thanh pho) /.exec(parentFolded);
  const parentProvince = parentUnit ? parentWords.slice(parentUnit[0].trim().split(' ').length).join(' ') || null : null;

  // A committee without its name in the letterhead: the place line names a district-level seat,
  // the parent organisation or the title names the province.
  if (kind && !name) {
    if (kind === 'Tỉnh ủy') name = parentProvince ?? provinceInText(title);
    else if (header.place && (kind === 'Thành ủy' || !findProvince(header.place))) name = header.place;
  }

  const level = levelOf(kind, name);
  const districtEntry = level === 'district' && name ? findDistrict(name) : undefined;
  const district = level === 'district' && name ? (districtEntry?.name ?? titleCase(name)) : null;

  const provinceText = parentProvince ?? (kind === 'Tỉnh ủy' ? name : null) ?? provinceInText(title);
  const match = provinceText
    ? findProvince(provinceText)
    : districtEntry
      ? findProvince(provinceBeforeByCode(districtEntry.provinceCode)?.name ?? '')
      : undefined;
  const before = match?.before;

  let issuer: string | null = null;
  if (kind === 'Tỉnh ủy') issuer = before ? `${kind} ${before.name}` : name ? `${kind} ${titleCase(name)}` : kind;
  else if (kind) issuer = district ? `${kind} ${district}` : name ? `${kind} ${titleCase(name)}` : kind;
  else if (header.issuerLine) issuer = titleCase(header.issuerLine);

  return {
    issuer,
    level,
    province: before?.name ?? (provinceText ? titleCase(provinceText) : null),
    provinceCode: before?.code ?? null,
    provinceNow: match?.after.name ?? null,
    provinceNowCode: match?.after.code ?? null,
    district,
  };
}
