/**
 * A child process the supervisor runs (the site, a build): its output kept or passed through, its
 * exit awaited, and a stop that asks first (SIGTERM) and insists after a grace period (SIGKILL).
 * A child never outlives this process: it is killed when this process exits.
 */
import { spawn } from 'node:child_process';

/** How a child ended. */
export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A running child. */
export interface Child {
  pid: number;
  /** Resolves when the child has exited, whoever ended it. */
  exited: Promise<ChildExit>;
  /** True once it has exited. */
  readonly done: boolean;
  /** The last 4,000 characters it wrote (empty when its output goes to this process's). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs` (default 5 s); resolves when it has exited. */
  stop(graceMs?: number): Promise<void>;
}

/** What to run, and where its output goes: `inherit` (a terminal) or `keep` (a test, a bench). */
export interface ChildOptions {
  command: string;
  args: readonly string[];
  cwd: string;
  env: Record<string, string>;
  output: 'inherit' | 'keep';
}

/** Starts a child; rejects when it cannot be spawned at all. */
export async function startChild(options: ChildOptions): Promise<Child> {
  const child = spawn(options.command, [...options.args], {
    cwd: options.cwd,
    env: options.env,
    stdio: options.output === 'inherit' ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
  });
  let kept = '';
  const keep = (chunk: Buffer): void => {
    kept = (kept + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let done = false;
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<ChildExit>((resolve) => {
    child.once('exit', (code, signal) => {
      done = true;
      process.removeListener('exit', killOnExit);
      resolve({ code, signal });
    });
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => {
      process.removeListener('exit', killOnExit);
      reject(new Error(`${options.command}: cannot start: ${error.message}`, { cause: error }));
    });
  });
  return {
    pid: child.pid ?? 0,
    exited,
    get done() {
      return done;
    },
    output: () => kept,
    async stop(graceMs = 5000) {
      if (done) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** "exit code 1" or "signal SIGKILL". */
export function describeExit(exit: ChildExit): string {
  return exit.signal !== null ? `signal ${exit.signal}` : `exit code ${String(exit.code)}`;
}
