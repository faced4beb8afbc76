import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateCategories, parseLabelledSet } from '../../../src/lib/categories/category-eval.ts';
import { predictLabels } from '../../../src/lib/categories/predict-labels.ts';
import { parseTaxonomy } from '../../../src/lib/categories/taxonomy.ts';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';

const taxonomy = parseTaxonomy(readFileSync('content/categories.yaml', 'utf8'), 'content/categories.yaml');
const ids = taxonomy.categories.map((category) => category.id);
const labelledFile = 'tests/fixtures/categories/labelled.yaml';
const labelled = parseLabelledSet(readFileSync(labelledFile, 'utf8'), labelledFile, ids);
const baseline = JSON.parse(readFileSync('tests/fixtures/categories/baseline.json', 'utf8')) as { precision: number; recall: number };
const plans = readdirSync('content/plans')
  .filter((name) => name.endsWith('.md'))
  .map((name) => {
    const file = `content/plans/${name}`;
    const { meta, body, bodyStartLine } = readPlanFile(file, readFileSync(file, 'utf8'));
    return { file, source: meta.source, body, bodyLine: bodyStartLine };
  });
const predicted = predictLabels(plans, taxonomy);

describe('the categorisation of the labelled seed sections', () => {
  it('finds every labelled section in content/plans', () => {
    expect([...labelled.keys()].filter((key) => !predicted.has(key))).toEqual([]);
  });

  it('keeps micro-averaged precision and recall at or above the committed baseline', () => {
    const { micro } = evaluateCategories(labelled, predicted, ids);
    expect(micro.precision).toBeGreaterThanOrEqual(baseline.precision);
    expect(micro.recall).toBeGreaterThanOrEqual(baseline.recall);
  });

  it('gives every section of every plan at least one category', () => {
    expect([...predicted.entries()].filter(([, categories]) => categories.length === 0)).toEqual([]);
  });
});

describe('evaluateCategories', () => {
  it('counts hits, wrong guesses and misses per category and over all', () => {
    const truth = new Map([
      ['a I', ['phoi-hop']],
      ['a II', ['phoi-hop', 'dau-tranh-phan-bac']],
    ]);
    const guess = new Map([
      ['a I', ['phoi-hop', 'dau-tranh-phan-bac']],
      ['a II', ['phoi-hop']],
    ]);
    const { perCategory, micro } = evaluateCategories(truth, guess, ['phoi-hop', 'dau-tranh-phan-bac']);
    expect(perCategory).toEqual([
      { id: 'phoi-hop', truePositives: 2, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1 },
      { id: 'dau-tranh-phan-bac', truePositives: 0, falsePositives: 1, falseNegatives: 1, precision: 0, recall: 0 },
    ]);
    expect(micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(micro.precision).toBeCloseTo(2 / 3);
  });

  it('rejects a label that is not a category id, naming the file and section', () => {
    expect(() => parseLabelledSet('x.txt:\n  I: [phoi-hopp]\n', labelledFile, ids)).toThrow(
      'tests/fixtures/categories/labelled.yaml: x.txt I: expected a list of category ids from content/categories.yaml, got ["phoi-hopp"]',
    );
  });
});
