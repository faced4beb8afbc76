import { describe, expect, it } from 'vitest';
import { placementVersion, shardOf } from '../../../../src/lib/meilisearch/shards/shard-of.ts';

const slugs = Array.from({ length: 3000 }, (_, i) => `tinh-${i}-kh-ubnd-2024`);

describe('shardOf', () => {
  it('gives a plan the same shard whatever the order the shards are named in', () => {
    for (const slug of slugs.slice(0, 200)) expect(shardOf(slug, ['c', 'a', 'b'])).toBe(shardOf(slug, ['a', 'b', 'c']));
  });

  it('spreads plans about evenly over the shards', () => {
    const counts = new Map<string, number>();
    for (const slug of slugs) counts.set(shardOf(slug, ['a', 'b', 'c']), (counts.get(shardOf(slug, ['a', 'b', 'c'])) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const count of counts.values()) expect(Math.abs(count - 1000)).toBeLessThan(100);
  });

  it('moves only the plans the new shard takes when a shard is added', () => {
    const moved = slugs.filter((slug) => shardOf(slug, ['a', 'b']) !== shardOf(slug, ['a', 'b', 'c']));
    expect(moved.every((slug) => shardOf(slug, ['a', 'b', 'c']) === 'c')).toBe(true);
    expect(Math.abs(moved.length - 1000)).toBeLessThan(100);
  });

  // Test vectors of the rule: a plan page reads only its plan's shard, so a change of rule must come
  // with a new placementVersion (which makes every sharded corpus reindex); this catches one that does not.
  it('places plans as placement version rendezvous-sha256-48/1 does', () => {
    expect(placementVersion).toBe('rendezvous-sha256-48/1');
    expect(['son-ha-162-kh-hu-2024', 'quang-ngai-254-kh-tu-2024', 'lam-dong-ke-hoach-70dbcc'].map((slug) => shardOf(slug, ['a', 'b']))).toEqual(['a', 'b', 'b']);
  });

  it('refuses to place a plan on no shard', () => {
    expect(() => shardOf('son-ha-162-kh-hu-2024', [])).toThrow('shardOf: no shard names');
  });
});
