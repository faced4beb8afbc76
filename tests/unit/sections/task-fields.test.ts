import { describe, expect, it } from 'vitest';
import { splitAgencies } from '../../../src/lib/sections/agency-list.ts';
import { splitSections } from '../../../src/lib/sections/split-sections.ts';
import { isTaskFieldLine, readTaskFields, readTaskFieldsOfText } from '../../../src/lib/sections/task-fields.ts';

const fieldsOf = (markdown: string) => readTaskFields(splitSections(`## 1. Nhiệm vụ\n\n${markdown}`)[0]?.nodes ?? []);
const day = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 1000;

describe('readTaskFields', () => {
  it('reads bold labelled fields on their own paragraphs', () => {
    const fields = fieldsOf(
      [
        'Tổ chức quán triệt.',
        '',
        '**Cơ quan chỉ đạo:** Ban Thường vụ Huyện ủy.',
        '',
        '**Cơ quan tham mưu, thực hiện:** Ủy ban nhân dân huyện; Huyện đoàn; Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện.',
        '',
        '**Thời gian thực hiện:** Thường xuyên.',
      ].join('\n'),
    );
    expect(fields).toEqual({
      leadAgencies: ['Ban Thường vụ Huyện ủy'],
      agencies: ['Ủy ban nhân dân huyện', 'Huyện đoàn', 'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện'],
      deadline: 'Thường xuyên',
      deadlineFrom: null,
      deadlineTo: null,
      recurring: true,
    });
  });

  it('tolerates labels without bold, as list items, and with OCR-ish punctuation', () => {
    const fields = fieldsOf(
      ['- Cơ quan chỉ đạo.: Ban Thường vụ Tỉnh ủy.', '- Cơ quan tham mưu, thực hiện : Ban cán sự đảng Ủy ban nhân dân tỉnh.', '- Thời gian thực hiện: Năm 2024 và những năm tiếp theo.'].join('\n'),
    );
    expect(fields.leadAgencies).toEqual(['Ban Thường vụ Tỉnh ủy']);
    expect(fields.agencies).toEqual(['Ban cán sự đảng Ủy ban nhân dân tỉnh']);
    expect(fields).toMatchObject({ deadline: 'Năm 2024 và những năm tiếp theo', deadlineFrom: day('2024-01-01'), deadlineTo: null, recurring: false });
  });

  it('reads "Cơ quan chủ trì" and "Cơ quan phối hợp" as agencies', () => {
    const fields = fieldsOf('Cơ quan chủ trì: Ban Tuyên giáo Huyện ủy.\n\nCơ quan phối hợp: Huyện đoàn, Hội Nông dân huyện.');
    expect(fields.agencies).toEqual(['Ban Tuyên giáo Huyện ủy', 'Huyện đoàn', 'Hội Nông dân huyện']);
  });

  it('reads a labelled deadline with a longer label and a bullet star', () => {
    expect(fieldsOf('- Thời gian ban hành chương trình, kế hoạch thực hiện: Hoàn thành trong tháng 11 năm 2023.')).toMatchObject({
      deadline: 'Hoàn thành trong tháng 11 năm 2023',
      deadlineFrom: day('2023-11-01'),
      deadlineTo: day('2023-11-30'),
    });
    expect(fieldsOf('\\* Thời gian hoàn thành: Trong tháng 10/2023.').deadline).toBe('Trong tháng 10/2023');
  });

  it('finds "Thời gian hoàn thành" inside a paragraph when no field is labelled', () => {
    const fields = fieldsOf('Ủy ban nhân dân thành phố xây dựng kế hoạch. Thời gian hoàn thành trước ngày 31/10/2023.');
    expect(fields).toMatchObject({ deadline: 'trước ngày 31/10/2023', deadlineFrom: null, deadlineTo: day('2023-10-31') });
  });

  it('finds nothing in a section without fields', () => {
    expect(fieldsOf('Đẩy mạnh tuyên truyền, quảng bá hình ảnh.')).toEqual({
      leadAgencies: [],
      agencies: [],
      deadline: null,
      deadlineFrom: null,
      deadlineTo: null,
      recurring: false,
    });
  });
});

describe('splitAgencies', () => {
  it('keeps "Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện" as one agency', () => {
    expect(splitAgencies('Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện.')).toEqual(['Mặt trận Tổ quốc và các tổ chức chính trị - xã hội huyện']);
  });

  it('does not split on a comma followed by a lower-case word', () => {
    expect(splitAgencies('các cơ quan tham mưu, giúp việc Huyện ủy; các chi bộ, đảng bộ trực thuộc Huyện ủy.')).toEqual([
      'Các cơ quan tham mưu, giúp việc Huyện ủy',
      'Các chi bộ, đảng bộ trực thuộc Huyện ủy',
    ]);
  });

  it('strips "chủ trì, phối hợp với các cơ quan liên quan" and splits the leads', () => {
    expect(splitAgencies('Ủy ban nhân dân huyện, Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với các cơ quan liên quan.')).toEqual([
      'Ủy ban nhân dân huyện',
      'Ban Tuyên giáo Huyện ủy',
    ]);
  });

  it('keeps a named partner after "phối hợp với"', () => {
    expect(splitAgencies('Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ban cán sự đảng UBND tỉnh')).toEqual([
      'Ban Tuyên giáo Tỉnh ủy',
      'Ban cán sự đảng UBND tỉnh',
    ]);
  });

  it('drops "và các cơ quan có liên quan" after a name', () => {
    expect(splitAgencies('Hội đồng nhân dân huyện; Ủy ban nhân dân huyện và các cơ quan có liên quan.')).toEqual([
      'Hội đồng nhân dân huyện',
      'Ủy ban nhân dân huyện',
    ]);
  });

  it('lists each name once', () => {
    expect(splitAgencies('Huyện đoàn; Huyện đoàn.')).toEqual(['Huyện đoàn']);
  });
});

describe('isTaskFieldLine', () => {
  it('reads a label after a bullet, composed or decomposed', () => {
    expect(isTaskFieldLine('• Cơ quan chỉ đạo: Ban Thường vụ')).toBe(true);
    expect(isTaskFieldLine('Cơ quan chủ trì: Huyện đoàn'.normalize('NFD'))).toBe(true);
    expect(isTaskFieldLine('Tổ chức quán triệt.')).toBe(false);
  });

  it('does not skip a stray mark between the bullet and the label', () => {
    expect(isTaskFieldLine('-\u0301 Cơ quan chỉ đạo: Ban')).toBe(false);
  });
});

describe('readTaskFieldsOfText', () => {
  it('reads what readTaskFields reads from the nodes of the same text', () => {
    const markdown = '- Cơ quan chỉ đạo: Ban Thường vụ Huyện ủy.\n- Thời gian: Quý III/2023.\n';
    const [range] = splitSections(`## 1. Nhiệm vụ\n\n${markdown}`);
    expect(readTaskFieldsOfText(range?.text ?? '')).toEqual(readTaskFields(range?.nodes ?? []));
    expect(readTaskFieldsOfText(range?.text ?? '').leadAgencies).toEqual(['Ban Thường vụ Huyện ủy']);
  });

  it('reads a decomposed text as the composed one', () => {
    const text = 'Nội dung.\nCơ quan thực hiện: Ủy ban nhân dân huyện.\nThời gian hoàn thành: trước ngày 31/10/2023.';
    expect(readTaskFieldsOfText(text.normalize('NFD'))).toEqual(readTaskFieldsOfText(text));
  });
});
