import { describe, expect, it } from 'vitest';
import { markTerms, queryTerms, snippetOf, termsIn } from '../../../src/lib/search/highlight.ts';

describe('queryTerms', () => {
  it('lower-cases the words of a query, keeping their marks, and drops quotes and operators', () => {
    expect(queryTerms('“Xây” và -chống')).toEqual([
      { text: 'xây', exact: true }, { text: 'và', exact: true }, { text: 'chống', exact: true },
    ]);
    expect(queryTerms('"XAY" va chong')).toEqual([
      { text: 'xay', exact: false }, { text: 'va', exact: false }, { text: 'chong', exact: false, prefix: true },
    ]);
  });

  it('takes a plain word of a query typed with diacritics as spelled', () => {
    expect(queryTerms('thông tin')).toEqual([{ text: 'thông', exact: true }, { text: 'tin', exact: true, prefix: true }]);
  });

  it('takes the last word whole when it carries a mark or a space follows it, else as a possible start', () => {
    expect(queryTerms('uy tín').at(-1)).toEqual({ text: 'tín', exact: true });
    expect(queryTerms('uy tin', false).at(-1)).toEqual({ text: 'tin', exact: false });
    expect(queryTerms('uy ti').at(-1)).toEqual({ text: 'ti', exact: false, prefix: true });
    expect(queryTerms('"uy tin"').at(-1)).toEqual({ text: 'tin', exact: false });
    expect(queryTerms('thông t').at(-1)).toEqual({ text: 't', exact: true });
  });

  it('places tone marks canonically, so old and new placements are one term', () => {
    expect(queryTerms('hoà thuỷ')).toEqual(queryTerms('hòa thủy'));
  });
});

describe('markTerms', () => {
  it('marks words whatever their diacritics when the query had none', () => {
    expect(markTerms('Kiên quyết “xây” và “chống”.', queryTerms('xay va chong')))
      .toBe('Kiên quyết “<mark>xây</mark>” <mark>và</mark> “<mark>chống</mark>”.');
  });

  it('escapes markup in the text and never marks inside it', () => {
    expect(markTerms('<b onclick="x">chống</b>', queryTerms('chong'))).toBe('&lt;b onclick=&quot;x&quot;&gt;<mark>chống</mark>&lt;/b&gt;');
  });

  it('marks decomposed (NFD) text as its composed form', () => {
    expect(markTerms('cho\u0302\u0301ng', queryTerms('chong'))).toBe('<mark>chống</mark>');
  });

  it('marks only the spelling typed when the query had diacritics', () => {
    expect(markTerms('Niềm tin, truyền thống; thông tin đối ngoại ở nước ngoài', queryTerms('thông tin đối ngoại')))
      .toBe('Niềm <mark>tin</mark>, truyền thống; <mark>thông</mark> <mark>tin</mark> <mark>đối</mark> <mark>ngoại</mark> ở nước ngoài');
  });

  it('marks any spelling of a word typed with diacritics that the text searched does not have', () => {
    // An OCR reading typed as seen: "Két" is nowhere in the repaired text, "Kết" is.
    const text = 'Kết luận số 57 và kết quả';
    expect(termsIn(queryTerms('Két luận'), text)).toEqual([{ text: 'ket', exact: false }, { text: 'luận', exact: true }]);
    expect(markTerms(text, termsIn(queryTerms('Két luận'), text))).toBe('<mark>Kết</mark> <mark>luận</mark> số 57 và <mark>kết</mark> quả');
    expect(snippetOf(text, queryTerms('Két luận'))).toBe('<mark>Kết</mark> <mark>luận</mark> số 57 và <mark>kết</mark> quả');
  });

  it('keeps the spelling typed where the whole plan has it, even in a passage that does not', () => {
    const plan = 'Thông tin đối ngoại. Người có uy tín.';
    const terms = termsIn(queryTerms('thông tin'), plan);
    expect(markTerms('Người có uy tín.', terms)).toBe('Người có uy tín.');
  });

  it('matches a spelling typed with diacritics whatever its case and tone placement', () => {
    expect(markTerms('HÒA BÌNH, hoà bình', queryTerms('hòa'))).toBe('<mark>HÒA</mark> BÌNH, <mark>hoà</mark> bình');
  });

  it('treats an unfinished last query word as a prefix, as Meilisearch does', () => {
    const text = 'thông tin đối ngoại';
    expect(markTerms(text, termsIn(queryTerms('doi ngo'), text))).toBe('thông tin <mark>đối</mark> <mark>ngoại</mark>');
  });

  it('marks "uy tín" and not "tính" for "uy tín": a last word typed with a mark is whole', () => {
    const text = 'Người có uy tín, tính chất, tin tưởng, Tỉnh ủy';
    expect(markTerms(text, termsIn(queryTerms('uy tín'), text))).toBe('Người có <mark>uy</mark> <mark>tín</mark>, tính chất, tin tưởng, Tỉnh ủy');
    expect(snippetOf(text, queryTerms('uy tín'))).toBe('Người có <mark>uy</mark> <mark>tín</mark>, tính chất, tin tưởng, Tỉnh ủy');
  });

  it('marks a last word typed without marks whole where the text has it whole, and as a start only where it does not', () => {
    const both = 'uy tín và tính';
    expect(markTerms(both, termsIn(queryTerms('uy tin'), both))).toBe('<mark>uy</mark> <mark>tín</mark> và tính');
    const longer = 'uy tính';
    expect(markTerms(longer, termsIn(queryTerms('uy tin'), longer))).toBe('<mark>uy</mark> <mark>tính</mark>');
    expect(markTerms(longer, termsIn(queryTerms('uy tin', false), longer))).toBe('<mark>uy</mark> tính');
  });
});

describe('snippetOf', () => {
  const long = `${'Mở đầu văn bản dài. '.repeat(20)}Phải kiên quyết xây và chống trên mạng. ${'Đoạn cuối. '.repeat(30)}`;

  it('cuts a window around the match, with ellipses on both sides', () => {
    const snippet = snippetOf(long, queryTerms('xay va chong'), 120);
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
    expect(snippet).toContain('<mark>xây</mark> <mark>và</mark> <mark>chống</mark>');
  });

  it('starts at the beginning of the text when nothing matches', () => {
    expect(snippetOf('Ngắn gọn.', queryTerms('khong'))).toBe('Ngắn gọn.');
  });

  it('escapes markup from a plan in the snippet', () => {
    expect(snippetOf('<script>alert(1)</script> chống', queryTerms('chong'))).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>chống</mark>');
  });
});

describe('snippetOf on a text with scattered words', () => {
  it('centres on the phrase rather than on the first scattered word', () => {
    const text = `Và ${'một đoạn mở đầu khá dài không liên quan gì cả. '.repeat(6)}Kết hợp hài hòa giữa “xây” và “chống”, lấy xây là chính. ${'Phần sau. '.repeat(20)}`;
    const snippet = snippetOf(text, queryTerms('xay va chong'), 120);
    expect(snippet).toContain('“<mark>xây</mark>” <mark>và</mark> “<mark>chống</mark>”');
    expect(snippet.startsWith('… ')).toBe(true);
  });
});

describe('marking function words', () => {
  it('marks "và" only inside the phrase, not alone', () => {
    expect(markTerms('Xây dựng và phát triển; “xây” và “chống”.', queryTerms('xay va chong')))
      .toBe('<mark>Xây</mark> dựng và phát triển; “<mark>xây</mark>” <mark>và</mark> “<mark>chống</mark>”.');
  });

  it('marks a function word when it is all the query has', () => {
    expect(markTerms('Xây và chống', queryTerms('va'))).toBe('Xây <mark>và</mark> chống');
  });
});

describe('marking abbreviations', () => {
  it('marks the long form of an abbreviation typed in the query', () => {
    expect(queryTerms('UBND huyện')).toEqual([
      { text: 'ubnd', exact: true }, { text: 'huyện', exact: true }, { text: 'uy ban nhan dan', exact: false },
    ]);
    expect(markTerms('Ủy ban nhân dân huyện và UBND tỉnh; ban dân vận', queryTerms('UBND')))
      .toBe('<mark>Ủy</mark> <mark>ban</mark> <mark>nhân</mark> <mark>dân</mark> huyện và <mark>UBND</mark> tỉnh; ban dân vận');
  });

  it('marks the abbreviation of a long form typed in the query', () => {
    expect(markTerms('UBND tỉnh', queryTerms('Ủy ban nhân dân'))).toBe('<mark>UBND</mark> tỉnh');
  });
});

describe('words of unusual texts', () => {
  it('keeps a combining mark that NFC cannot compose inside its word', () => {
    expect(markTerms('q\u0301ua sông', queryTerms('qua'))).toBe('<mark>q\u0301ua</mark> sông');
  });

  it('marks words next to astral characters and never splits a surrogate pair', () => {
    expect(markTerms('𝐀 chống🙂xây', queryTerms('chong xay'))).toBe('𝐀 <mark>chống</mark>🙂<mark>xây</mark>');
  });
});

describe('snippetOf on a long text', () => {
  it('finds the one window holding every term among many windows holding one', () => {
    const text = `${'Chống tham nhũng, lãng phí trong mọi lĩnh vực. '.repeat(400)}Kiên quyết xây và chống trên không gian mạng. ${'Chống buôn lậu. '.repeat(400)}`;
    const snippet = snippetOf(text, queryTerms('xay va chong'));
    expect(snippet).toContain('<mark>xây</mark> <mark>và</mark> <mark>chống</mark>');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.endsWith(' …')).toBe(true);
  });

  it('collapses every run of white space, whatever its characters, to one space', () => {
    expect(snippetOf(' Xây\n\n dựng \t và\u00a0\u2003chống ', queryTerms('chong'))).toBe('Xây dựng và <mark>chống</mark>');
  });
});
