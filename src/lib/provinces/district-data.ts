/**
 * District-level units (huyện, thị xã, thành phố thuộc tỉnh) met in the plans so far.
 * PARTIAL on purpose: the district level was abolished on 1 July 2025 and this table only
 * lists the units the corpus names; add a row when a new plan names another one.
 */

/** A district-level unit before 1 July 2025. */
export interface District {
  name: string;
  type: 'huyện' | 'thị xã' | 'thành phố' | 'quận';
  /** GSO code of its province before 1 July 2025. */
  provinceCode: string;
  aliases: string[];
}

/** The district-level units named in the corpus. */
export const districts: readonly District[] = [
  { name: 'Sơn Hà', type: 'huyện', provinceCode: '51', aliases: [] },
  {
    name: 'Phan Rang-Tháp Chàm',
    type: 'thành phố',
    provinceCode: '58',
    aliases: ['Phan Rang - Tháp Chàm', 'Phan Rang Tháp Chàm', 'Phan Rang'],
  },
];
