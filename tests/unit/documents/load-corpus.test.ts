import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textFile, type CorpusFile, type CorpusFiles } from '../../../src/lib/documents/corpus-files.ts';
import { corpusHash, hashParts } from '../../../src/lib/documents/corpus-hash.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';
import { corpusDocuments } from '../../../src/lib/documents/load-corpus.ts';

const planFile = (title: string, body: string): string =>
  [
    '---', 'type: Kế hoạch', `title: ${title}`, 'number: 12-KH/HU', 'issuer: Huyện ủy Sơn Hà', 'level: district',
    'province: Quảng Ngãi', 'provinceCode: "51"', 'provinceNow: Quảng Ngãi', 'provinceNowCode: "51"', 'district: Sơn Hà',
    'date: 2024-03-05', 'cites: []', 'recipients: []', 'signer: null', 'source: test.txt', 'ocr: false', 'provenance: {}',
    `bodyDigest: "${'0'.repeat(64)}"`, '---', '', body,
  ].join('\n');

const alpha = planFile('Kế hoạch thứ nhất', '## I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\n## II. NHIỆM VỤ\n\nĐấu tranh phản bác.\n');
const beta = planFile('Kế hoạch thứ hai', '## I. MỤC TIÊU\n\nQuảng bá hình ảnh.\n');
const categories = { path: 'content/categories.yaml', text: readFileSync('content/categories.yaml', 'utf8') };

/** Files that count how often each is read. */
function countedFiles(texts: Record<string, string>): { files: CorpusFiles; reads: Record<string, number> } {
  const reads: Record<string, number> = {};
  const plans = Object.entries(texts).map(([slug, text]): CorpusFile => {
    const path = `content/plans/${slug}.md`;
    reads[path] = 0;
    return { path, read: () => ((reads[path] = (reads[path] ?? 0) + 1), text) };
  });
  return { files: { plans, originals: new Map(), categories }, reads };
}

describe('corpusDocuments', () => {
  it('reads each plan once to hash the corpus, and again only when the pass over the plans reaches it', () => {
    const { files, reads } = countedFiles({ alpha, beta });
    const source = corpusDocuments(files, 'code');
    expect(reads).toEqual({ 'content/plans/alpha.md': 1, 'content/plans/beta.md': 1 });
    const groups = source.sections()[Symbol.iterator]();
    expect(groups.next().value?.map((section: SectionDocument) => section.id)).toEqual(['alpha__i', 'alpha__ii']);
    expect(reads).toEqual({ 'content/plans/alpha.md': 2, 'content/plans/beta.md': 1 });
    expect(groups.next().value?.map((section: SectionDocument) => section.id)).toEqual(['beta__i']);
    expect(groups.next().done).toBe(true);
    expect(reads).toEqual({ 'content/plans/alpha.md': 2, 'content/plans/beta.md': 2 });
  });

  it('feeds every sink each section document as it is made, plan by plan', () => {
    const seen: string[] = [];
    const source = corpusDocuments(countedFiles({ alpha, beta }).files, 'code', { sinks: [{ add: (document: SectionDocument) => seen.push(document.id) }] });
    const yielded: string[] = [];
    for (const group of source.sections()) {
      expect(seen).toEqual([...yielded, ...group.map((section) => section.id)]);
      yielded.push(...group.map((section) => section.id));
    }
    expect(seen).toEqual(['alpha__i', 'alpha__ii', 'beta__i']);
  });

  it('gives the plan documents of the last pass only, once the sections are read', () => {
    const source = corpusDocuments(countedFiles({ alpha, beta }).files, 'code');
    for (const _ of source.sections());
    for (const _ of source.sections());
    expect([...source.plans()].map((plan) => [plan.id, plan.sectionCount])).toEqual([['alpha', 2], ['beta', 1]]);
  });
});

describe('corpusHash', () => {
  it('hashes the code, the categories and every file with its path, as hashParts of them all', () => {
    const files: CorpusFiles = { plans: [textFile('content/plans/alpha.md', alpha)], originals: new Map([['alpha', textFile('content/originals/alpha.md', 'OCR')]]), categories };
    expect(corpusHash(files, 'code')).toBe(hashParts(['code', categories.text, 'content/plans/alpha.md', alpha, 'content/originals/alpha.md', 'OCR']));
  });

  it('changes when one plan file changes', () => {
    const before = corpusHash(countedFiles({ alpha, beta }).files, 'code');
    expect(corpusHash(countedFiles({ alpha, beta: beta.replace('Quảng bá', 'Giới thiệu') }).files, 'code')).not.toBe(before);
  });
});
