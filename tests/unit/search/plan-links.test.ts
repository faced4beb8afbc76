import { describe, expect, it } from 'vitest';
import type { PlanMeta } from '../../../src/lib/plan/plan-meta.ts';
import { linkPlans } from '../../../src/lib/search/plan-links.ts';
import type { PlanEntry } from '../../../src/lib/search/plan-library.ts';

function plan(slug: string, number: string | null, provinceCode: string | null, cites: string[]): PlanEntry {
  const meta = { type: 'Kế hoạch', title: slug, number, provinceCode, cites } as unknown as PlanMeta;
  return { slug, meta };
}

describe('linkPlans', () => {
  const province = plan('quang-ngai-254', '254-KH/TU', '51', []);
  const district = plan('son-ha-162', '162-KH/HU', '51', ['57-KL/TW', '254-KH/TU']);
  const other = plan('ninh-thuan-254', '254-KH/TU', '58', []);

  it('links a cited number to the plan of the same province and leaves the others unlinked', () => {
    const links = linkPlans('son-ha-162', [province, district, other]);
    expect(links.cites).toEqual([
      { number: '57-KL/TW', slug: null, title: null },
      { number: '254-KH/TU', slug: 'quang-ngai-254', title: 'quang-ngai-254' },
    ]);
  });

  it('lists the citing plans the other way', () => {
    expect(linkPlans('quang-ngai-254', [province, district, other]).citedBy.map((entry) => entry.slug)).toEqual(['son-ha-162']);
    expect(linkPlans('ninh-thuan-254', [province, district, other]).citedBy).toEqual([]);
  });

  it('does not guess between two plans of other provinces with the same number', () => {
    const elsewhere = plan('lam-dong-1', '1-KH/HU', '68', ['254-KH/TU']);
    expect(linkPlans('lam-dong-1', [province, other, elsewhere]).cites).toEqual([{ number: '254-KH/TU', slug: null, title: null }]);
  });
});
