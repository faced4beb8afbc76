/**
 * The site's one connection to Meilisearch: a client holding the search-only key, and the
 * mapping of its failures to what a page or the API answers (400 for a bad request, 503 when
 * Meilisearch cannot be reached).
 */
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { config } from '../config.ts';
import { indexUid as prefixedUid, type IndexKind } from '../meilisearch/settings.ts';
import { meiliTransport } from './meili-transport.ts';

let client: Meilisearch | undefined;

/**
 * Ask Meilisearch for uncompressed answers. fetch asks for gzip (br too over https) by default, and
 * Meilisearch then compresses every answer: on the bench corpus that doubled its latency for
 * payloads of 20 to 40 kB that only travel to the site's own server and are decompressed there.
 */
export const searchRequestHeaders = { 'Accept-Encoding': 'identity' };

/** A client as the site's: `apiKey` at `host`, 5 s timeout, uncompressed answers, over node:http. */
export function createSearchClient(host: string, apiKey: string | undefined, timeoutMs = 5000): Meilisearch {
  return new Meilisearch({ host, apiKey, timeout: timeoutMs, requestInit: { headers: searchRequestHeaders }, httpClient: meiliTransport });
}

/** The Meilisearch client of the site (search-only key). */
export function searchClient(): Meilisearch {
  client ??= createSearchClient(config.MEILI_HOST, config.MEILI_SEARCH_KEY);
  return client;
}

/** Uid of the serving index of a kind ("sections", "plans") under the configured prefix. */
export function indexUid(kind: IndexKind): string {
  return prefixedUid(config.MEILI_INDEX_PREFIX, kind);
}

/** A search that could not be answered, with the HTTP status and a Vietnamese message for the reader. */
export class SearchUnavailableError extends Error {
  readonly status: 503;
  constructor(message: string, options: { cause: unknown }) {
    super(message, options);
    this.name = 'SearchUnavailableError';
    this.status = 503;
  }
}

/** Turn a Meilisearch failure into a `SearchUnavailableError` (a 503); other errors are returned as they are. */
export function toSearchError(thrown: unknown): unknown {
  // The client wraps whatever its transport throws, Meilisearch's own error answers included.
  const error = thrown instanceof MeilisearchRequestError && thrown.cause instanceof MeilisearchApiError ? thrown.cause : thrown;
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new SearchUnavailableError('Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.', { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    // An index that does not exist yet or a rejected key: the service is not ready, not the reader's fault.
    return new SearchUnavailableError('Dịch vụ tìm kiếm chưa sẵn sàng (chỉ mục chưa được tạo hoặc khóa truy cập không hợp lệ). Vui lòng thử lại sau.', { cause: error });
  }
  return error;
}

/** For a page: a Meilisearch failure sets a 503 with Retry-After on `response` and returns its message for the reader; anything else is thrown on. */
export function unavailablePage(response: { status?: number; headers: Headers }, thrown: unknown): string {
  const mapped = toSearchError(thrown);
  if (!(mapped instanceof SearchUnavailableError)) throw mapped;
  response.status = 503;
  response.headers.set('Retry-After', '30');
  return mapped.message;
}
