import { describe, expect, it } from 'vitest';
import { activeChips, facetGroups } from '../../../src/lib/search/facet-groups.ts';
import { emptySearchRequest } from '../../../src/lib/search/search-request.ts';
import type { SearchResult } from '../../../src/lib/search/search-result.ts';

const result: SearchResult = {
  q: 'xay', total: 3, totalIsEstimate: false, matching: 'all', partialTotal: 0, missingWords: [], page: 1, pages: 1, took: 1, hits: [],
  facets: {
    province: { '51': 2, '58': 1 }, provinceNow: { '51': 2, '56': 1 }, level: { district: 3 }, year: { '2023': 1, '2024': 2 },
    category: { 'dau-tranh': 1 }, agency: {}, type: { 'Kế hoạch': 2, 'Quyết định': 1 }, cites: { '57-KL/TW': 3 },
  },
};
const labels = new Map([['dau-tranh', 'Đấu tranh phản bác']]);

describe('facetGroups', () => {
  it('shows a merged province with its name now, and matches either name', () => {
    const province = facetGroups({ ...emptySearchRequest(), q: 'xay' }, result, labels).find((group) => group.name === 'province');
    expect(province?.entries.map((entry) => [entry.label, entry.otherName, entry.count, entry.href])).toEqual([
      ['Quảng Ngãi', null, 2, '/?q=xay&province=51'],
      ['Ninh Thuận', 'nay thuộc Khánh Hòa', 1, '/?q=xay&province=58'],
    ]);
    expect(province?.entries[1]?.keywords).toContain('khanh hoa');
    expect(province?.entries[1]?.keywords).toContain('ninh thuan');
  });

  it('counts under a province now the plans of the provinces merged into it, as its filter finds them', () => {
    // Ninh Thuận (58) is part of Khánh Hòa (56) since 2025: its one section lies in Khánh Hòa.
    const province = facetGroups({ ...emptySearchRequest(), provinces: ['56'] }, result, labels).find((group) => group.name === 'province');
    expect(province?.entries.map((entry) => [entry.value, entry.count, entry.active])).toEqual([
      ['51', 2, false],
      ['56', 1, true],
      ['58', 1, false],
    ]);
  });

  it('links a selected value to the search without it', () => {
    const groups = facetGroups({ ...emptySearchRequest(), levels: ['district'], page: 3 }, result, labels);
    const level = groups.find((group) => group.name === 'level');
    expect(level?.entries).toMatchObject([{ label: 'Cấp huyện', active: true, href: '/' }]);
  });

  it('labels categories from the taxonomy and lists years newest first', () => {
    const groups = facetGroups(emptySearchRequest(), result, labels);
    expect(groups.find((group) => group.name === 'category')?.entries[0]?.label).toBe('Đấu tranh phản bác');
    expect(groups.find((group) => group.name === 'year')?.entries.map((entry) => entry.value)).toEqual(['2024', '2023']);
  });
});

describe('activeChips', () => {
  it('gives one chip per active filter, each linking to the search without it', () => {
    const chips = activeChips({ ...emptySearchRequest(), q: 'xay', provinces: ['58'], years: [2024], from: '2024-01-19' }, labels);
    expect(chips).toEqual([
      { label: 'Từ khóa: xay', href: '/?province=58&year=2024&from=2024-01-19' },
      { label: 'Tỉnh: Ninh Thuận', href: '/?q=xay&year=2024&from=2024-01-19' },
      { label: 'Năm: 2024', href: '/?q=xay&province=58&from=2024-01-19' },
      { label: 'Từ ngày: 19/01/2024', href: '/?q=xay&province=58&year=2024' },
    ]);
  });
});
