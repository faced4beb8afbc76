/** Precision and recall of the categorisation against a hand-labelled set of sections. */
import { parse as parseYaml } from 'yaml';
import { TaxonomyError } from './taxonomy.ts';

/** Labels by "<source file> <section key>", the key being the number path or "mo-dau". */
export type LabelledSet = Map<string, string[]>;

/** Counts and ratios for one category, or for all (micro-averaged). */
export interface CategoryScore {
  id: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

/** Parses tests/fixtures/categories/labelled.yaml: `source: { path: [ids] }`; ids must be known. */
export function parseLabelledSet(source: string, file: string, knownIds: readonly string[]): LabelledSet {
  const data: unknown = parseYaml(source);
  const set: LabelledSet = new Map();
  if (typeof data !== 'object' || data === null) throw new TaxonomyError(`${file}: expected a map of source files`);
  for (const [plan, sections] of Object.entries(data)) {
    if (typeof sections !== 'object' || sections === null) throw new TaxonomyError(`${file}: ${plan}: expected a map of section paths`);
    for (const [path, ids] of Object.entries(sections)) {
      if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string' || !knownIds.includes(id))) {
        throw new TaxonomyError(`${file}: ${plan} ${path}: expected a list of category ids from content/categories.yaml, got ${JSON.stringify(ids)}`);
      }
      set.set(labelKey(plan, path), ids as string[]);
    }
  }
  return set;
}

/** The key of a section in a labelled set. */
export function labelKey(source: string, sectionKey: string): string {
  return `${source} ${sectionKey}`;
}

/** Per-category and micro-averaged scores over the labelled sections; a labelled section not predicted counts as all misses. */
export function evaluateCategories(labelled: LabelledSet, predicted: ReadonlyMap<string, string[]>, ids: readonly string[]): { perCategory: CategoryScore[]; micro: CategoryScore } {
  const perCategory = ids.map((id) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const [key, truth] of labelled) {
      const guess = predicted.get(key) ?? [];
      const isTrue = truth.includes(id);
      const isGuessed = guess.includes(id);
      if (isTrue && isGuessed) tp += 1;
      else if (isGuessed) fp += 1;
      else if (isTrue) fn += 1;
    }
    return score(id, tp, fp, fn);
  });
  const sum = (pick: (s: CategoryScore) => number): number => perCategory.reduce((total, s) => total + pick(s), 0);
  const micro = score('micro', sum((s) => s.truePositives), sum((s) => s.falsePositives), sum((s) => s.falseNegatives));
  return { perCategory, micro };
}

/** A Markdown table of the scores, one row per category and a last row for the micro average. */
export function formatEvaluation(result: { perCategory: CategoryScore[]; micro: CategoryScore }, labels: ReadonlyMap<string, string>): string {
  const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, s: CategoryScore): string =>
    `| ${name} | ${s.truePositives + s.falseNegatives} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} | ${percent(s.precision)} | ${percent(s.recall)} |`;
  return [
    '| category | labelled | correct | wrong | missed | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.perCategory.map((s) => row(`${labels.get(s.id) ?? s.id} (\`${s.id}\`)`, s)),
    row('**all (micro-average)**', result.micro),
  ].join('\n');
}

function score(id: string, tp: number, fp: number, fn: number): CategoryScore {
  return {
    id,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}
