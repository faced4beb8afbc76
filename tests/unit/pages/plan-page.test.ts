import { describe, expect, it } from 'vitest';
import { planDocumentName, planPageParams, planPageTitle, planVersionHref } from '../../../src/lib/pages/plan-page.ts';

describe('planPageParams', () => {
  it('reads the version, the original only for ban=goc', () => {
    expect(planPageParams(new URLSearchParams('q=x%C3%A2y&ban=goc'))).toEqual({ version: 'original' });
    expect(planPageParams(new URLSearchParams('ban=khac'))).toEqual({ version: 'repaired' });
  });
});

describe('planVersionHref', () => {
  it('keeps the query and asks for the original with ban=goc', () => {
    expect(planVersionHref('/ke-hoach/x', 'xây dựng', 'original')).toBe('/ke-hoach/x?q=x%C3%A2y+d%E1%BB%B1ng&ban=goc');
    expect(planVersionHref('/ke-hoach/x', 'xây', 'repaired')).toBe('/ke-hoach/x?q=x%C3%A2y');
    expect(planVersionHref('/ke-hoach/x', '', 'repaired')).toBe('/ke-hoach/x');
  });
});

describe('planPageTitle', () => {
  it('names the document by type and number, then its issuer', () => {
    expect(planPageTitle({ planType: 'Kế hoạch', planNumber: '254-KH/TU', issuer: 'Tỉnh ủy Quảng Ngãi' })).toBe('Kế hoạch số 254-KH/TU – Tỉnh ủy Quảng Ngãi');
    expect(planDocumentName({ planType: null, planNumber: null })).toBe('Văn bản');
    expect(planPageTitle(undefined)).toBe('Không có kế hoạch');
  });
});
