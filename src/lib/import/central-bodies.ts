/**
 * The central bodies and ministries a letterhead or a number's issuer code names, with their
 * canonical names: the Government, the Prime Minister, the Government Office, the Politburo, the
 * Secretariat, the Central Committee, the National Assembly and its Standing Committee are
 * `central`; ministries and bodies of ministerial rank are `agency`.
 */
import type { PlanLevel } from '../plan/plan-meta.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** A body with its canonical name, level and the issuer code of its numbers. */
export interface KnownBody {
  name: string;
  level: PlanLevel;
  code: string | null;
}

/** Central bodies of the Party and the State. */
export const centralBodies: readonly KnownBody[] = [
  { name: 'Thủ tướng Chính phủ', level: 'central', code: 'TTg' },
  { name: 'Văn phòng Chính phủ', level: 'central', code: 'VPCP' },
  { name: 'Chính phủ', level: 'central', code: 'CP' },
  { name: 'Bộ Chính trị', level: 'central', code: null },
  { name: 'Ban Bí thư', level: 'central', code: null },
  { name: 'Ban Chấp hành Trung ương', level: 'central', code: null },
  { name: 'Ủy ban Thường vụ Quốc hội', level: 'central', code: 'UBTVQH' },
  { name: 'Quốc hội', level: 'central', code: 'QH' },
];

/** Ministries and bodies of ministerial rank (before and after the 2025 reorganisation). */
export const ministries: readonly KnownBody[] = [
  { name: 'Bộ Thông tin và Truyền thông', level: 'agency', code: 'BTTTT' },
  { name: 'Bộ Văn hóa, Thể thao và Du lịch', level: 'agency', code: 'BVHTTDL' },
  { name: 'Bộ Giáo dục và Đào tạo', level: 'agency', code: 'BGDĐT' },
  { name: 'Bộ Ngoại giao', level: 'agency', code: 'BNG' },
  { name: 'Bộ Công an', level: 'agency', code: 'BCA' },
  { name: 'Bộ Quốc phòng', level: 'agency', code: 'BQP' },
  { name: 'Bộ Tài chính', level: 'agency', code: 'BTC' },
  { name: 'Bộ Kế hoạch và Đầu tư', level: 'agency', code: 'BKHĐT' },
  { name: 'Bộ Công Thương', level: 'agency', code: 'BCT' },
  { name: 'Bộ Nông nghiệp và Phát triển nông thôn', level: 'agency', code: 'BNNPTNT' },
  { name: 'Bộ Nông nghiệp và Môi trường', level: 'agency', code: 'BNNMT' },
  { name: 'Bộ Tài nguyên và Môi trường', level: 'agency', code: 'BTNMT' },
  { name: 'Bộ Y tế', level: 'agency', code: 'BYT' },
  { name: 'Bộ Lao động - Thương binh và Xã hội', level: 'agency', code: 'BLĐTBXH' },
  { name: 'Bộ Tư pháp', level: 'agency', code: 'BTP' },
  { name: 'Bộ Xây dựng', level: 'agency', code: 'BXD' },
  { name: 'Bộ Giao thông vận tải', level: 'agency', code: 'BGTVT' },
  { name: 'Bộ Nội vụ', level: 'agency', code: 'BNV' },
  { name: 'Bộ Khoa học và Công nghệ', level: 'agency', code: 'BKHCN' },
  { name: 'Bộ Dân tộc và Tôn giáo', level: 'agency', code: 'BDTTG' },
  { name: 'Ủy ban Dân tộc', level: 'agency', code: 'UBDT' },
  { name: 'Thanh tra Chính phủ', level: 'agency', code: 'TTCP' },
  { name: 'Ngân hàng Nhà nước Việt Nam', level: 'agency', code: 'NHNN' },
];

const key = (text: string): string => foldDiacritics(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

/** The central body a letterhead line names exactly ("THỦ TƯỚNG CHÍNH PHỦ"), if any. */
export function findCentralBody(line: string): KnownBody | undefined {
  const k = key(line);
  return centralBodies.find((b) => key(b.name) === k);
}

/**
 * The ministry a letterhead line names, whole or cut short where its second line was lost
 * ("BỘ VĂN HOÁ, THỂ THAO" is the only ministry whose name starts so), if exactly one fits.
 */
export function findMinistry(line: string): KnownBody | undefined {
  const k = key(line);
  if (k.split(' ').length < 2) return undefined;
  const fits = ministries.filter((m) => key(m.name) === k || key(m.name).startsWith(`${k} `));
  return fits.length === 1 ? fits[0] : undefined;
}

/** The central body or ministry whose issuer code a number carries ("131/QĐ-TTg" → Thủ tướng Chính phủ). */
export function bodyByCode(code: string): KnownBody | undefined {
  return [...centralBodies, ...ministries].find((b) => b.code === code);
}
