import { describe, expect, it } from 'vitest';
import { parseSearchParams, SearchParamError } from '../../../src/lib/search/params.ts';
import { requestToSearchParams } from '../../../src/lib/search/search-url.ts';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

function errorOf(query: string): SearchParamError {
  try {
    parse(query);
  } catch (error) {
    if (error instanceof SearchParamError) return error;
    throw error;
  }
  throw new Error(`no error for ${query}`);
}

describe('parseSearchParams', () => {
  it('reads every parameter, repeated ones as lists', () => {
    const { query, ...request } = parse('q=+xây+và+chống+&province=51&province=58&level=district&year=2024&year=2023&from=2024-01-01&to=2024-12-31&category=dau-tranh&agency=Ban+Tuyên+giáo&sort=date-desc&page=3');
    expect([query.typed, query.text, query.lastIsPrefix]).toEqual(['xây và chống', 'xây và chống', false]);
    expect(request).toEqual({
      q: 'xây và chống',
      provinces: ['51', '58'],
      levels: ['district'],
      years: [2024, 2023],
      from: '2024-01-01',
      to: '2024-12-31',
      categories: ['dau-tranh'],
      agencies: ['Ban Tuyên giáo'],
      types: [],
      cites: [],
      sort: 'date-desc',
      page: 3,
    });
  });

  it('ignores empty values', () => {
    const request = parse('q=&province=&level=&page=');
    expect(request.q).toBe('');
    expect(request.provinces).toEqual([]);
    expect(request.levels).toEqual([]);
    expect(request.page).toBe(1);
  });

  it('rejects a level that is not one of the plan levels, in Vietnamese', () => {
    const error = errorOf('level=district%22+OR+level%3D%22province');
    expect(error.param).toBe('level');
    expect(error.message).toBe('Cấp "district" OR level="province" không hợp lệ: chọn một trong central, province, district, commune, agency.');
  });

  it('rejects an unknown parameter, naming the valid ones', () => {
    const error = errorOf('q=x&utm_source=mail');
    expect(error.param).toBe('utm_source');
    expect(error.message).toBe('Tham số "utm_source" không được hỗ trợ; các tham số hợp lệ: q, province, level, year, from, to, category, agency, type, cites, sort, page.');
  });

  it('ignores unknown and tracking parameters for a page, and links built from the request leave them out', () => {
    const request = parseSearchParams(new URLSearchParams('q=uy+tín&utm_source=x&fbclid=abc&province=58&gclid=1'), 'ignore');
    expect([request.q, request.provinces]).toEqual(['uy tín', ['58']]);
    expect(requestToSearchParams(request).toString()).toBe('q=uy+t%C3%ADn&province=58');
  });

  it('still refuses a bad value of a known parameter for a page', () => {
    expect(() => parseSearchParams(new URLSearchParams('utm_source=x&page=0'), 'ignore')).toThrow('Trang "0" không hợp lệ: cần số từ 1 đến 1000.');
  });

  it('refuses a query longer than the one limit of 1000 characters', () => {
    const error = errorOf(`q=${'x'.repeat(1001)}`);
    expect([error.param, error.message]).toEqual(['q', 'Từ khóa quá dài (1001 ký tự); hãy rút gọn còn tối đa 1000 ký tự.']);
    expect(parse(`q=${'x'.repeat(1000)}`).query.text).toHaveLength(1000);
  });

  it('takes a province by name in any spelling, old or new, as well as by code', () => {
    expect(parse('province=Ninh+Thuận&province=ninh+thuan&province=58').provinces).toEqual(['58']);
    expect(parse('province=Khánh+Hòa').provinces).toEqual(['56']);
    expect(parse('province=TP.+Hồ+Chí+Minh').provinces).toEqual(['79']);
    expect(parse('province=Huế').provinces).toEqual(['46']);
  });

  it('rejects a province that is neither a known name nor a two-digit code', () => {
    expect(errorOf('province=51%22+OR+1%3D1').message).toBe('Không biết tỉnh "51" OR 1=1": cần tên tỉnh, thành phố (trước hoặc sau 1/7/2025) hoặc mã gồm 2 chữ số, ví dụ 51.');
  });

  it('reads the type and cited-document filters as lists', () => {
    const request = parse('type=Kế+hoạch&type=Chưa+xác+định&cites=57-KL/TW');
    expect([request.types, request.cites]).toEqual([['Kế hoạch', 'Chưa xác định'], ['57-KL/TW']]);
  });

  it('reads dates as dd/mm/yyyy, as the page writes them, or as ISO', () => {
    expect([parse('from=19/01/2024').from, parse('from=1/2/2024').from, parse('to=2024-12-31').to]).toEqual(['2024-01-19', '2024-02-01', '2024-12-31']);
  });

  it('rejects impossible dates and a range that runs backwards', () => {
    expect(errorOf('from=2024-02-30').message).toBe('Từ ngày "2024-02-30" không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 19/01/2024.');
    expect(errorOf('to=31/02/2024').message).toBe('Đến ngày "31/02/2024" không hợp lệ: cần dạng ngày/tháng/năm, ví dụ 19/01/2024.');
    expect(errorOf('from=2024-05-01&to=2024-01-01').message).toBe('Khoảng ngày không hợp lệ: "từ ngày" 01/05/2024 sau "đến ngày" 01/01/2024.');
  });

  it('rejects a page out of range, an unknown sort and a repeated query', () => {
    expect(errorOf('page=0').param).toBe('page');
    expect(errorOf('page=-1').message).toBe('Trang "-1" không hợp lệ: cần số từ 1 đến 1000.');
    expect(errorOf('sort=random').message).toBe('Cách sắp xếp "random" không hợp lệ: chọn relevance, date-desc hoặc date-asc.');
    expect(errorOf('q=a&q=b').message).toBe('Tham số "q" chỉ được có một giá trị.');
  });

  it('round-trips through requestToSearchParams', () => {
    const query = 'q=xay+va+chong&province=51&level=district&year=2024&category=x&agency=A+%22B%22&sort=date-asc&page=2';
    expect(requestToSearchParams(parse(query)).toString()).toBe(query);
  });
});
