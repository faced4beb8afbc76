/**
 * The one place that creates Meilisearch clients, and waits on their tasks. Failures come out as
 * MeiliRequestError with the client's error as `cause`.
 */
import { Meilisearch, MeilisearchApiError } from 'meilisearch';
import type { EnqueuedTask, EnqueuedTaskPromise, Task } from 'meilisearch';
import { MeiliRequestError } from './errors.ts';

/** A client for the server at `host` holding `apiKey` (master, admin or search-only key). */
export function createClient(host: string, apiKey: string | undefined, timeoutMs = 30_000): Meilisearch {
  return new Meilisearch(apiKey === undefined ? { host, timeout: timeoutMs } : { host, apiKey, timeout: timeoutMs });
}

/** Wraps a client failure into a MeiliRequestError saying what was being done. */
export function requestError(doing: string, error: unknown): MeiliRequestError {
  const reason =
    error instanceof MeilisearchApiError
      ? `${error.cause?.code ?? error.response.status}: ${error.message}${error.response.status === 401 || error.response.status === 403 ? ' (check MEILI_MASTER_KEY / MEILI_SEARCH_KEY)' : ''}`
      : error instanceof Error
        ? error.message
        : String(error);
  return new MeiliRequestError(`Meilisearch: ${doing} failed: ${reason}`, { cause: error });
}

/** Runs `request`, wrapping any failure as a MeiliRequestError about `doing`. */
export async function attempt<T>(doing: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (error) {
    throw requestError(doing, error);
  }
}

/** Enqueues with `enqueue`, waits for the task and throws MeiliRequestError unless it succeeded. */
export async function runTask(client: Meilisearch, doing: string, enqueue: () => EnqueuedTaskPromise | Promise<EnqueuedTask>): Promise<Task> {
  const enqueued = await attempt(doing, () => enqueue());
  return waitForSuccess(client, doing, enqueued);
}

/** Waits for an enqueued task; throws MeiliRequestError naming the task unless it succeeded. */
export async function waitForSuccess(client: Meilisearch, doing: string, enqueued: EnqueuedTask, timeoutMs = 600_000): Promise<Task> {
  const task = await attempt(doing, () => client.tasks.waitForTask(enqueued.taskUid, { timeout: timeoutMs, interval: 50 }));
  if (task.status !== 'succeeded') {
    const reason = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
    throw new MeiliRequestError(`Meilisearch: ${doing} failed (task ${task.uid}, ${task.status}): ${reason}`, { cause: task });
  }
  return task;
}
