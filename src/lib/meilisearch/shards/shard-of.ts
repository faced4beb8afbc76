/**
 * Which shard holds a plan: rendezvous (highest random weight) hashing of the plan's slug over the
 * shard names. All sections of a plan go to one shard, so a plan page reads one machine; the choice
 * depends only on the slug and the set of names (not their order), and adding a shard moves only
 * the plans that now hash highest on it (about 1/N of them).
 */
import { createHash } from 'node:crypto';

/**
 * Names the placement rule. A plan page reads only its plan's shard, so a change to the rule must
 * reindex: the version is part of the hash of what serves (reindex.ts). Change it with the rule.
 */
export const placementVersion = 'rendezvous-sha256-48/1';

/** The weight of a plan on a shard: the first 48 bits of SHA-256 of name and slug. */
function weight(name: string, slug: string): number {
  return createHash('sha256').update(`${name}\u0000${slug}`).digest().readUIntBE(0, 6);
}

/** The name of the shard that holds the plan with this slug; `names` must not be empty. */
export function shardOf(slug: string, names: readonly string[]): string {
  let best: string | undefined;
  let bestWeight = -1;
  for (const name of names) {
    const w = weight(name, slug);
    // Ties (never seen in practice) go to the smaller name, so the order of `names` never matters.
    if (w > bestWeight || (w === bestWeight && best !== undefined && name < best)) {
      best = name;
      bestWeight = w;
    }
  }
  if (best === undefined) throw new Error('shardOf: no shard names');
  return best;
}
