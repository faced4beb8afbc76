/**
 * The one error type for input that cannot be used, wherever it is read (a source the importer
 * reads, a plan file, the sections of a plan body): it names the file, and the line and column
 * where there are some, says why, and what to do. Its message reads as a compiler's does:
 * `content/plans/x.md:12:3: heading "…" skips a level; <hint>`.
 */

/** Where in a file: the line and column count from 1; null where the problem has no place. */
export interface FilePlace {
  file: string;
  line?: number | null;
  column?: number | null;
}

/** What to do about it, and the lower-level failure it wraps. */
export interface FileErrorOptions {
  hint?: string;
  cause?: unknown;
}

/** An input that cannot be used: `file[:line[:column]]: reason[; hint]`. */
export class FileError extends Error {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly reason: string;
  readonly hint: string | null;

  constructor(place: FilePlace, reason: string, options: FileErrorOptions = {}) {
    const line = place.line ?? null;
    const column = line === null ? null : (place.column ?? null);
    const at = `${place.file}${line === null ? '' : `:${line}`}${column === null ? '' : `:${column}`}`;
    super(`${at}: ${reason}${options.hint === undefined ? '' : `; ${options.hint}`}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FileError';
    this.file = place.file;
    this.line = line;
    this.column = column;
    this.reason = reason;
    this.hint = options.hint ?? null;
  }
}
