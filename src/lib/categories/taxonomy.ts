/** The task-category taxonomy (content/categories.yaml): its shape, and its loader with located errors. */
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { z } from 'zod';
import { foldForMatching } from '../sections/match-text.ts';

/**
 * A category is a "part" of a plan (found by its heading, inherited by everything below it: Mục
 * đích, yêu cầu; Nhiệm vụ, giải pháp; Tổ chức thực hiện) or a "topic" (found by weighted phrases in
 * a section's own heading and text: đấu tranh phản bác, quảng bá hình ảnh …).
 */
export interface Category {
  id: string;
  label: string;
  description: string;
  kind: 'part' | 'topic';
  /** Part: folded heading items that open the part ("muc dich", "to chuc thuc hien"). */
  headings: string[];
  /** Part: anchors that always carry it ("mo-dau"). */
  anchors: string[];
  /** Part: a section in it gets no topic (the preamble's grounds are not tasks). */
  exclusive: boolean;
  /** Topic: folded phrase → weight (negative weights count against). */
  phrases: { phrase: string; weight: number }[];
  /** Topic: score needed; defaults to the taxonomy's threshold. */
  threshold: number;
}

/** The whole taxonomy with its scoring constants. */
export interface Taxonomy {
  /** Weight of a phrase found in the section's own heading, relative to its text. */
  headingWeight: number;
  /** How many occurrences of one phrase in a text count. */
  maxRepeats: number;
  /** Category for a section nothing else matched. */
  fallback: string;
  categories: Category[];
}

/** A content/categories.yaml that cannot be used, reported at its file, line and column. */
export class TaxonomyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TaxonomyError';
  }
}

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;
const categorySchema = z.strictObject({
  id: z.string().regex(kebab, 'must be kebab-case ASCII (a-z, 0-9, -)'),
  label: z.string().min(1),
  description: z.string().min(1),
  kind: z.enum(['part', 'topic']),
  headings: z.array(z.string().min(1)).default([]),
  anchors: z.array(z.string().regex(kebab, 'must be an anchor such as "mo-dau"')).default([]),
  exclusive: z.boolean().default(false),
  phrases: z.record(z.string().min(1), z.number()).default({}),
  threshold: z.number().positive().optional(),
});
const taxonomySchema = z.strictObject({
  scoring: z.strictObject({
    headingWeight: z.number().positive(),
    maxRepeats: z.number().int().positive(),
    threshold: z.number().positive(),
  }),
  fallback: z.string().regex(kebab),
  categories: z.array(categorySchema).min(1),
});

/** Parses and validates the taxonomy YAML; `file` names it in errors ("content/categories.yaml:12:5: …"). */
export function parseTaxonomy(source: string, file: string): Taxonomy {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const at = (offset: number): string => {
    const { line, col } = lineCounter.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const [yamlError] = doc.errors;
  if (yamlError) throw new TaxonomyError(`${at(yamlError.pos[0])}: ${yamlError.message.split('\n')[0]}; fix the YAML syntax`);
  const result = taxonomySchema.safeParse(doc.toJS());
  if (!result.success) {
    const [issue] = result.error.issues;
    const path = issue?.path ?? [];
    throw new TaxonomyError(`${at(offsetOf(doc, path))}: ${describePath(path)}: ${issue?.message ?? 'invalid'}`);
  }
  const data = result.data;
  const ids = new Set<string>();
  data.categories.forEach((category, index) => {
    if (ids.has(category.id)) {
      throw new TaxonomyError(`${at(offsetOf(doc, ['categories', index, 'id']))}: category id "${category.id}" is used twice; ids must be unique`);
    }
    ids.add(category.id);
    const rules = category.kind === 'part' ? category.headings.length + category.anchors.length : Object.keys(category.phrases).length;
    if (rules === 0) {
      const needs = category.kind === 'part' ? '"headings" or "anchors"' : '"phrases"';
      throw new TaxonomyError(`${at(offsetOf(doc, ['categories', index]))}: category "${category.id}" has no ${needs}; it could never match`);
    }
  });
  if (!ids.has(data.fallback)) {
    throw new TaxonomyError(`${at(offsetOf(doc, ['fallback']))}: fallback "${data.fallback}" is not a category id`);
  }
  return {
    headingWeight: data.scoring.headingWeight,
    maxRepeats: data.scoring.maxRepeats,
    fallback: data.fallback,
    categories: data.categories.map((category) => ({
      id: category.id,
      label: category.label,
      description: category.description.trim(),
      kind: category.kind,
      headings: category.headings.map((heading) => normalizePhrase(heading)),
      anchors: category.anchors,
      exclusive: category.exclusive,
      phrases: Object.entries(category.phrases).map(([phrase, weight]) => ({ phrase: normalizePhrase(phrase), weight })),
      threshold: category.threshold ?? data.scoring.threshold,
    })),
  };
}

/** Folds a phrase and reduces punctuation to single spaces, as the texts it is matched against are. */
export function normalizePhrase(text: string): string {
  return normalizeFolded(foldForMatching(text));
}

/** normalizePhrase of a text already folded (foldForMatching). */
export function normalizeFolded(folded: string): string {
  // ASCII class: without the u flag it matches the same (a surrogate pair is two non-matches either way), faster.
  return folded.replace(/[^a-z0-9]+/g, ' ').trim();
}

function offsetOf(doc: Document, path: (string | number | symbol)[]): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = doc.getIn(path.slice(0, length) as (string | number)[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function describePath(path: (string | number | symbol)[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out === '' ? String(key) : `${out}.${String(key)}`), '') || 'the file';
}
