/** Categorises the sections of a set of plans, keyed as a labelled set is ("<source> <path or anchor>"). */
import { parseSections } from '../sections/parse-sections.ts';
import { categorizeSections } from './categorize-sections.ts';
import { labelKey } from './category-eval.ts';
import type { Taxonomy } from './taxonomy.ts';

/** One plan file's body, where it came from, and its raw source file name (front matter `source`). */
export interface PlanBody {
  file: string;
  source: string;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
}

/** Predicted category ids per section key. */
export function predictLabels(plans: readonly PlanBody[], taxonomy: Taxonomy): Map<string, string[]> {
  const predicted = new Map<string, string[]>();
  for (const plan of plans) {
    const sections = parseSections(plan.body, plan.file, plan.bodyLine - 1);
    const categories = categorizeSections(sections, taxonomy);
    sections.forEach((section, i) => predicted.set(labelKey(plan.source, section.path || section.anchor), categories[i] ?? []));
  }
  return predicted;
}
