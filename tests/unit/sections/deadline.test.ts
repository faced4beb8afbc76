import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../../src/lib/sections/deadline.ts';

const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 1000;

describe('parseDeadline', () => {
  it('parses "Trong quý III/2023" as July to September 2023', () => {
    expect(parseDeadline('Trong quý III/2023')).toEqual({ from: day('2023-07-01'), to: day('2023-09-30'), recurring: false });
  });

  it('parses "quý IV năm 2024" and "Quý 1/2025"', () => {
    expect(parseDeadline('quý IV năm 2024')).toEqual({ from: day('2024-10-01'), to: day('2024-12-31'), recurring: false });
    expect(parseDeadline('Quý 1/2025')).toEqual({ from: day('2025-01-01'), to: day('2025-03-31'), recurring: false });
  });

  it('parses "trước ngày 31/10/2023" as ending on 31 October 2023 with no start', () => {
    expect(parseDeadline('trước ngày 31/10/2023')).toEqual({ from: null, to: day('2023-10-31'), recurring: false });
  });

  it('parses "Trong tháng 10/2023" as the whole of October 2023', () => {
    expect(parseDeadline('Trong tháng 10/2023')).toEqual({ from: day('2023-10-01'), to: day('2023-10-31'), recurring: false });
  });

  it('parses "Hoàn thành trong tháng 11 năm 2023" as November 2023', () => {
    expect(parseDeadline('Hoàn thành trong tháng 11 năm 2023')).toEqual({ from: day('2023-11-01'), to: day('2023-11-30'), recurring: false });
  });

  it('knows February of a leap year', () => {
    expect(parseDeadline('Trong tháng 02/2024').to).toBe(day('2024-02-29'));
  });

  it('parses "Năm 2024 và những năm tiếp theo" as open-ended from 1 January 2024', () => {
    expect(parseDeadline('Năm 2024 và những năm tiếp theo')).toEqual({ from: day('2024-01-01'), to: null, recurring: false });
  });

  it('parses "Trong năm 2024" as the whole year', () => {
    expect(parseDeadline('Trong năm 2024')).toEqual({ from: day('2024-01-01'), to: day('2024-12-31'), recurring: false });
  });

  it('reads "Thường xuyên" as recurring with no range, in any case and spelling', () => {
    expect(parseDeadline('Thường xuyên')).toEqual({ from: null, to: null, recurring: true });
    expect(parseDeadline('THƯỜNG XUYÊN')).toEqual({ from: null, to: null, recurring: true });
    expect(parseDeadline('Thường xuyên, hằng năm')).toEqual({ from: null, to: null, recurring: true });
  });

  it('gives no range for a deadline without a date', () => {
    expect(parseDeadline('Sau khi có hướng dẫn của Tỉnh ủy')).toEqual({ from: null, to: null, recurring: false });
  });
});
