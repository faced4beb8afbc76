import { describe, expect, it } from 'vitest';
import { readBboxLayout } from '../../../src/lib/import/formats/pdf-layout-text.ts';
import { isSoundTextLayer } from '../../../src/lib/import/formats/read-pdf.ts';
import { foldDiacritics } from '../../../src/lib/vietnamese/index.ts';
import { doubtfulTokens } from '../../../src/lib/ocr/doubtful.ts';
import { readTesseractTsv } from '../../../src/lib/ocr/tesseract-tsv.ts';

const header = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';
const word = (block: number, line: number, n: number, conf: number, text: string): string => `5\t1\t${block}\t1\t${line}\t${n}\t0\t0\t10\t10\t${conf}\t${text}`;

describe('readTesseractTsv', () => {
  it('rebuilds the lines of a page and keeps each word\'s confidence', () => {
    const tsv = [header, '1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t', word(1, 1, 1, 96.5, 'KẾ'), word(1, 1, 2, 95, 'HOẠCH'), word(2, 1, 1, 41.2, 'quyên'), word(2, 1, 2, 90, 'lợi,')].join('\n');
    expect(readTesseractTsv(tsv)).toEqual({
      text: 'KẾ HOẠCH\nquyên lợi,',
      words: [
        { text: 'KẾ', confidence: 96.5 },
        { text: 'HOẠCH', confidence: 95 },
        { text: 'quyên', confidence: 41.2 },
        { text: 'lợi,', confidence: 90 },
      ],
    });
  });
});

describe('doubtfulTokens', () => {
  it('doubts only the words read below the threshold, as the repair splits them', () => {
    const words = [{ text: 'quyên', confidence: 41 }, { text: 'lợi,', confidence: 95 }, { text: 'd6i-ngoai', confidence: 60 }];
    expect([...doubtfulTokens(words, 80)].sort()).toEqual([['d6i', 60], ['ngoai', 60], ['quyên', 41]]);
  });
});

describe('readBboxLayout', () => {
  it('gives each page its lines and drops a lone letter closing a page', () => {
    const xhtml =
      '<html><body><doc><page><flow><block><line><word>Kết</word><word>luận</word><word>57-</word></line><line><word>KL/TW</word></line></block>' +
      '<block><line><word>Ổ</word></line></block></flow></page><page><flow><block><line><word>III.</word><word>TỔ</word></line></block></flow></page></doc></body></html>';
    expect(readBboxLayout(xhtml)).toEqual([['Kết luận 57-', 'KL/TW'], ['III. TỔ']]);
  });
});

describe('isSoundTextLayer', () => {
  const clean = 'Thực hiện Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau.';

  it('takes a text layer with its Vietnamese marks', () => {
    expect(isSoundTextLayer(clean, 1)).toBe(true);
  });

  it('sends to OCR a layer that lost its marks, and one with almost no words', () => {
    expect(isSoundTextLayer(foldDiacritics(clean), 1)).toBe(false);
    expect(isSoundTextLayer('2\n3\n', 2)).toBe(false);
  });
});
