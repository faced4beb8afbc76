/** The OpenSearch description, so a browser can add the site as a search engine. Its URLs come from SITE_ORIGIN, never from the request's Host header. */
import type { APIRoute } from 'astro';
import { config } from '../lib/config.ts';
import { escapeHtml } from '../lib/search/escape-html.ts';

export const GET: APIRoute = () => {
  const origin = escapeHtml(config.SITE_ORIGIN);
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/" xmlns:moz="http://www.mozilla.org/2006/browser/search/">
  <ShortName>Kế hoạch 57</ShortName>
  <Description>Tìm kiếm toàn văn các kế hoạch triển khai Kết luận 57-KL/TW</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image height="32" width="32" type="image/png">${origin}/favicon-32.png</Image>
  <Language>vi</Language>
  <Url type="text/html" method="get" template="${origin}/?q={searchTerms}"/>
  <Url type="application/json" method="get" template="${origin}/api/search?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${origin}/opensearch.xml"/>
  <moz:SearchForm>${origin}/</moz:SearchForm>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' } });
};
