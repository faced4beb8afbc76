/**
 * Progress of a reindex on the terminal: a bar redrawn in place when the stream is a TTY, one
 * plain line per step otherwise (CI logs, pipes).
 */

/** What the reindex reports as it goes. */
export interface Progress {
  /** Starts a step; `total` units of work (0 or absent: a step without a bar). */
  step(label: string, total?: number): void;
  /** Advances the current step by `n` units. */
  advance(n?: number): void;
  /** Ends the output with a final line. */
  finish(line: string): void;
}

/** A progress that prints nothing (tests, library use). */
export const silentProgress: Progress = { step() {}, advance() {}, finish() {} };

/** The stream a progress writes to: process.stdout or anything alike. */
export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** Renders one bar line: "Adding documents [#######·····] 57/100". */
export function renderBar(label: string, done: number, total: number, width = 24): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * width);
  return `${label} [${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${done}/${total}`;
}

/** A progress writing to `stream`: a live bar on a TTY, a line per step elsewhere. */
export function terminalProgress(stream: ProgressStream): Progress {
  const tty = stream.isTTY === true;
  let label = '';
  let total = 0;
  let done = 0;
  let open = false;
  const draw = () => {
    const line = total > 0 ? renderBar(label, done, total) : `${label} …`;
    stream.write(`\r\u001b[2K${line.slice(0, (stream.columns ?? 80) - 1)}`);
    open = true;
  };
  const close = () => {
    if (tty && open) stream.write('\n');
    open = false;
  };
  return {
    step(nextLabel, nextTotal = 0) {
      close();
      label = nextLabel;
      total = nextTotal;
      done = 0;
      if (tty) draw();
      else stream.write(`${label}${total > 0 ? ` (${total})` : ''}\n`);
    },
    advance(n = 1) {
      done += n;
      if (tty) draw();
    },
    finish(line) {
      close();
      stream.write(`${line}\n`);
    },
  };
}
