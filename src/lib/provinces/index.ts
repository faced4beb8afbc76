/** The province registry: 63 units before 1 July 2025, 34 after, and the district-level units met so far. */
export { findProvince, provinceNow, provinceNames, provinceAliases, formerProvinces, provinceAfterByCode, provinceBeforeByCode } from './find-province.ts';
export type { ProvinceMatch } from './find-province.ts';
export { findDistrict } from './find-district.ts';
export type { District } from './district-data.ts';
export { provincesBefore, provincesAfter } from './province-data.ts';
export type { ProvinceBefore, ProvinceAfter, ProvinceType } from './province-data.ts';
export { placeNameKey } from './name-key.ts';
