/** Error classes of the Meilisearch layer; each wraps the low-level failure as `cause`. */

/** The pinned Meilisearch binary is missing or is not the one the project pins. */
export class MeiliBinaryError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeiliBinaryError';
  }
}

/** The embedded Meilisearch could not be started or stopped. */
export class MeiliServerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeiliServerError';
  }
}

/** A request to Meilisearch failed (unreachable, rejected key, failed task). */
export class MeiliRequestError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MeiliRequestError';
  }
}

/**
 * A reindex did not complete. `serving` says what the site serves now: `unchanged` (the failure
 * came before the swap, or the swap was undone) or `swapped` (the new indexes are in; what failed
 * came after, such as deleting the previous ones).
 */
export class ReindexError extends Error {
  readonly serving: 'unchanged' | 'swapped';
  constructor(message: string, options?: { cause?: unknown; serving?: 'unchanged' | 'swapped' }) {
    super(message, options);
    this.name = 'ReindexError';
    this.serving = options?.serving ?? 'unchanged';
  }
}
