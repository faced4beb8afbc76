import { describe, expect, it } from 'vitest';
import { quoteFilterValue, requestToFilter } from '../../../src/lib/search/filters.ts';
import { emptySearchRequest } from '../../../src/lib/search/search-request.ts';

describe('quoteFilterValue', () => {
  it('escapes quotes and backslashes so a value cannot close its string', () => {
    expect(quoteFilterValue('Ban "X" = OR')).toBe('"Ban \\"X\\" = OR"');
    expect(quoteFilterValue('a\\" OR level = "province')).toBe('"a\\\\\\" OR level = \\"province"');
  });
});

describe('requestToFilter', () => {
  it('builds one clause per facet, values of a facet joined by OR', () => {
    const filter = requestToFilter({
      ...emptySearchRequest(),
      provinces: ['51', '58'],
      levels: ['district'],
      years: [2024],
      from: '2024-01-19',
      categories: ['dau-tranh'],
      agencies: ['Ban Thường vụ Huyện ủy'],
    });
    expect(filter).toEqual([
      '(provinceCode = "51" OR provinceNowCode = "51" OR provinceCode = "58" OR provinceNowCode = "58")',
      '(level = "district")',
      'year IN [2024]',
      'timestamp >= 1705622400',
      '(categories = "dau-tranh")',
      '(leadAgencies = "Ban Thường vụ Huyện ủy")',
    ]);
  });

  it('keeps an agency that tries to inject a filter inside its quoted string', () => {
    expect(requestToFilter({ ...emptySearchRequest(), agencies: ['x" OR level = "province'] }))
      .toEqual(['(leadAgencies = "x\\" OR level = \\"province")']);
  });

  it('is empty for an empty request', () => {
    expect(requestToFilter(emptySearchRequest())).toEqual([]);
  });
});
