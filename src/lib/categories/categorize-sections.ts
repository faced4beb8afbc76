/** Categorises every section of a parsed plan, each with its chain of enclosing sections as context. */
import type { Section } from '../sections/parse-sections.ts';
import { categorize, type CategorizableSection } from './categorize.ts';
import type { Taxonomy } from './taxonomy.ts';

/** Category ids for each section, index for index. */
export function categorizeSections(sections: readonly (Section & Pick<CategorizableSection, 'foldedLines'>)[], taxonomy: Taxonomy): string[][] {
  return sections.map((section) => categorize(section, ancestorsOf(sections, section), taxonomy));
}

/** The enclosing sections of a section, outermost first. */
export function ancestorsOf(sections: readonly Section[], section: Section): Section[] {
  const chain: Section[] = [];
  for (let parent = section.parent; parent !== null; ) {
    const enclosing = sections[parent];
    if (!enclosing) break;
    chain.unshift(enclosing);
    parent = enclosing.parent;
  }
  return chain;
}
