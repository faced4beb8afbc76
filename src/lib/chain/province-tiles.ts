/**
 * A grid cartogram of the 34 provinces from 1 July 2025: one square tile each, placed so that the
 * grid reads as the map of Vietnam (north at the top, the long central coast, the Mekong delta),
 * without any map data.
 */
import { provincesAfter } from '../provinces/index.ts';

/** Where a province's tile sits: row and column from 1 (CSS grid lines). */
export interface TilePosition {
  row: number;
  column: number;
}

/** Columns of the grid. */
export const tileColumns = 5;

// Hand-placed by the provinces' rough position, neighbours kept adjacent where the grid allows.
const positions: Record<string, TilePosition> = {
  '12': { row: 1, column: 2 }, // Lai Châu
  '15': { row: 1, column: 3 }, // Lào Cai
  '08': { row: 1, column: 4 }, // Tuyên Quang
  '04': { row: 1, column: 5 }, // Cao Bằng
  '11': { row: 2, column: 1 }, // Điện Biên
  '14': { row: 2, column: 2 }, // Sơn La
  '25': { row: 2, column: 3 }, // Phú Thọ
  '19': { row: 2, column: 4 }, // Thái Nguyên
  '20': { row: 2, column: 5 }, // Lạng Sơn
  '01': { row: 3, column: 3 }, // Hà Nội
  '24': { row: 3, column: 4 }, // Bắc Ninh
  '22': { row: 3, column: 5 }, // Quảng Ninh
  '37': { row: 4, column: 3 }, // Ninh Bình
  '33': { row: 4, column: 4 }, // Hưng Yên
  '31': { row: 4, column: 5 }, // Hải Phòng
  '38': { row: 5, column: 3 }, // Thanh Hóa
  '40': { row: 6, column: 3 }, // Nghệ An
  '42': { row: 7, column: 3 }, // Hà Tĩnh
  '44': { row: 8, column: 4 }, // Quảng Trị
  '46': { row: 9, column: 4 }, // Huế
  '48': { row: 10, column: 5 }, // Đà Nẵng
  '51': { row: 11, column: 5 }, // Quảng Ngãi
  '52': { row: 12, column: 5 }, // Gia Lai
  '66': { row: 13, column: 5 }, // Đắk Lắk
  '68': { row: 14, column: 4 }, // Lâm Đồng
  '56': { row: 14, column: 5 }, // Khánh Hòa
  '80': { row: 15, column: 2 }, // Tây Ninh
  '75': { row: 15, column: 3 }, // Đồng Nai
  '79': { row: 15, column: 4 }, // Hồ Chí Minh
  '91': { row: 16, column: 1 }, // An Giang
  '82': { row: 16, column: 2 }, // Đồng Tháp
  '86': { row: 16, column: 3 }, // Vĩnh Long
  '96': { row: 17, column: 1 }, // Cà Mau
  '92': { row: 17, column: 2 }, // Cần Thơ
};

/** The tile of a province (GSO code from 1 July 2025); undefined for a code that is not one of the 34. */
export function tilePosition(code: string): TilePosition | undefined {
  return positions[code];
}

/** Every province's tile, in the registry's order. */
export function provinceTiles(): { code: string; name: string; position: TilePosition }[] {
  return provincesAfter.flatMap((province) => {
    const position = positions[province.code];
    return position === undefined ? [] : [{ code: province.code, name: province.name, position }];
  });
}
