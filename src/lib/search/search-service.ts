/**
 * The site's one connection to Meilisearch: a client holding the search-only key, and the
 * mapping of its failures to what a page or the API answers (400 for a bad request, 503 when
 * Meilisearch cannot be reached).
 */
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { config } from '../config.ts';
import { indexUid as prefixedUid, type IndexKind } from '../meilisearch/settings.ts';

let client: Meilisearch | undefined;

/** The Meilisearch client of the site (search-only key). */
export function searchClient(): Meilisearch {
  client ??= new Meilisearch({ host: config.MEILI_HOST, apiKey: config.MEILI_SEARCH_KEY, timeout: 5000 });
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
export function toSearchError(error: unknown): unknown {
  if (error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) {
    return new SearchUnavailableError('Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.', { cause: error });
  }
  if (error instanceof MeilisearchApiError) {
    // An index that does not exist yet or a rejected key: the service is not ready, not the reader's fault.
    return new SearchUnavailableError('Dịch vụ tìm kiếm chưa sẵn sàng (chỉ mục chưa được tạo hoặc khóa truy cập không hợp lệ). Vui lòng thử lại sau.', { cause: error });
  }
  return error;
}
