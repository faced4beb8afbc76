/** A JSON answer of the API, never cached, with the reason phrase on its status line. */
import { statusText } from './labels.ts';

/** `body` as JSON with `status` and its reason phrase ("404 Not Found"). */
export function jsonResponse(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    statusText: statusText(status),
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}
