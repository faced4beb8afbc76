import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../../src/lib/search/highlight.ts';
import { markdownToHtml } from '../../../src/lib/pages/markdown-to-html.ts';

describe('markdownToHtml', () => {
  it('renders paragraphs, bold task fields and lists', () => {
    expect(markdownToHtml('**Cơ quan chỉ đạo:** Ban Thường vụ.\n\n- Một\n- Hai\n'))
      .toBe('<p><strong>Cơ quan chỉ đạo:</strong> Ban Thường vụ.</p>\n<ul><li><p>Một</p>\n</li><li><p>Hai</p>\n</li></ul>\n');
  });

  it('shows raw HTML from a plan as text, inline', () => {
    expect(markdownToHtml('Một <b onclick="x">ý</b> thôi')).toBe('<p>Một &lt;b onclick=&quot;x&quot;&gt;ý&lt;/b&gt; thôi</p>\n');
  });

  it('drops a leading heading and marks the query words', () => {
    expect(markdownToHtml('## 1. Mục đích\n\nXây và chống.', queryTerms('xay chong'))).toBe('<p><mark>Xây</mark> và <mark>chống</mark>.</p>\n');
  });

  it('keeps the start number of an ordered list', () => {
    expect(markdownToHtml('2. Hai\n3. Ba')).toBe('<ol start="2"><li><p>Hai</p>\n</li><li><p>Ba</p>\n</li></ol>\n');
  });

  it('shows link, image and code Markdown as the text it is, never as a link, an image or code', () => {
    expect(markdownToHtml('[bấm](javascript:alert(1)) ![ảnh](x.png) `mã`')).toBe('<p>[bấm](javascript:alert(1)) ![ảnh](x.png) `mã`</p>\n');
    expect(markdownToHtml('<http://evil.example>')).toBe('<p>&lt;http://evil.example&gt;</p>\n');
  });
});
