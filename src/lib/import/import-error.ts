/** An input the importer cannot turn into a plan, located by file (and line where there is one). */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, reason: string, options?: { cause?: unknown }) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`, options);
    this.name = 'ImportError';
    this.file = file;
    this.line = line;
  }
}
