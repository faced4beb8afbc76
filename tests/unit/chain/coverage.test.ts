import { beforeAll, describe, expect, it } from 'vitest';
import { directiveCoverage, directiveSlug, findDirectiveNumber, implementingPlans, type DirectiveCoverage } from '../../../src/lib/chain/coverage.ts';
import { provinceTiles, tileColumns } from '../../../src/lib/chain/province-tiles.ts';
import { loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import { linkCitations, type PlanDocument } from '../../../src/lib/documents/plan-document.ts';

/** A plan document with only what coverage reads set. */
function plan(slug: string, fields: Partial<PlanDocument>): PlanDocument {
  return {
    id: slug, slug, type: 'Kế hoạch', title: slug, number: null, issuer: null, level: null, province: null, provinceCode: null,
    provinceNow: null, provinceNowCode: null, district: null, date: null, timestamp: null, year: null, cites: [], citesPlans: [],
    citedBy: [], recipients: [], signer: null, source: `${slug}.txt`, ocr: false, sectionCount: 1, categories: [], aliases: [],
    ...fields,
  };
}

describe('implementingPlans', () => {
  it('credits a plan that cites only a plan that cites the directive to that plan', () => {
    const plans = linkCitations([
      plan('tinh', { number: '10-KH/TU', cites: ['57-KL/TW'], provinceCode: '51', provinceNowCode: '51', level: 'province' }),
      plan('huyen', { number: '20-KH/HU', cites: ['10-KH/TU'], provinceCode: '51', provinceNowCode: '51', level: 'district' }),
      plan('xa', { number: '30-KH/ĐU', cites: ['20-KH/HU'], provinceCode: '51', provinceNowCode: '51', level: 'commune' }),
      plan('khac', { number: '40-KH/TU', cites: ['99-NQ/TW'], provinceCode: '51', provinceNowCode: '51', level: 'province' }),
    ]);
    const found = implementingPlans('57-KL/TW', plans).map((entry) => [entry.plan.slug, entry.via?.slug ?? null]);
    expect(found).toEqual([['tinh', null], ['huyen', 'tinh'], ['xa', 'huyen']]);
  });

  it('stops on a citation cycle', () => {
    const plans = linkCitations([
      plan('a', { number: '1-KH/TU', cites: ['57-KL/TW', '2-KH/TU'] }),
      plan('b', { number: '2-KH/TU', cites: ['1-KH/TU'] }),
    ]);
    expect(implementingPlans('57-KL/TW', plans).map((entry) => entry.plan.slug)).toEqual(['a', 'b']);
  });
});

describe('directive slugs', () => {
  it('turns a number into a slug and finds the number a slug designates among the cited ones', () => {
    expect(directiveSlug('57-KL/TW')).toBe('57-kl-tw');
    expect(directiveSlug('123/QĐ-UBND')).toBe('123-qd-ubnd');
    const plans = [plan('a', { cites: ['57-KL/TW'] }), plan('b', { cites: ['57-KL/TW', '57/KL-TW'] })];
    expect(findDirectiveNumber('57-kl-tw', plans)).toBe('57-KL/TW');
    expect(findDirectiveNumber('58-kl-tw', plans)).toBeUndefined();
  });
});

describe('the coverage of 57-KL/TW over the committed plans', () => {
  let coverage: DirectiveCoverage;
  const province = (name: string) => coverage.provinces.find((entry) => entry.name === name);

  beforeAll(async () => {
    const { plans } = await loadCorpus('content');
    coverage = directiveCoverage('57-KL/TW', plans);
  });

  it('lists all 34 provinces, each with its predecessors (63 in all)', () => {
    expect(coverage.provinces).toHaveLength(34);
    expect(coverage.provinces.reduce((sum, entry) => sum + entry.predecessors.length, 0)).toBe(63);
    expect(province('Khánh Hòa')?.predecessors.map((entry) => entry.name)).toEqual(['Khánh Hòa', 'Ninh Thuận']);
  });

  it('lists Quảng Ngãi with its provincial plan and the Sơn Hà district plan', () => {
    const entry = province('Quảng Ngãi');
    expect(entry?.status).toBe('province');
    expect(entry?.provincePlans.map((item) => item.plan.number)).toEqual(['254-KH/TU']);
    expect(entry?.localPlans.map((item) => [item.plan.number, item.plan.district])).toEqual([['162-KH/HU', 'Sơn Hà']]);
    expect(entry?.firstDate).toBe('2024-01-19');
    expect(entry?.lastDate).toBe('2024-08-20');
    expect(entry?.missing).toEqual([]);
  });

  it('lists Phan Rang-Tháp Chàm under Khánh Hòa, from Ninh Thuận, with the provincial plan 240-KH/TU missing', () => {
    const entry = province('Khánh Hòa');
    expect(entry?.status).toBe('local');
    expect(entry?.localPlans.map((item) => [item.plan.number, item.plan.district, item.plan.province])).toEqual([['256-KH/TU', 'Phan Rang-Tháp Chàm', 'Ninh Thuận']]);
    expect(entry?.predecessors).toEqual([{ code: '56', name: 'Khánh Hòa', plans: 0 }, { code: '58', name: 'Ninh Thuận', plans: 1 }]);
    expect(entry?.missing.map((item) => [item.number, item.citedBy.map((citing) => citing.number)])).toEqual([['240-KH/TU', ['256-KH/TU']]]);
  });

  it('lists Lâm Đồng with its provincial plan, which gives no number or date', () => {
    const entry = province('Lâm Đồng');
    expect(entry?.status).toBe('province');
    expect(entry?.provincePlans.map((item) => [item.plan.issuer, item.plan.number, item.plan.date])).toEqual([['Tỉnh ủy Lâm Đồng', null, null]]);
  });

  it('keeps the plan without a province apart, with the guidance it cites missing', () => {
    expect(coverage.unplaced.map((item) => item.plan.issuer)).toEqual(['Huyện ủy']);
    expect(coverage.unplacedMissing.map((item) => item.number)).toEqual(['76-HD/BTGTU']);
  });

  it('counts the plans, the provinces covered and the documents missing', () => {
    expect(coverage.totals).toEqual({ plans: 5, provinces: 3, provincesWithProvincePlan: 2, localPlans: 3, missing: 2 });
    expect(province('Hà Nội')?.status).toBe('none');
  });
});

describe('provinceTiles', () => {
  it('places each of the 34 provinces on its own cell of the grid', () => {
    const tiles = provinceTiles();
    expect(tiles).toHaveLength(34);
    const cells = new Set(tiles.map((tile) => `${tile.position.row}:${tile.position.column}`));
    expect(cells.size).toBe(34);
    expect(tiles.every((tile) => tile.position.column >= 1 && tile.position.column <= tileColumns)).toBe(true);
  });
});
