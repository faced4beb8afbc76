/**
 * The site's copy of the term table (src/lib/terms/), read once per corpus version. The first
 * search reads it whole; afterwards a search takes the copy at hand and, at most every
 * `recheckMs`, asks in the background (not in the search's path) for the version serving, reading
 * the table again only when a reindex has swapped in another corpus. Without a table (an index
 * built before the table existed, Meilisearch not answering) a search goes on without it.
 */
import { MeilisearchApiError, MeilisearchRequestError, type Meilisearch } from 'meilisearch';
import { readTermsIndex, readTermsVersion } from '../meilisearch/terms-index.ts';
import type { TermTable } from '../terms/term-table.ts';

/** How often the version serving is asked for. */
const recheckMs = 30_000;

interface Entry {
  table: TermTable | null;
  checkedAt: number;
  pending: Promise<void> | null;
}

const entries = new WeakMap<Meilisearch, Map<string, Entry>>();

/** The term table in `termsUid` as last read, or null when there is none. */
export async function cachedTermTable(client: Meilisearch, termsUid: string, now = Date.now()): Promise<TermTable | null> {
  let byUid = entries.get(client);
  if (byUid === undefined) entries.set(client, (byUid = new Map()));
  let entry = byUid.get(termsUid);
  if (entry === undefined) {
    entry = { table: null, checkedAt: now, pending: null };
    byUid.set(termsUid, entry);
    entry.pending = refresh(client, termsUid, entry);
  } else if (entry.pending === null && now - entry.checkedAt >= recheckMs) {
    entry.checkedAt = now;
    entry.pending = refresh(client, termsUid, entry);
    return entry.table ?? (await entry.pending, entry.table);
  }
  if (entry.table === null && entry.pending !== null) await entry.pending;
  return entry.table;
}

/** Reads the version serving and, when it is not the table at hand, the table. Never throws. */
async function refresh(client: Meilisearch, termsUid: string, entry: Entry): Promise<void> {
  try {
    const version = await readTermsVersion(client, termsUid);
    if (version === null) entry.table = null;
    else if (version !== entry.table?.version) entry.table = await readTermsIndex(client, termsUid);
  } catch (error) {
    // No table (an index built before it) or no Meilisearch: searches go on without it (a long
    // query then counts its words first), and the next check retries. Anything else is said.
    const inner = error instanceof MeilisearchRequestError && error.cause instanceof MeilisearchApiError ? error.cause : error;
    const code = inner instanceof MeilisearchApiError ? inner.cause?.code : undefined;
    if (code !== 'index_not_found' && !(inner instanceof MeilisearchRequestError)) {
      process.stderr.write(`Could not read the term table ${termsUid}; searching without it: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  } finally {
    entry.checkedAt = Date.now();
    entry.pending = null;
  }
}

/** Marks the copy of `termsUid` as due for a check, so the next search reads the version serving again (in the background). */
export function recheckTermTable(client: Meilisearch, termsUid: string): void {
  const entry = entries.get(client)?.get(termsUid);
  if (entry !== undefined) entry.checkedAt = Number.NEGATIVE_INFINITY;
}
