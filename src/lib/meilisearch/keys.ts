/** The search-only API key the site holds: found by name, or created once from the master key. */
import type { Meilisearch } from 'meilisearch';
import { attempt } from './client.ts';
import { metaIndexUid } from './index-state.ts';
import { indexKinds, indexUid } from './settings.ts';
import { termsIndexUid } from './terms-index.ts';

/** Name of the site's key; one per index prefix, so tests with their own prefix get their own key. */
export function searchKeyName(prefix: string): string {
  return `${prefix}ke-hoach-57-site-search`;
}

/** What the site's key may do: search, on the serving indexes, the term table and the meta record (which /api/health reports) only. */
export function searchKeyScope(prefix: string): { actions: string[]; indexes: string[] } {
  return { actions: ['search'], indexes: [...indexKinds.map((kind) => indexUid(prefix, kind)), termsIndexUid(prefix), metaIndexUid(prefix)] };
}

/** Returns the search-only key for `prefix`, creating it with `admin` (a master-key client) if missing. */
export async function searchOnlyKey(admin: Meilisearch, prefix: string): Promise<string> {
  const name = searchKeyName(prefix);
  const scope = searchKeyScope(prefix);
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
  for (let offset = 0; ; offset += 100) {
    const page = await attempt('listing API keys', () => admin.getKeys({ offset, limit: 100 }));
    const found = page.results.find(
      (key) => key.name === name && same(key.actions, scope.actions) && same(key.indexes, scope.indexes) && key.expiresAt === null,
    );
    if (found) return found.key;
    if (offset + page.results.length >= page.total) break;
  }
  const created = await attempt('creating the search-only API key', () =>
    admin.createKey({ name, description: 'Search-only key of the Kế hoạch 57 site (created by npm start)', ...scope, expiresAt: null }),
  );
  return created.key;
}
