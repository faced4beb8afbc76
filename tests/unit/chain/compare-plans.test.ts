import { beforeAll, describe, expect, it } from 'vitest';
import { alignSections } from '../../../src/lib/chain/align-plans.ts';
import { comparePlans, percent, type PlanComparison } from '../../../src/lib/chain/compare-plans.ts';
import { textSimilarity } from '../../../src/lib/chain/text-similarity.ts';
import { diffText, countSegments } from '../../../src/lib/chain/word-diff.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';

const section = (path: string, heading: string, text: string) => ({ path, heading, text, anchor: path.toLowerCase().replaceAll('.', '-') || 'mo-dau' });

describe('textSimilarity', () => {
  it('counts words shared with or without their marks', () => {
    expect(textSimilarity('chất lượng thông tin', 'chat luong thong tin')).toBe(1);
    expect(textSimilarity('một hai ba bốn', 'một hai năm sáu')).toBe(0.5);
    expect(textSimilarity('một', 'hai')).toBe(0);
  });
});

describe('diffText', () => {
  it('marks the words added and removed, whole Vietnamese words', () => {
    const segments = diffText('nâng cao chất lượng đội ngũ', 'nâng cao chất rộng đội ngũ cán bộ');
    expect(segments.filter((segment) => segment.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'lượng' },
      { kind: 'added', text: 'rộng' },
      { kind: 'added', text: ' cán bộ' },
    ]);
    expect(countSegments(segments)).toEqual({ same: 5, added: 3, removed: 1 });
  });

  it('gives back each side exactly, spaces included, when a comma is added before a shared space', () => {
    const before = 'Kết luận số 57-KL/TW ngày 15/6/2023';
    const after = 'Kết luận số 57-KL/TW, ngày 15/6/2023';
    const segments = diffText(before, after);
    expect(segments.filter((segment) => segment.kind !== 'added').map((segment) => segment.text).join('')).toBe(before);
    expect(segments.filter((segment) => segment.kind !== 'removed').map((segment) => segment.text).join('')).toBe(after);
    expect(segments).toContainEqual({ kind: 'added', text: ',' });
  });

  it('takes a word with its tone mark elsewhere for the same word, and keeps each side as written', () => {
    const segments = diffText('Ủy ban phối hợp hài hòa', 'Uỷ ban phối hợp hài hoà');
    expect(segments).toEqual([{ kind: 'same', text: 'Uỷ ban phối hợp hài hoà', restatedText: 'Ủy ban phối hợp hài hòa' }]);
  });
});

describe('alignSections', () => {
  it('pairs sections by number, then a renumbered section by its text, and leaves the rest to one side', () => {
    const a = [
      section('I', 'I. MỤC ĐÍCH', 'quán triệt kết luận trong toàn huyện'),
      section('II.1', '1. Đổi mới nội dung', 'đổi mới nội dung phương thức thông tin đối ngoại theo hướng đa dạng'),
      section('II.2', '2. Việc riêng của huyện', 'tổ chức hội thi tìm hiểu lịch sử địa phương'),
    ];
    const b = [
      section('I', 'I. MỤC ĐÍCH', 'quán triệt kết luận trong toàn tỉnh'),
      section('II', 'II. NGUỒN LỰC', 'bố trí kinh phí cho các sở ngành'),
      section('III', 'III. Đổi mới nội dung', 'đổi mới nội dung phương thức thông tin đối ngoại theo hướng đa dạng hấp dẫn'),
    ];
    const rows = alignSections(a, b).map((row) => row.kind === 'pair' ? `${row.a.path}=${row.b.path} ${row.by}` : row.kind === 'only-a' ? `${row.a.path} only in a` : `${row.b.path} only in b`);
    expect(rows).toEqual(['I=I number', 'II only in b', 'II.1=III text', 'II.2 only in a']);
  });

  it('does not pair same-numbered sections that share almost no words', () => {
    const rows = alignSections([section('I', 'I. Kinh phí', 'bố trí ngân sách hằng năm')], [section('I', 'I. Mục tiêu', 'nâng cao nhận thức cán bộ đảng viên')]);
    expect(rows.map((row) => row.kind)).toEqual(['only-a', 'only-b']);
  });
});

describe('the Sơn Hà plan 162-KH/HU against the Quảng Ngãi plan 254-KH/TU', () => {
  let comparison: PlanComparison;

  beforeAll(async () => {
    const { sections } = await loadCorpus('content');
    const of = (slug: string) => sections.filter((entry) => entry.planSlug === slug).sort((x, y) => x.order - y.order);
    comparison = comparePlans(of('son-ha-162-kh-hu-2024'), of('quang-ngai-254-kh-tu-2024'));
  });

  it('aligns every numbered section of both plans, the renumbered tasks by their text', () => {
    const pairs = comparison.rows.flatMap((row) => (row.kind === 'pair' ? [`${row.a.path}=${row.b.path}`] : []));
    expect(pairs).toEqual(['=', 'I=I', 'I.1=I.1', 'I.2=I.2', 'II=II', 'III=III', 'III.1=III.1', 'III.2=III.2', 'III.2.1=III.2.1',
      'III.2.2=III.2.2', 'III.2.3=III.3', 'III.2.4=III.4', 'III.2.5=III.5', 'IV=IV']);
    expect(comparison.summary).toMatchObject({ sectionsA: 14, sectionsB: 14, pairs: 14, pairsByNumber: 10, onlyA: 0, onlyB: 0 });
  });

  it('reports the differences: what the district added, what it dropped and the OCR readings of the provincial text', () => {
    const row = comparison.rows.find((entry) => entry.kind === 'pair' && entry.a.path === 'III.2.1');
    if (row?.kind !== 'pair') throw new Error('III.2.1 is not paired');
    // The province gives the task to its steering committee; the district plan keeps only the task.
    expect(row.heading.filter((segment) => segment.kind === 'removed').map((segment) => segment.text)).toEqual([
      'Phát huy hiệu quả vai trò của Ban ', 'Công tác thông tin đối ngoại tỉnh trong chỉ đạo ',
    ]);
    const ocr = comparison.rows.find((entry) => entry.kind === 'pair' && entry.a.path === 'III.2.2');
    if (ocr?.kind !== 'pair') throw new Error('III.2.2 is not paired');
    expect(ocr.heading).toContainEqual({ kind: 'removed', text: 'I}e‘ảnh' });
    expect(ocr.heading).toContainEqual({ kind: 'added', text: 'hành' });
    const { summary } = comparison;
    expect(summary.restated + summary.dropped).toBe(summary.wordsB);
    expect(summary.restated + summary.added).toBe(summary.wordsA);
    expect(percent(summary.restated, summary.wordsB)).toBeGreaterThan(75);
  });
});

describe('percent', () => {
  it('rounds to a whole percentage and gives 0 for an empty total', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(0);
  });
});
