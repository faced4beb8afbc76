/** A page's HTTP status as Astro sends it: the code, its Vietnamese reason phrase, a failure's headers (Retry-After for a 503). */
import { statusText } from '../search/labels.ts';

/** What of Astro's response a page sets. */
export interface PageResponse {
  status?: number;
  statusText?: string;
  headers: Headers;
}

/** Sets a page's status, its reason phrase and the failure's headers (see search/engine-error.ts). */
export function applyStatus(response: PageResponse, status: number, headers: Record<string, string> = {}): void {
  response.status = status;
  setReasonPhrase(response);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
}

/** Gives a status other than 200, set by whatever read the page's data, its Vietnamese reason phrase. */
export function setReasonPhrase(response: PageResponse): void {
  if (response.status !== undefined && response.status !== 200) response.statusText = statusText(response.status);
}
