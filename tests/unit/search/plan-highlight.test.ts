import { describe, expect, it } from 'vitest';
import { markTerms } from '../../../src/lib/search/highlight.ts';
import { planPageQuery, planTerms, type MarkedSectionText } from '../../../src/lib/search/plan-highlight.ts';
import type { PlanSection } from '../../../src/lib/search/plan-sections.ts';

const sections: MarkedSectionText[] = [
  { heading: '1. Mục đích', text: 'Nâng cao uy tín của Tỉnh ủy; tin tưởng, tình cảm của nhân dân.', textOriginal: null },
  { heading: '2. Yêu cầu', text: 'Giữ vững niềm tin, uy tín và tính chiến đấu.', textOriginal: null },
];

describe('planTerms', () => {
  it('marks only the spelling typed of a word typed with marks, on every section of the plan ("uy tín")', () => {
    const terms = planTerms(planPageQuery('uy tín'), sections);
    expect(sections.map((section) => markTerms(section.text, terms))).toEqual([
      'Nâng cao <mark>uy</mark> <mark>tín</mark> của Tỉnh ủy; tin tưởng, tình cảm của nhân dân.',
      'Giữ vững niềm tin, <mark>uy</mark> <mark>tín</mark> và tính chiến đấu.',
    ]);
  });

  it('marks every spelling of a word typed with marks that the plan nowhere has (an OCR reading)', () => {
    const terms = planTerms(planPageQuery('uy tìn'), sections);
    expect(markTerms(sections[0]!.text, terms)).toBe('Nâng cao <mark>uy</mark> <mark>tín</mark> của Tỉnh ủy; <mark>tin</mark> tưởng, tình cảm của nhân dân.');
  });

  it('marks nothing without a query, or with one longer than a search takes', () => {
    expect(planTerms(planPageQuery(null), sections)).toEqual([]);
    expect(planTerms(planPageQuery('  '), sections)).toEqual([]);
    expect(planTerms(planPageQuery('x'.repeat(1001)), sections)).toEqual([]);
  });

  it('reads fields the plan page retrieves: a PlanSection is marked as it is', () => {
    // Type-checked: the plan page's sections carry the text the marking reads (issue 16's bug).
    const planSection: Pick<PlanSection, keyof MarkedSectionText> = sections[1]!;
    expect(planTerms(planPageQuery('uy tín'), [planSection]).map((term) => term.text)).toEqual(['uy', 'tín']);
  });
});
