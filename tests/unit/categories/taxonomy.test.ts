import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/categories/taxonomy.ts';

const minimal = (category: string, fallback = 'to-chuc-thuc-hien'): string =>
  [
    'scoring:',
    '  headingWeight: 3',
    '  maxRepeats: 2',
    '  threshold: 4',
    `fallback: ${fallback}`,
    'categories:',
    '  - id: to-chuc-thuc-hien',
    '    label: Tổ chức thực hiện',
    '    description: Phân công.',
    '    kind: part',
    '    headings: [Tổ chức thực hiện]',
    category,
  ].join('\n');

describe('parseTaxonomy', () => {
  it('loads the committed content/categories.yaml', () => {
    const taxonomy = parseTaxonomy(readFileSync('content/categories.yaml', 'utf8'), 'content/categories.yaml');
    expect(taxonomy.categories.map((c) => c.id)).toContain('dau-tranh-phan-bac');
    expect(taxonomy.categories.find((c) => c.id === 'dau-tranh-phan-bac')?.label).toBe('Đấu tranh phản bác');
  });

  it('folds phrases and headings for matching and applies the default threshold', () => {
    const taxonomy = parseTaxonomy(
      minimal('  - id: phoi-hop\n    label: Phối hợp\n    description: Phối hợp.\n    kind: topic\n    phrases:\n      "Phối hợp": 3\n      khoa học - công nghệ: 1'),
      'content/categories.yaml',
    );
    expect(taxonomy.categories[0]?.headings).toEqual(['to chuc thuc hien']);
    expect(taxonomy.categories[1]).toMatchObject({
      phrases: [
        { phrase: 'phoi hop', weight: 3 },
        { phrase: 'khoa hoc cong nghe', weight: 1 },
      ],
      threshold: 4,
    });
  });

  it('names the file, line and field of an id that is not kebab-case', () => {
    const source = minimal('  - id: Phoi hop\n    label: Phối hợp\n    description: x\n    kind: topic\n    phrases: { phối hợp: 1 }');
    expect(() => parseTaxonomy(source, 'content/categories.yaml')).toThrow(
      'content/categories.yaml:12:9: categories[1].id: must be kebab-case ASCII (a-z, 0-9, -)',
    );
  });

  it('names an unknown field', () => {
    const source = minimal('  - id: phoi-hop\n    label: Phối hợp\n    description: x\n    kind: topic\n    phrase: { phối hợp: 1 }');
    expect(() => parseTaxonomy(source, 'content/categories.yaml')).toThrow(/^content\/categories\.yaml:12:5: categories\[1\]: Unrecognized key: "phrase"/u);
  });

  it('rejects a duplicate id at its line', () => {
    const source = minimal('  - id: to-chuc-thuc-hien\n    label: Lặp\n    description: x\n    kind: part\n    headings: [Lặp]');
    expect(() => parseTaxonomy(source, 'content/categories.yaml')).toThrow(
      'content/categories.yaml:12:9: category id "to-chuc-thuc-hien" is used twice; ids must be unique',
    );
  });

  it('rejects a topic without phrases', () => {
    const source = minimal('  - id: phoi-hop\n    label: Phối hợp\n    description: x\n    kind: topic');
    expect(() => parseTaxonomy(source, 'content/categories.yaml')).toThrow(
      'content/categories.yaml:12:5: category "phoi-hop" has no "phrases"; it could never match',
    );
  });

  it('rejects a fallback that is not a category', () => {
    expect(() => parseTaxonomy(minimal('', 'khac'), 'content/categories.yaml')).toThrow(
      'content/categories.yaml:5:11: fallback "khac" is not a category id',
    );
  });

  it('reports a YAML syntax error at its line', () => {
    expect(() => parseTaxonomy('scoring: [1, 2\nfallback: x\n', 'content/categories.yaml')).toThrow(/^content\/categories\.yaml:\d+:\d+: .+; fix the YAML syntax$/u);
  });
});
