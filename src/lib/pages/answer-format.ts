/**
 * The `format` parameter of /api/search: `json` (the default) for programs, `html` for the search
 * page's own as-you-type search, which swaps in the results as the server renders them.
 */

/** Formats /api/search answers in. */
export type AnswerFormat = 'json' | 'html';

/** The reader's message for a `format` other than json or html. */
export const formatMessage = 'Tham số "format" chỉ nhận json hoặc html.';

/** The format asked for: json when absent, null when the value is not one. */
export function answerFormat(params: URLSearchParams): AnswerFormat | null {
  const values = params.getAll('format');
  if (values.length === 0) return 'json';
  const [value] = values;
  return values.length === 1 && (value === 'json' || value === 'html') ? value : null;
}

/** The search parameters without `format`, which the search itself does not take. */
export function withoutFormat(params: URLSearchParams): URLSearchParams {
  const rest = new URLSearchParams(params);
  rest.delete('format');
  return rest;
}
