/** Reads a deadline as written ("Trong quý III/2023", "Thường xuyên") into a date range in Unix seconds. */
import { foldForMatching } from './match-text.ts';

/** A deadline's parsed meaning; both ends are UTC midnights of the first and last day, inclusive. */
export interface DeadlineRange {
  from: number | null;
  to: number | null;
  /** True for standing tasks ("Thường xuyên", "hằng năm"). */
  recurring: boolean;
}

const romanQuarters: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const year = String.raw`(\d{4})`;
const monthYear = String.raw`(\d{1,2})\s*(?:/|-|\s+nam\s+)\s*(\d{4})`;
const dayMonthYear = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;

/** The range a deadline gives, or nulls when it gives none; unparseable text is not an error (it stays as written). */
export function parseDeadline(written: string): DeadlineRange {
  const text = foldForMatching(written).replace(/\s+/gu, ' ');
  const recurring = /\b(thuong xuyen|hang nam|hang quy|hang thang|dinh ky)\b/u.test(text);
  const none = { from: null, to: null, recurring };

  const quarter = new RegExp(String.raw`\bquy\s+(iv|i{1,3}|[1-4])\s*(?:/|-|\s+nam\s+)\s*${year}`, 'u').exec(text);
  if (quarter?.[1] && quarter[2]) {
    const q = romanQuarters[quarter[1]] ?? 1;
    const y = Number(quarter[2]);
    return { from: utc(y, q * 3 - 2, 1), to: lastDay(y, q * 3), recurring };
  }
  const beforeDay = new RegExp(String.raw`\b(?:truoc|cham nhat|den) ngay\s+${dayMonthYear}`, 'u').exec(text);
  if (beforeDay) return { from: null, to: dayOf(beforeDay.slice(1)), recurring };
  const onDay = new RegExp(String.raw`\bngay\s+${dayMonthYear}`, 'u').exec(text);
  if (onDay) {
    const day = dayOf(onDay.slice(1));
    return { from: day, to: day, recurring };
  }
  const beforeMonth = new RegExp(String.raw`\b(?:truoc|den)(?: het)? thang\s+${monthYear}`, 'u').exec(text);
  if (beforeMonth?.[1] && beforeMonth[2]) {
    return { from: null, to: lastDay(Number(beforeMonth[2]), Number(beforeMonth[1])), recurring };
  }
  const month = new RegExp(String.raw`\bthang\s+${monthYear}`, 'u').exec(text);
  if (month?.[1] && month[2]) {
    const [y, m] = [Number(month[2]), Number(month[1])];
    if (m >= 1 && m <= 12) return { from: utc(y, m, 1), to: lastDay(y, m), recurring };
  }
  const onward = new RegExp(String.raw`\bnam ${year}\s*(?:va|,)?\s*(?:nhung|cac) nam tiep theo`, 'u').exec(text);
  if (onward?.[1]) return { from: utc(Number(onward[1]), 1, 1), to: null, recurring };
  const untilYear = new RegExp(String.raw`\b(?:truoc|den)(?: het)? nam\s+${year}`, 'u').exec(text);
  if (untilYear?.[1]) return { from: null, to: lastDay(Number(untilYear[1]), 12), recurring };
  const wholeYear = new RegExp(String.raw`\bnam\s+${year}\b`, 'u').exec(text);
  if (wholeYear?.[1]) {
    const y = Number(wholeYear[1]);
    return { from: utc(y, 1, 1), to: lastDay(y, 12), recurring };
  }
  return none;
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 1000;
}

function lastDay(y: number, m: number): number {
  return Date.UTC(y, m, 0) / 1000;
}

function dayOf([d, m, y]: string[]): number | null {
  const [day, month, yr] = [Number(d), Number(m), Number(y)];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return utc(yr, month, day);
}
