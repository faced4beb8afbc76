// Property: whatever numbering a document throws at the importer (styles in any order, numbers
// repeated, restarted or out of order, numbers alone on their line, bold lines, bullets), the body it
// writes parses into sections with distinct anchors, and every word of the text is in it.
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '../../../src/lib/import/build-blocks.ts';
import { fitStructure } from '../../../src/lib/import/fit-structure.ts';
import { joinParagraphs } from '../../../src/lib/import/join-paragraphs.ts';
import { renderMarkdown } from '../../../src/lib/import/render-markdown.ts';
import { toSourceLines } from '../../../src/lib/import/source-lines.ts';
import { parseSections } from '../../../src/lib/sections/parse-sections.ts';
import { words } from './seed-helpers.ts';

/** A small deterministic generator (mulberry32), so that a failure names its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const romans = ['I', 'II', 'III', 'IV', 'V'];
const letters = ['a', 'b', 'c', 'd', 'đ', 'e'];
const texts = ['Tuyên truyền về biển, đảo', 'Nâng cao chất lượng thông tin đối ngoại.', 'MỤC ĐÍCH, YÊU CẦU', 'Tổ chức thực hiện', 'Đổi mới phương thức: Chủ động, kịp thời.'];

function line(next: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const n = 1 + Math.floor(next() * 4);
  const text = pick(texts);
  switch (Math.floor(next() * 12)) {
    case 0:
      return [`${pick(romans)}. ${text.toUpperCase()}`];
    case 1:
      return [`${pick(romans)}- ${text.toUpperCase()}`];
    case 2:
      return [`${n}.`, text];
    case 3:
      return [`${n}.${1 + Math.floor(next() * 3)}. ${text}`];
    case 4:
      return [`${pick(letters)}) ${text}`];
    case 5:
      return [`Điều ${n}. ${text}`];
    case 6:
      return [`Chương ${pick(romans)}`, text.toUpperCase()];
    case 7:
      return [`${pick(['A', 'B', 'C'])}- ${text.toUpperCase()}`];
    case 8:
      return [`**${text}**`];
    case 9:
      return [`- ${text}`];
    case 10:
      return [`Phần thứ ${pick(['nhất', 'hai', 'ba'])}`, text.toUpperCase()];
    default:
      return [`${n}. ${text}`];
  }
}

describe('random numbering', () => {
  it('always gives a body the indexer accepts, with every word kept (120 documents)', { timeout: 60_000 }, () => {
    for (let seed = 1; seed <= 120; seed += 1) {
      const next = random(seed);
      const source = Array.from({ length: 5 + Math.floor(next() * 25) }, () => line(next)).flat().join('\n');
      const { blocks } = fitStructure(buildBlocks(joinParagraphs(toSourceLines(source), 60)));
      const body = renderMarkdown(blocks);
      let anchors: string[] = [];
      expect(() => {
        anchors = parseSections(body, `seed ${seed}`, 0).map((s) => s.anchor);
      }, `seed ${seed}`).not.toThrow();
      expect(new Set(anchors).size, `seed ${seed}`).toBe(anchors.length);
      expect(words(body).sort(), `seed ${seed}`).toEqual(words(source).sort());
    }
  });
});
