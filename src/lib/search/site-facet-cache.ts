/**
 * The facet cache of the site's pages and API: `FACET_CACHE_ENTRIES` searches (0: none), checked
 * against the version of the serving corpus.
 */
import { config } from '../config.ts';
import { servingCorpusVersion } from './corpus-version.ts';
import { FacetCache } from './facet-cache.ts';

const cache = config.FACET_CACHE_ENTRIES === 0 ? undefined : new FacetCache({
  maxEntries: config.FACET_CACHE_ENTRIES,
  // A broad query's counts hold a few hundred values; most hold far fewer.
  maxValues: config.FACET_CACHE_ENTRIES * 200,
  version: servingCorpusVersion,
});

/** The site's facet cache, or undefined when FACET_CACHE_ENTRIES is 0. */
export function siteFacetCache(): FacetCache | undefined {
  return cache;
}
