import { describe, expect, it } from 'vitest';
import { openingHeading } from '../../../src/lib/sections/opening-heading.ts';

describe('openingHeading', () => {
  it('writes a Party number in the forms people type it, before the title', () => {
    expect(openingHeading({ type: 'Kế hoạch', number: '254-KH/TU', title: 'Thực hiện Kết luận số 57-KL/TW' })).toBe(
      'Kế hoạch số 254-KH/TU · KH 254 · Kế hoạch 254 · Thực hiện Kết luận số 57-KL/TW',
    );
  });

  it('adds the kind the number names when the type says otherwise', () => {
    expect(openingHeading({ type: 'Chương trình hành động', number: '28/CTr-UBND', title: 'Thực hiện Nghị quyết 11/NQ-CP' })).toBe(
      'Chương trình hành động số 28/CTr-UBND · CTr 28 · Chương trình hành động 28 · Chương trình 28 · Thực hiện Nghị quyết 11/NQ-CP',
    );
  });

  it('keeps the type and title of a plan without number, and the title alone when the type is unknown', () => {
    expect(openingHeading({ type: 'Kế hoạch', number: null, title: 'Phòng, chống thiên tai' })).toBe('Kế hoạch · Phòng, chống thiên tai');
    expect(openingHeading({ type: null, number: null, title: 'Phòng, chống thiên tai' })).toBe('Phòng, chống thiên tai');
  });
});
