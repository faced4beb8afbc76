/**
 * Vietnam's provincial units before and after the merger of 1 July 2025 (Nghị quyết 202/2025/QH15).
 * Codes are the statistics office's (GSO) codes. A merged unit took the code of the old unit that
 * hosts its centre, so seven old provinces kept their name but not their code.
 */

/** Kind of provincial unit. */
export type ProvinceType = 'tỉnh' | 'thành phố trực thuộc TW';

/** A provincial unit as it stood up to 30 June 2025 (63 units). */
export interface ProvinceBefore {
  code: string;
  /** Name without "Tỉnh"/"Thành phố": "Quảng Ngãi". */
  name: string;
  type: ProvinceType;
  /** Code of the unit it belongs to from 1 July 2025. */
  nowCode: string;
  /** Other names people use for it, besides the name with and without its prefix. */
  aliases: string[];
}

/** A provincial unit from 1 July 2025 (34 units). */
export interface ProvinceAfter {
  code: string;
  name: string;
  type: ProvinceType;
  aliases: string[];
}

const t: ProvinceType = 'tỉnh';
const c: ProvinceType = 'thành phố trực thuộc TW';

/** The 63 units before 1 July 2025, by GSO code. */
export const provincesBefore: readonly ProvinceBefore[] = [
  { code: '01', name: 'Hà Nội', type: c, nowCode: '01', aliases: [] },
  { code: '02', name: 'Hà Giang', type: t, nowCode: '08', aliases: [] },
  { code: '04', name: 'Cao Bằng', type: t, nowCode: '04', aliases: [] },
  { code: '06', name: 'Bắc Kạn', type: t, nowCode: '19', aliases: ['Bắc Cạn'] },
  { code: '08', name: 'Tuyên Quang', type: t, nowCode: '08', aliases: [] },
  { code: '10', name: 'Lào Cai', type: t, nowCode: '15', aliases: [] },
  { code: '11', name: 'Điện Biên', type: t, nowCode: '11', aliases: [] },
  { code: '12', name: 'Lai Châu', type: t, nowCode: '12', aliases: [] },
  { code: '14', name: 'Sơn La', type: t, nowCode: '14', aliases: [] },
  { code: '15', name: 'Yên Bái', type: t, nowCode: '15', aliases: [] },
  { code: '17', name: 'Hòa Bình', type: t, nowCode: '25', aliases: [] },
  { code: '19', name: 'Thái Nguyên', type: t, nowCode: '19', aliases: [] },
  { code: '20', name: 'Lạng Sơn', type: t, nowCode: '20', aliases: [] },
  { code: '22', name: 'Quảng Ninh', type: t, nowCode: '22', aliases: [] },
  { code: '24', name: 'Bắc Giang', type: t, nowCode: '24', aliases: [] },
  { code: '25', name: 'Phú Thọ', type: t, nowCode: '25', aliases: [] },
  { code: '26', name: 'Vĩnh Phúc', type: t, nowCode: '25', aliases: [] },
  { code: '27', name: 'Bắc Ninh', type: t, nowCode: '24', aliases: [] },
  { code: '30', name: 'Hải Dương', type: t, nowCode: '31', aliases: [] },
  { code: '31', name: 'Hải Phòng', type: c, nowCode: '31', aliases: [] },
  { code: '33', name: 'Hưng Yên', type: t, nowCode: '33', aliases: [] },
  { code: '34', name: 'Thái Bình', type: t, nowCode: '33', aliases: [] },
  { code: '35', name: 'Hà Nam', type: t, nowCode: '37', aliases: [] },
  { code: '36', name: 'Nam Định', type: t, nowCode: '37', aliases: [] },
  { code: '37', name: 'Ninh Bình', type: t, nowCode: '37', aliases: [] },
  { code: '38', name: 'Thanh Hóa', type: t, nowCode: '38', aliases: [] },
  { code: '40', name: 'Nghệ An', type: t, nowCode: '40', aliases: [] },
  { code: '42', name: 'Hà Tĩnh', type: t, nowCode: '42', aliases: [] },
  { code: '44', name: 'Quảng Bình', type: t, nowCode: '44', aliases: [] },
  { code: '45', name: 'Quảng Trị', type: t, nowCode: '44', aliases: [] },
  // A province until 31 December 2024, a centrally-run city (Thành phố Huế) from 1 January 2025.
  { code: '46', name: 'Thừa Thiên Huế', type: t, nowCode: '46', aliases: ['Thừa Thiên - Huế', 'Huế', 'Thành phố Huế'] },
  { code: '48', name: 'Đà Nẵng', type: c, nowCode: '48', aliases: [] },
  { code: '49', name: 'Quảng Nam', type: t, nowCode: '48', aliases: [] },
  { code: '51', name: 'Quảng Ngãi', type: t, nowCode: '51', aliases: [] },
  { code: '52', name: 'Bình Định', type: t, nowCode: '52', aliases: [] },
  { code: '54', name: 'Phú Yên', type: t, nowCode: '66', aliases: [] },
  { code: '56', name: 'Khánh Hòa', type: t, nowCode: '56', aliases: [] },
  { code: '58', name: 'Ninh Thuận', type: t, nowCode: '56', aliases: [] },
  { code: '60', name: 'Bình Thuận', type: t, nowCode: '68', aliases: [] },
  { code: '62', name: 'Kon Tum', type: t, nowCode: '51', aliases: ['Kontum'] },
  { code: '64', name: 'Gia Lai', type: t, nowCode: '52', aliases: [] },
  { code: '66', name: 'Đắk Lắk', type: t, nowCode: '66', aliases: ['Đắc Lắc', 'Daklak'] },
  { code: '67', name: 'Đắk Nông', type: t, nowCode: '68', aliases: ['Đắc Nông'] },
  { code: '68', name: 'Lâm Đồng', type: t, nowCode: '68', aliases: [] },
  { code: '70', name: 'Bình Phước', type: t, nowCode: '75', aliases: [] },
  { code: '72', name: 'Tây Ninh', type: t, nowCode: '80', aliases: [] },
  { code: '74', name: 'Bình Dương', type: t, nowCode: '79', aliases: [] },
  { code: '75', name: 'Đồng Nai', type: t, nowCode: '75', aliases: [] },
  { code: '77', name: 'Bà Rịa - Vũng Tàu', type: t, nowCode: '79', aliases: ['Bà Rịa-Vũng Tàu', 'BR-VT', 'BRVT'] },
  // "Sài Gòn" is the city's former name and still its everyday one.
  { code: '79', name: 'Hồ Chí Minh', type: c, nowCode: '79', aliases: ['TP. HCM', 'TP.HCM', 'TPHCM', 'HCM', 'Sài Gòn'] },
  { code: '80', name: 'Long An', type: t, nowCode: '80', aliases: [] },
  { code: '82', name: 'Tiền Giang', type: t, nowCode: '82', aliases: [] },
  { code: '83', name: 'Bến Tre', type: t, nowCode: '86', aliases: [] },
  { code: '84', name: 'Trà Vinh', type: t, nowCode: '86', aliases: [] },
  { code: '86', name: 'Vĩnh Long', type: t, nowCode: '86', aliases: [] },
  { code: '87', name: 'Đồng Tháp', type: t, nowCode: '82', aliases: [] },
  { code: '89', name: 'An Giang', type: t, nowCode: '91', aliases: [] },
  { code: '91', name: 'Kiên Giang', type: t, nowCode: '91', aliases: [] },
  { code: '92', name: 'Cần Thơ', type: c, nowCode: '92', aliases: [] },
  { code: '93', name: 'Hậu Giang', type: t, nowCode: '92', aliases: [] },
  { code: '94', name: 'Sóc Trăng', type: t, nowCode: '92', aliases: [] },
  { code: '95', name: 'Bạc Liêu', type: t, nowCode: '96', aliases: [] },
  { code: '96', name: 'Cà Mau', type: t, nowCode: '96', aliases: [] },
];

/** The 34 units from 1 July 2025, by GSO code. */
export const provincesAfter: readonly ProvinceAfter[] = [
  { code: '01', name: 'Hà Nội', type: c, aliases: [] },
  { code: '04', name: 'Cao Bằng', type: t, aliases: [] },
  { code: '08', name: 'Tuyên Quang', type: t, aliases: [] },
  { code: '11', name: 'Điện Biên', type: t, aliases: [] },
  { code: '12', name: 'Lai Châu', type: t, aliases: [] },
  { code: '14', name: 'Sơn La', type: t, aliases: [] },
  { code: '15', name: 'Lào Cai', type: t, aliases: [] },
  { code: '19', name: 'Thái Nguyên', type: t, aliases: [] },
  { code: '20', name: 'Lạng Sơn', type: t, aliases: [] },
  { code: '22', name: 'Quảng Ninh', type: t, aliases: [] },
  { code: '24', name: 'Bắc Ninh', type: t, aliases: [] },
  { code: '25', name: 'Phú Thọ', type: t, aliases: [] },
  { code: '31', name: 'Hải Phòng', type: c, aliases: [] },
  { code: '33', name: 'Hưng Yên', type: t, aliases: [] },
  { code: '37', name: 'Ninh Bình', type: t, aliases: [] },
  { code: '38', name: 'Thanh Hóa', type: t, aliases: [] },
  { code: '40', name: 'Nghệ An', type: t, aliases: [] },
  { code: '42', name: 'Hà Tĩnh', type: t, aliases: [] },
  { code: '44', name: 'Quảng Trị', type: t, aliases: [] },
  { code: '46', name: 'Huế', type: c, aliases: ['Thừa Thiên Huế', 'Thừa Thiên - Huế'] },
  { code: '48', name: 'Đà Nẵng', type: c, aliases: [] },
  { code: '51', name: 'Quảng Ngãi', type: t, aliases: [] },
  { code: '52', name: 'Gia Lai', type: t, aliases: [] },
  { code: '56', name: 'Khánh Hòa', type: t, aliases: [] },
  { code: '66', name: 'Đắk Lắk', type: t, aliases: ['Đắc Lắc', 'Daklak'] },
  { code: '68', name: 'Lâm Đồng', type: t, aliases: [] },
  { code: '75', name: 'Đồng Nai', type: t, aliases: [] },
  { code: '79', name: 'Hồ Chí Minh', type: c, aliases: ['TP. HCM', 'TP.HCM', 'TPHCM', 'HCM', 'Sài Gòn'] },
  { code: '80', name: 'Tây Ninh', type: t, aliases: [] },
  { code: '82', name: 'Đồng Tháp', type: t, aliases: [] },
  { code: '86', name: 'Vĩnh Long', type: t, aliases: [] },
  { code: '91', name: 'An Giang', type: t, aliases: [] },
  { code: '92', name: 'Cần Thơ', type: c, aliases: [] },
  { code: '96', name: 'Cà Mau', type: t, aliases: [] },
];
