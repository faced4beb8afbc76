/**
 * Facet counts per (query, filters), kept until the corpus changes. The counts of a search do not
 * depend on its page or its order, and a corpus changes only by a reindex, whose version the meta
 * record names: so the counts of a query seen once are served again without asking Meilisearch to
 * count them, until a new version empties the cache. Bounded by entries and by facet values, least
 * recently used first out ([lru-cache](https://www.npmjs.com/package/lru-cache)).
 */
import { LRUCache } from 'lru-cache';
import type { SearchResult } from './search-result.ts';

/** Facet name → value → count, as a result holds them. */
export type FacetCounts = SearchResult['facets'];

export interface FacetCacheOptions {
  /** The most (query, filters) kept. */
  maxEntries: number;
  /** The most facet values kept, all entries together (an entry of a broad query holds a few hundred). */
  maxValues: number;
  /** The version of the serving corpus, or null when it cannot be told (then nothing is cached). */
  version: () => Promise<string | null>;
}

/** A bounded cache of facet counts for the current corpus version. */
export class FacetCache {
  readonly #entries: LRUCache<string, FacetCounts>;
  readonly #version: () => Promise<string | null>;
  #current: string | null = null;

  constructor(options: FacetCacheOptions) {
    this.#entries = new LRUCache<string, FacetCounts>({
      max: options.maxEntries,
      maxSize: options.maxValues,
      sizeCalculation: (counts) => Math.max(1, Object.values(counts).reduce((sum, values) => sum + Object.keys(values).length, 0)),
    });
    this.#version = options.version;
  }

  /** The version of the corpus being served, as the cache knows it. */
  version(): Promise<string | null> {
    return this.#version();
  }

  /** The counts of `key` when they were computed on corpus `version`; a version not seen before empties the cache. */
  get(version: string, key: string): FacetCounts | undefined {
    this.#switchTo(version);
    return this.#entries.get(key);
  }

  /** Keep the counts of `key`, computed on corpus `version`. */
  set(version: string, key: string, counts: FacetCounts): void {
    this.#switchTo(version);
    this.#entries.set(key, counts);
  }

  /** Entries held. */
  get size(): number {
    return this.#entries.size;
  }

  #switchTo(version: string): void {
    if (version === this.#current) return;
    this.#entries.clear();
    this.#current = version;
  }
}

/**
 * `read` at most once per `intervalMs`, one read at a time: callers in between get the last answer.
 * A failed read answers null (nothing is cached while the version is unknown). The meta record is
 * written after the swap, so the counts a reindex makes stale are already served until it is; the
 * interval adds at most that much.
 */
export function throttledVersion(read: () => Promise<string | null>, intervalMs: number, now: () => number = () => performance.now()): () => Promise<string | null> {
  let last: { at: number; version: string | null } | undefined;
  let pending: Promise<string | null> | undefined;
  return () => {
    if (last !== undefined && now() - last.at < intervalMs) return Promise.resolve(last.version);
    pending ??= read().catch(() => null).then((version) => {
      last = { at: now(), version };
      pending = undefined;
      return version;
    });
    return pending;
  };
}
