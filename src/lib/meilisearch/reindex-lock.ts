/**
 * One reindex at a time per index prefix, across processes and machines: the lock is an API key
 * with a fixed uid in Meilisearch itself. Creating a key is answered at once (it is not a queued
 * task, so a long indexing batch does not delay it) and fails with `api_key_already_exists` when the
 * uid is taken, so of two runs exactly one gets the lock, wherever they run. The key's description
 * names the holder (host, pid, start time, a random token); the holder touches it every few seconds,
 * which moves the key's `updatedAt`. A lock is stale, and is taken over, when its holder ran on this
 * host and that pid is gone (a killed run), or when it has not been touched for `staleAfterMs`
 * (a run killed on another machine sharing the Meilisearch).
 */
import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Key, Meilisearch } from 'meilisearch';
import { MeilisearchApiError } from 'meilisearch';
import { requestError } from './client.ts';
import { ReindexError } from './errors.ts';

/** Who holds the lock; kept as JSON in the lock key's description. */
export interface LockHolder {
  /** Random per run: tells this run's lock from a later one of the same pid. */
  token: string;
  host: string;
  pid: number;
  /** ISO time the run took the lock. */
  startedAt: string;
}

/** The lock of a running reindex. */
export interface ReindexLock {
  holder: LockHolder;
  /** Throws ReindexError when the lock is no longer this run's (taken over as stale). */
  assertHeld(): Promise<void>;
  /** Stops the heartbeat and deletes the lock if it is still this run's. */
  release(): Promise<void>;
}

/** How to take the lock. */
export interface LockOptions {
  /** Wait for a running reindex to finish instead of failing at once (default false). */
  wait?: boolean;
  /** A lock untouched for this long is stale (default 60 s; the holder touches it every `beatMs`). */
  staleAfterMs?: number;
  /** Heartbeat period (default 5 s). */
  beatMs?: number;
  /** How often a waiting run looks again (default 1 s). */
  pollMs?: number;
  /** Called when a stale lock is taken over (default: a line on stderr). */
  onTakeover?: (message: string) => void;
}

/** Another reindex of the same prefix holds the lock. */
export class ReindexLockedError extends ReindexError {
  readonly holder: LockHolder;
  constructor(holder: LockHolder, prefix: string) {
    super(
      `Another reindex started at ${holder.startedAt} is running (pid ${holder.pid} on ${holder.host}, index prefix "${prefix}"): ` +
        'wait for it to finish, or rerun with --wait to start when it is done.',
    );
    this.name = 'ReindexLockedError';
    this.holder = holder;
  }
}

/** Uid of the lock key of a prefix: a UUID (as Meilisearch requires) derived from the prefix. */
export function lockKeyUid(prefix: string): string {
  const hex = createHash('sha256').update(`ke-hoach-57 reindex lock:${prefix}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The holder named by a lock key's description, or null when it is not one of ours. */
export function parseHolder(description: string | null | undefined): LockHolder | null {
  try {
    const value: unknown = JSON.parse(description ?? '');
    if (typeof value !== 'object' || value === null) return null;
    const { token, host, pid, startedAt } = value as Record<string, unknown>;
    if (typeof token !== 'string' || typeof host !== 'string' || typeof pid !== 'number' || typeof startedAt !== 'string') return null;
    return { token, host, pid, startedAt };
  } catch {
    return null;
  }
}

/** Why a lock is stale, or null while its holder may still run. */
export function staleReason(holder: LockHolder | null, updatedAt: Date, now: Date, staleAfterMs: number, isAlive: (pid: number) => boolean, host = hostname()): string | null {
  if (holder === null) return 'its description is unreadable';
  if (holder.host === host && !isAlive(holder.pid)) return `pid ${holder.pid} on ${holder.host} is gone`;
  const idle = now.getTime() - updatedAt.getTime();
  if (idle > staleAfterMs) return `it was last touched ${Math.round(idle / 1000)} s ago`;
  return null;
}

/** True when a process with this pid exists on this machine. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the reindex lock of `prefix`; throws ReindexLockedError when another run holds it (unless `wait`). */
export async function acquireReindexLock(client: Meilisearch, prefix: string, options: LockOptions = {}): Promise<ReindexLock> {
  const uid = lockKeyUid(prefix);
  const staleAfterMs = options.staleAfterMs ?? 60_000;
  const onTakeover = options.onTakeover ?? ((message: string) => process.stderr.write(`${message}\n`));
  const holder: LockHolder = { token: randomUUID(), host: hostname(), pid: process.pid, startedAt: new Date().toISOString() };
  for (;;) {
    if (await tryCreate(client, uid, prefix, holder)) break;
    const key = await lockKey(client, uid);
    if (key === null) continue; // released between our two requests
    const current = parseHolder(key.description);
    const stale = staleReason(current, new Date(key.updatedAt), new Date(), staleAfterMs, processAlive);
    if (stale !== null) {
      // Delete only the lock we judged: a waiter that took it over meanwhile has another token.
      const again = await lockKey(client, uid);
      if (again !== null && again.description === key.description) {
        onTakeover(`Taking over the reindex lock of prefix "${prefix}" started at ${current?.startedAt ?? '?'}: ${stale}.`);
        await deleteKey(client, uid);
      }
      continue;
    }
    if (options.wait !== true && current !== null) throw new ReindexLockedError(current, prefix);
    await delay(options.pollMs ?? 1000);
  }

  let lost = false;
  const beat = setInterval(() => {
    touch(client, uid, holder).then(
      (held) => {
        lost ||= !held;
      },
      () => {}, // a missed beat is not fatal: the lock goes stale only after many
    );
  }, options.beatMs ?? 5000);
  beat.unref();
  return {
    holder,
    async assertHeld() {
      const key = await lockKey(client, uid);
      if (lost || key === null || parseHolder(key.description)?.token !== holder.token) {
        lost = true;
        throw new ReindexError(`This run lost the reindex lock of prefix "${prefix}" (another run judged it stale and took it over): not swapping.`);
      }
    },
    async release() {
      clearInterval(beat);
      const key = await lockKey(client, uid).catch(() => null);
      if (key !== null && parseHolder(key.description)?.token === holder.token) await deleteKey(client, uid);
    },
  };
}

async function tryCreate(client: Meilisearch, uid: string, prefix: string, holder: LockHolder): Promise<boolean> {
  try {
    await client.createKey({
      uid,
      name: `${prefix}ke-hoach-57-reindex-lock`,
      description: JSON.stringify(holder),
      // The key is a lock, not a credential: it may only read the version.
      actions: ['version'],
      indexes: [],
      expiresAt: null,
    });
    return true;
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'api_key_already_exists') return false;
    throw requestError('taking the reindex lock', error);
  }
}

async function lockKey(client: Meilisearch, uid: string): Promise<Key | null> {
  try {
    return await client.getKey(uid);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found') return null;
    throw requestError('reading the reindex lock', error);
  }
}

/** Moves the lock's updatedAt; false when the lock is no longer this run's. */
async function touch(client: Meilisearch, uid: string, holder: LockHolder): Promise<boolean> {
  const key = await lockKey(client, uid);
  if (key === null || parseHolder(key.description)?.token !== holder.token) return false;
  await client.updateKey(uid, { description: JSON.stringify(holder) });
  return true;
}

async function deleteKey(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.deleteKey(uid);
  } catch (error) {
    if (error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found') return;
    throw requestError('deleting the reindex lock', error);
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
