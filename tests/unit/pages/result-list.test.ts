import { describe, expect, it } from 'vitest';
import { hitDocumentName, hitHref } from '../../../src/lib/pages/result-list.ts';
import { firstRankOf, keptFields } from '../../../src/lib/pages/search-page.ts';
import { emptySearchRequest } from '../../../src/lib/search/search-request.ts';

describe('the result list', () => {
  it('numbers a page\'s hits from where the page starts', () => {
    expect(firstRankOf(1)).toBe(1);
    expect(firstRankOf(3)).toBe(21);
  });

  it('links a hit with the query, before its anchor', () => {
    expect(hitHref('/ke-hoach/a#ii-1', 'xây dựng')).toBe('/ke-hoach/a?q=x%C3%A2y%20d%E1%BB%B1ng#ii-1');
    expect(hitHref('/ke-hoach/a#ii-1', '')).toBe('/ke-hoach/a#ii-1');
  });

  it('names a hit\'s document by type and number, or by issuer without a number', () => {
    const plan = { slug: 'a', title: 't', level: null, province: null, provinceNow: null, date: null };
    expect(hitDocumentName({ ...plan, type: 'Kế hoạch', number: '254-KH/TU', issuer: 'Tỉnh ủy Quảng Ngãi' })).toBe('Kế hoạch 254-KH/TU');
    expect(hitDocumentName({ ...plan, type: 'Công văn', number: null, issuer: 'Bộ Ngoại giao' })).toBe('Công văn của Bộ Ngoại giao');
    expect(hitDocumentName({ ...plan, type: null, number: null, issuer: null })).toBe('Văn bản');
  });

  it('keeps the filters and sorting in the form\'s hidden fields, not the query or the page', () => {
    const request = { ...emptySearchRequest(), q: 'xay', provinces: ['51'], sort: 'date-desc' as const, page: 3 };
    expect(keptFields(request)).toEqual([['province', '51'], ['sort', 'date-desc']]);
  });
});
