// Document numbers ("số ký hiệu"). The Party writes number-KIND/ISSUER ("162-KH/HU", "57-KL/TW");
// the state writes number/[year/]KIND-ISSUER ("123/QĐ-UBND", "12/2024/NĐ-CP"). Abbreviations
// that are ambiguous in running text (TT, CT, TU, HU) are unambiguous in these slots, so they are
// expanded here and nowhere else.
import { normalizeText } from './normalize.ts';

/** A parsed document number. */
export interface DocumentNumber {
  /** 'party' for 162-KH/HU, 'state' for 123/QĐ-UBND. */
  order: 'party' | 'state';
  number: string;
  /** The year slot of state numbers ("12/2024/NĐ-CP"), else undefined. */
  year: string | undefined;
  /** The kind of document: KH, KL, QĐ, NQ, … */
  kind: string;
  /** The issuer and any sub-unit: ["TU"], ["UBND"], ["UBND", "VX"]. */
  issuer: string[];
  /** The number without spaces: "256-KH/TU", "123/QĐ-UBND". */
  canonical: string;
}

/** What each kind slot stands for. */
export const DOCUMENT_KINDS: Record<string, string> = {
  KH: 'Kế hoạch', KL: 'Kết luận', NQ: 'Nghị quyết', CT: 'Chỉ thị', QĐ: 'Quyết định', QĐi: 'Quy định',
  HD: 'Hướng dẫn', CTr: 'Chương trình', CV: 'Công văn', TB: 'Thông báo', BC: 'Báo cáo', TTr: 'Tờ trình',
  QC: 'Quy chế', NĐ: 'Nghị định', TT: 'Thông tư', CĐ: 'Công điện', KT: 'Kiểm tra',
};

/** What each issuer slot stands for (TU is used by provincial and by city committees). */
export const DOCUMENT_ISSUERS: Record<string, string[]> = {
  TW: ['Trung ương'], TU: ['Tỉnh ủy', 'Thành ủy'], HU: ['Huyện ủy'], ThU: ['Thành ủy'], QU: ['Quận ủy'],
  ĐU: ['Đảng ủy'], BTGTW: ['Ban Tuyên giáo Trung ương'], BTGTU: ['Ban Tuyên giáo Tỉnh ủy'],
  BTGHU: ['Ban Tuyên giáo Huyện ủy'], VPTU: ['Văn phòng Tỉnh ủy'], VPHU: ['Văn phòng Huyện ủy'],
  BCĐ: ['Ban Chỉ đạo'], UBND: ['Ủy ban nhân dân'], HĐND: ['Hội đồng nhân dân'], CP: ['Chính phủ'],
  TTg: ['Thủ tướng Chính phủ'], BGDĐT: ['Bộ Giáo dục và Đào tạo'], BTTTT: ['Bộ Thông tin và Truyền thông'],
};

const PART = '[A-ZĐ][A-Za-zĐđ0-9]{0,11}';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';
const PARTY = new RegExp(`${BEFORE}(\\d+)\\s*-\\s*(${PART})\\s*\\/\\s*(${PART})${AFTER}`, 'u');
const STATE = new RegExp(
  `${BEFORE}(\\d+)\\s*\\/\\s*(?:(\\d{4})\\s*\\/\\s*)?(${PART})\\s*-\\s*(${PART}(?:\\s*-\\s*${PART})*)${AFTER}`,
  'u',
);

/** Finds the first document number in a text, in either order, tolerating spaces ("Số 256 - KH/TU"). */
export function parseDocumentNumber(s: string): DocumentNumber | undefined {
  const text = normalizeText(s);
  const party = PARTY.exec(text);
  const state = STATE.exec(text);
  if (party && (!state || party.index <= state.index)) {
    const [, number = '', kind = '', issuer = ''] = party;
    return { order: 'party', number, year: undefined, kind, issuer: [issuer], canonical: `${number}-${kind}/${issuer}` };
  }
  if (state) {
    const [, number = '', year, kind = '', rest = ''] = state;
    const issuer = rest.split(/\s*-\s*/);
    const canonical = `${number}/${year ? `${year}/` : ''}${kind}-${issuer.join('-')}`;
    return { order: 'state', number, year, kind, issuer, canonical };
  }
  return undefined;
}

const PARTY_ALL = new RegExp(PARTY.source, 'gu');
const STATE_ALL = new RegExp(STATE.source, 'gu');

/**
 * The canonical forms of every document number in a text, each once, in no particular order
 * ("… 57-KL/TW và Kế hoạch số 254 - KH/TU …" → 57-KL/TW, 254-KH/TU).
 */
export function findDocumentNumbers(s: string): string[] {
  const text = normalizeText(s);
  const found = new Set<string>();
  for (const match of text.matchAll(PARTY_ALL)) found.add(`${match[1]}-${match[2]}/${match[3]}`);
  for (const match of text.matchAll(STATE_ALL)) {
    found.add(`${match[1]}/${match[2] ? `${match[2]}/` : ''}${match[3]}-${(match[4] ?? '').split(/\s*-\s*/).join('-')}`);
  }
  return [...found];
}

/** The canonical form of the first document number in a text ("Số 256 - KH/TU" → "256-KH/TU"). */
export function canonicalDocumentNumber(s: string): string | undefined {
  return parseDocumentNumber(s)?.canonical;
}

/** The long forms a document number stands for: "162-KH/HU" → ["Kế hoạch", "Huyện ủy"]. */
export function expandDocumentNumber(n: DocumentNumber): string[] {
  const kind = DOCUMENT_KINDS[n.kind];
  const issuers = n.issuer.flatMap((part) => DOCUMENT_ISSUERS[part] ?? []);
  return [...(kind ? [kind] : []), ...issuers];
}
