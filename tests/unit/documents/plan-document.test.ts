import { describe, expect, it } from 'vitest';
import { linkCitations, numberKey } from '../../../src/lib/documents/plan-document.ts';
import type { PlanDocument } from '../../../src/lib/documents/plan-document.ts';

const plan = (slug: string, number: string | null, provinceCode: string | null, cites: string[]): PlanDocument => ({
  id: slug,
  slug,
  type: 'Kế hoạch',
  title: slug,
  number,
  issuer: null,
  level: null,
  province: null,
  provinceCode,
  provinceNow: null,
  provinceNowCode: null,
  district: null,
  date: null,
  timestamp: null,
  year: null,
  cites,
  citesPlans: [],
  citedBy: [],
  recipients: [],
  signer: null,
  source: `${slug}.txt`,
  ocr: false,
  sectionCount: 0,
  categories: [],
  aliases: [],
});

describe('linkCitations', () => {
  it('links a district plan to the provincial plan it cites, both ways', () => {
    const linked = linkCitations([plan('son-ha', '162-KH/HU', '51', ['57-KL/TW', '254-KH/TU']), plan('quang-ngai', '254-KH/TU', '51', ['57-KL/TW'])]);
    expect(linked.map((p) => [p.slug, p.citesPlans, p.citedBy])).toEqual([
      ['son-ha', ['quang-ngai'], []],
      ['quang-ngai', [], ['son-ha']],
    ]);
  });

  it('does not link a number of another province', () => {
    const linked = linkCitations([plan('phan-rang', '256-KH/TU', '58', ['240-KH/TU']), plan('ha-noi', '240-KH/TU', '01', [])]);
    expect(linked.map((p) => [p.citesPlans, p.citedBy])).toEqual([
      [[], []],
      [[], []],
    ]);
  });

  it('links a central document from any province, and a plan of unknown province to a unique number', () => {
    const linked = linkCitations([plan('kl-57', '57-KL/TW', null, []), plan('a', '1-KH/HU', '51', ['57-KL/TW']), plan('b', null, null, ['1-KH/HU'])]);
    expect(linked.map((p) => p.citedBy)).toEqual([['a'], ['b'], []]);
  });

  it('links nothing when the number stays ambiguous', () => {
    const linked = linkCitations([plan('x', null, null, ['9-KH/TU']), plan('y', '9-KH/TU', '01', []), plan('z', '9-KH/TU', '02', [])]);
    expect(linked[0]?.citesPlans).toEqual([]);
  });

  it('compares numbers without spaces and case', () => {
    expect(numberKey('256 - kh/TU')).toBe(numberKey('256-KH/TU'));
  });
});
