/**
 * The embedded Meilisearch: the pinned binary run on 127.0.0.1 with its database in DATA_DIR,
 * waited for until /health answers, and stopped with the process that started it.
 *
 * It runs with SSL_CERT_FILE at a one-certificate PEM and SSL_CERT_DIR at an empty folder.
 * Meilisearch 1.21 loads every system CA certificate again on each federated multi-search, which
 * the site sends for every query (some 146 files under /usr/lib/ssl/certs per request, about half
 * of its CPU; fixed upstream in Meilisearch 1.40). The embedded server makes no outbound TLS call
 * (analytics are off), so one certificate is all it needs to load. Operators of an external
 * Meilisearch older than 1.40 can start it the same way, or upgrade.
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifiedBinary } from './binary.ts';
import { MeiliServerError } from './errors.ts';

/** How to run the embedded server. */
export interface ServerOptions {
  /** Directory for the database, dumps and snapshots (created if missing). */
  dataDir: string;
  port: number;
  masterKey: string;
  /** "production" (default) needs a master key and hides the search preview; "development" shows it. */
  env?: 'production' | 'development';
  /** Binary to run; the pinned one by default. Its hash is checked first. */
  binaryPath?: string;
  /** How long to wait for /health, in ms (default 30 000). */
  startTimeoutMs?: number;
}

/** A running embedded Meilisearch. */
export interface EmbeddedServer {
  /** "http://127.0.0.1:<port>". */
  url: string;
  pid: number;
  /** Stops the server (SIGTERM, then SIGKILL after 5 s) and resolves when it has exited. */
  stop(): Promise<void>;
  /** Resolves when the process exits, whoever ended it (`stop`, a signal, a crash). */
  exited: Promise<ServerExit>;
}

/** How the server process ended. */
export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The one certificate the embedded server loads (ISRG Root X1, public). */
const singleCertificate = fileURLToPath(new URL('./single-ca.pem', import.meta.url));

/** Writes the certificate file and the empty certificate folder under `dir`; returns the environment pointing at them. */
async function certificateEnvironment(dir: string): Promise<{ SSL_CERT_FILE: string; SSL_CERT_DIR: string }> {
  const certs = join(dir, 'certs');
  await mkdir(certs, { recursive: true, mode: 0o700 });
  const file = join(dir, 'ca.pem');
  await copyFile(singleCertificate, file);
  return { SSL_CERT_FILE: file, SSL_CERT_DIR: certs };
}

/** Starts the pinned Meilisearch and resolves once it answers /health; throws MeiliServerError with its log. */
export async function startServer(options: ServerOptions): Promise<EmbeddedServer> {
  const binary = options.binaryPath === undefined ? await verifiedBinary() : await verifiedBinary(options.binaryPath);
  const dbPath = join(options.dataDir, 'meilisearch');
  await mkdir(dbPath, { recursive: true, mode: 0o700 });
  const url = `http://127.0.0.1:${options.port}`;
  // Another server on the port would answer /health for us while ours dies: refuse up front.
  if (await healthy(url)) {
    throw new MeiliServerError(`A Meilisearch already answers on ${url} (an earlier \`npm start\`?): stop it, or set MEILI_PORT to a free port, or point MEILI_HOST at it.`);
  }
  const args = [
    '--http-addr', `127.0.0.1:${options.port}`,
    '--db-path', join(dbPath, 'data.ms'),
    '--dump-dir', join(dbPath, 'dumps'),
    '--snapshot-dir', join(dbPath, 'snapshots'),
    '--env', options.env ?? 'production',
    '--no-analytics',
  ];
  // The key goes by environment, not argv, so `ps` does not show it; nothing else of ours is inherited.
  const child = spawn(binary, args, {
    cwd: dbPath,
    env: { MEILI_MASTER_KEY: options.masterKey, PATH: '/usr/bin:/bin', ...(await certificateEnvironment(join(dbPath, 'tls'))) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log: string[] = []; // warnings and errors only: the banner says nothing useful
  const keep = (chunk: Buffer) => {
    // eslint-disable-next-line no-control-regex
    const lines = chunk.toString('utf8').replace(/\u001b\[[0-9;]*m/g, '').split('\n');
    log.push(...lines.filter((line) => /error|warn|panic/i.test(line)));
    if (log.length > 40) log.splice(0, log.length - 40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  let exited: ServerExit | null = null;
  const exitInfo = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      process.removeListener('exit', killOnExit);
      resolve(exited);
    });
  });
  const exit = exitInfo.then(() => undefined);
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (exited !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  for (;;) {
    const failure = await Promise.race([spawnError, exit.then(() => null), delay(100).then(() => undefined)]);
    if (failure instanceof Error) {
      process.removeListener('exit', killOnExit);
      throw new MeiliServerError(`${binary}: cannot start Meilisearch: ${failure.message}`, { cause: failure });
    }
    if (exited !== null) {
      process.removeListener('exit', killOnExit);
      throw new MeiliServerError(
        `Meilisearch exited during start-up (${describeExit(exited)}) on port ${options.port} with data in ${dbPath}.${hintFor(log)}\nIts last log lines:\n${log.join('\n')}`,
      );
    }
    if (await healthy(url)) return { url, pid: child.pid ?? 0, stop, exited: exitInfo };
    if (Date.now() > deadline) {
      await stop();
      throw new MeiliServerError(`Meilisearch did not answer ${url}/health within ${options.startTimeoutMs ?? 30_000} ms.\nIts last log lines:\n${log.join('\n')}`);
    }
  }
}

/** True when a Meilisearch at `url` answers /health with status "available". */
export async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

function describeExit(exit: { code: number | null; signal: NodeJS.Signals | null }): string {
  return exit.signal !== null ? `signal ${exit.signal}` : `exit code ${String(exit.code)}`;
}

function hintFor(log: readonly string[]): string {
  const text = log.join('\n');
  if (/address already in use/i.test(text)) return ' The port is taken: set MEILI_PORT to a free port, or stop the other server.';
  if (/lock|resource temporarily unavailable/i.test(text)) return ' Another Meilisearch already uses this database: stop it (an earlier `npm start`?) or set DATA_DIR.';
  if (/version|upgrade/i.test(text)) return ' The database was written by another Meilisearch version: delete DATA_DIR/meilisearch to rebuild it.';
  return '';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
