/**
 * The one mapping of a failed request to what the site answers, for pages and endpoints alike:
 *   - a bad parameter of ours (SearchParamError): 400, naming the parameter;
 *   - a request Meilisearch rejects as invalid (its error type `invalid_request`): 400;
 *   - Meilisearch unreachable, stalled (its breaker is open), timed out, or not ready (no index
 *     yet, the key refused, a system error such as a full disk): 503 with Retry-After;
 *   - anything else: 500.
 * Messages are Vietnamese, for the reader; the engine's own words stay in the server's log.
 */
import { MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { retryAfterSeconds } from '../site/security-headers.ts';
import { MeiliUnavailableError } from './meili-breaker.ts';
import { statusText } from './labels.ts';
import { SearchParamError } from './params.ts';

/** What an answer says about a failure. */
export interface EngineFailure {
  status: 400 | 500 | 503;
  /** For the reader, in Vietnamese. */
  message: string;
  /** The request parameter at fault, for a 400 of ours. */
  param?: string;
  /** Headers the answer carries (Retry-After with a 503). */
  headers: Record<string, string>;
  /** What was thrown, for the log. */
  cause: unknown;
}

const messages = {
  unreachable: 'Máy chủ tìm kiếm hiện không phản hồi. Vui lòng thử lại sau ít phút.',
  notReady: 'Dịch vụ tìm kiếm chưa sẵn sàng (chỉ mục chưa được tạo hoặc khóa truy cập không hợp lệ). Vui lòng thử lại sau.',
  rejected: 'Máy chủ tìm kiếm không chấp nhận yêu cầu này. Hãy sửa từ khóa hoặc bộ lọc rồi tìm lại.',
  internal: 'Đã có lỗi trên máy chủ. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo cho người quản trị.',
} as const;

/** The answer to give for `thrown`. */
export function engineFailure(thrown: unknown): EngineFailure {
  if (thrown instanceof SearchParamError) return { status: 400, message: thrown.message, param: thrown.param, headers: {}, cause: thrown };
  // The client wraps whatever its transport throws, Meilisearch's own error answers and the breaker's refusals included.
  const error = thrown instanceof MeilisearchRequestError && (thrown.cause instanceof MeilisearchApiError || thrown.cause instanceof MeiliUnavailableError) ? thrown.cause : thrown;
  const unavailable = (message: string): EngineFailure => ({ status: 503, message, headers: { 'retry-after': retryAfterSeconds }, cause: thrown });
  if (error instanceof MeiliUnavailableError || error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError) return unavailable(messages.unreachable);
  if (error instanceof MeilisearchApiError) {
    const type = error.cause?.type;
    if (type === 'invalid_request' && error.cause?.code !== 'index_not_found') return { status: 400, message: messages.rejected, headers: {}, cause: thrown };
    // An index that does not exist yet, a refused key, the engine's system trouble: the service is not ready, not the reader's fault.
    if (type === 'invalid_request' || type === 'auth' || type === 'system' || (error.response?.status ?? 0) === 503) return unavailable(messages.notReady);
  }
  return { status: 500, message: messages.internal, headers: {}, cause: thrown };
}

/** For an endpoint: the failure as JSON `{error, param?}` with its status and headers; a 500 is logged with its stack. */
export function engineErrorResponse(thrown: unknown, format: 'json' | 'text' = 'json'): Response {
  const failure = engineFailure(thrown);
  if (failure.status === 500) console.error(thrown);
  const body = format === 'json' ? JSON.stringify({ error: failure.message, ...(failure.param === undefined ? {} : { param: failure.param }) }) : `${failure.message}\n`;
  return new Response(body, {
    status: failure.status,
    statusText: statusText(failure.status),
    headers: { 'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...failure.headers },
  });
}

/**
 * For a page: sets the status, its reason phrase and the headers of the failure on the page's
 * `response`, and returns the failure for the page to show. A 500 is thrown on, so that the site's
 * own error page (500.astro) answers and the error is logged.
 */
export function engineErrorPage(response: { status?: number; statusText?: string; headers: Headers }, thrown: unknown): EngineFailure {
  const failure = engineFailure(thrown);
  if (failure.status === 500) throw thrown;
  response.status = failure.status;
  response.statusText = statusText(failure.status);
  for (const [name, value] of Object.entries(failure.headers)) response.headers.set(name, value);
  return failure;
}
