/** Assigns task categories to a section from its heading, its own text and the headings above it. */
import { readHeadingNumber } from '../sections/heading-number.ts';
import { foldLines } from '../sections/match-text.ts';
import { isFoldedTaskFieldLine } from '../sections/task-fields.ts';
import { countPhrases, phraseIndexOf } from './phrase-index.ts';
import { normalizeFolded, normalizePhrase } from './taxonomy.ts';
import type { Category, Taxonomy } from './taxonomy.ts';

/** What categorization needs of a section (a Section has it). */
export interface CategorizableSection {
  anchor: string;
  heading: string;
  text: string;
  /** foldLines(text), when the caller has it already (it reads task fields from the same lines). */
  foldedLines?: readonly string[];
}

/**
 * The category ids of a section, in taxonomy order, never empty: the plan parts its own heading
 * opens (or else the nearest ancestor's, `ancestors` outermost first), and the topics whose phrases
 * score at or above their threshold in its heading and own text (task-field lines left out), unless
 * one of its parts is exclusive.
 */
export function categorize(section: CategorizableSection, ancestors: readonly CategorizableSection[], taxonomy: Taxonomy): string[] {
  const parts = taxonomy.categories.filter((category) => category.kind === 'part');
  let partIds = ownParts(section, parts);
  for (let i = ancestors.length - 1; i >= 0 && partIds.length === 0; i -= 1) {
    const ancestor = ancestors[i];
    if (ancestor) partIds = ownParts(ancestor, parts);
  }
  const exclusive = parts.some((part) => part.exclusive && partIds.includes(part.id));
  const scores = exclusive ? [] : scoreTopics(section, taxonomy);
  const topicIds = scores.filter(({ category, score }) => score >= category.threshold).map(({ category }) => category.id);
  const chosen = new Set([...partIds, ...topicIds]);
  if (chosen.size === 0) {
    const best = scores.reduce<{ id: string; score: number }>((top, { category, score }) => (score > top.score ? { id: category.id, score } : top), {
      id: taxonomy.fallback,
      score: 0,
    });
    chosen.add(best.id);
  }
  return taxonomy.categories.map((category) => category.id).filter((id) => chosen.has(id));
}

/** Each topic's score for a section: phrases in the heading weigh `headingWeight` times those in the text. */
export function scoreTopics(section: CategorizableSection, taxonomy: Taxonomy): { category: Category; score: number }[] {
  const heading = normalizePhrase(titleOf(section.heading));
  // normalizePhrase of the lines that are not task fields, from the text folded once for both.
  const lines = section.text.normalize('NFC').split('\n');
  const foldedLines = section.foldedLines ?? foldLines(section.text);
  const prose = foldedLines.filter((folded, index) => !isFoldedTaskFieldLine(lines[index] ?? '', folded));
  const body = normalizeFolded(prose.join('\n'));
  const index = phraseIndexOf(taxonomy);
  const headingCounts = countPhrases(index, heading);
  const bodyCounts = countPhrases(index, body);
  let id = 0;
  return taxonomy.categories
    .filter((category) => category.kind === 'topic')
    .map((category) => {
      let score = 0;
      for (const { weight } of category.phrases) {
        score += weight * taxonomy.headingWeight * Math.min(headingCounts[id] ?? 0, taxonomy.maxRepeats);
        score += weight * Math.min(bodyCounts[id] ?? 0, taxonomy.maxRepeats);
        id += 1;
      }
      return { category, score };
    });
}

function ownParts(section: CategorizableSection, parts: Category[]): string[] {
  const items = foldItems(titleOf(section.heading));
  return parts
    .filter((part) => part.anchors.includes(section.anchor) || part.headings.some((heading) => items.includes(heading)))
    .map((part) => part.id);
}

// "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP" → ["muc tieu", "nhiem vu", "giai phap"]; "Nhiệm vụ và giải pháp" too.
function foldItems(title: string): string[] {
  return title
    .split(/[,;:]|\s+(?:và|VÀ)\s+/u)
    .map((item) => normalizePhrase(item))
    .filter((item) => item !== '');
}

function titleOf(heading: string): string {
  return readHeadingNumber(heading)?.title ?? heading;
}
