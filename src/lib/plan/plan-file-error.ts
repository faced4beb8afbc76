/** An error in a plan file, located by file and line: `content/plans/x.md:7: front matter: …`. */
export class PlanFileError extends Error {
  readonly file: string;
  readonly line: number | null;

  constructor(file: string, line: number | null, reason: string, options?: { cause?: unknown }) {
    super(`${file}${line === null ? '' : `:${line}`}: ${reason}`, options);
    this.name = 'PlanFileError';
    this.file = file;
    this.line = line;
  }
}
