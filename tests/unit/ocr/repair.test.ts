import { describe, expect, it } from 'vitest';
import { buildLanguageModel } from '../../../src/lib/ocr/language-model.ts';
import { repairText } from '../../../src/lib/ocr/repair.ts';
import { rejoinHorns } from '../../../src/lib/ocr/horns.ts';

const model = buildLanguageModel([
  'Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về công tác thông tin đối ngoại.',
  'Công tác thông tin đối ngoại là bộ phận quan trọng của công tác chính trị, tư tưởng của Đảng.',
  'Ban Thường vụ Tỉnh ủy chỉ đạo; thời gian thực hiện: thường xuyên.',
  'I. MỤC ĐÍCH, YÊU CẦU',
  'Quảng Ngãi, ngày 19 tháng 01 năm 2024.',
  'Cán bộ, đảng viên, nhất là thế hệ trẻ.',
  'Nhất là thông tin đối ngoại; nhất là trên không gian mạng.',
]);

describe('repairText', () => {
  it('restores a garbled line to the clean line', () => {
    const { text, changedTokens } = repairText('Thuc hién Két luan s6 57-KL/TW ngay 15/6/2023 ciia B9 Chinh tri', model);
    expect(text).toBe('Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị');
    expect(changedTokens).toBe(10);
  });

  it('reads an apostrophe after U or O inside a word as the horn, and lets the model place the tone', () => {
    expect(repairText("Thời gian THU'C HIỆN: thường xuyên.", model).text).toBe('Thời gian THỰC HIỆN: thường xuyên.');
    expect(rejoinHorns("nu'o'c")).toBe('nươc');
    for (const kept of ["O'Brien", "d'Arc", "'U'", "chu' "]) expect(rejoinHorns(kept)).toBe(kept);
  });

  it('reads 1a as là, d6i as đối and Pang as Đảng', () => {
    expect(repairText('Cong tac thong tin d6i ngoai 1a bd phan quan trong cua Pang.', model).text).toBe(
      'Công tác thông tin đối ngoại là bộ phận quan trọng của Đảng.',
    );
  });

  it('leaves numbers, dates, document numbers and roman numerals as they are', () => {
    const line = '57-KL/TW 2024 15/6/2023 III/2023 254-KH/TU XIII';
    expect(repairText(line, model)).toEqual({ text: line, changedTokens: 0 });
  });

  it('reads a number as a word only between words that make it far likelier', () => {
    expect(repairText('can bd, dang vién, nhat 14 thé hé tré', model).text).toBe('cán bộ, đảng viên, nhất là thế hệ trẻ');
    const date = 'Quảng Ngãi, ngày 19 tháng 01 năm 2024';
    expect(repairText(date, model).text).toBe(date);
  });

  it('leaves codes and noise with digits OCR never makes of letters alone', () => {
    expect(repairText('T26 2é 9n511', model).text).toBe('T26 2é 9n511');
  });

  it('keeps every line, blank lines and Markdown markers', () => {
    const input = '## I. MUC PICH, YEU CAU\n\n- **Thoi gian thuc hién:** thuong xuyén.\n';
    expect(repairText(input, model).text).toBe('## I. MỤC ĐÍCH, YÊU CẦU\n\n- **Thời gian thực hiện:** thường xuyên.\n');
  });

  it('leaves a clean line unchanged', () => {
    const line = 'Ban Thường vụ Tỉnh ủy chỉ đạo.';
    expect(repairText(line, model)).toEqual({ text: line, changedTokens: 0 });
  });
});
