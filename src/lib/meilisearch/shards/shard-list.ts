/**
 * The Meilisearch machines of a sharded index, as the configuration names them:
 * `MEILI_SHARDS=a=http://10.0.0.1:7700,b=http://10.0.0.2:7700`, and optionally each one's master key,
 * `MEILI_SHARD_MASTER_KEYS=a=…,b=…` (a shard without one uses MEILI_MASTER_KEY). The first shard is
 * the one the site talks to; it holds the plans index, the meta record and the reindex lock.
 */

/** One Meilisearch machine of a sharded index. */
export interface ShardSpec {
  /** Its name in Meilisearch's network (`remotes` and `federationOptions.remote`). */
  name: string;
  /** Its URL, without a trailing slash, as the indexer and the first shard reach it. */
  url: string;
  /** Its master key (or an admin key), when given apart from MEILI_MASTER_KEY. */
  masterKey: string | undefined;
}

/** A shard list that cannot be used; `variable` is the environment variable at fault. */
export class ShardListError extends Error {
  readonly variable: 'MEILI_SHARDS' | 'MEILI_SHARD_MASTER_KEYS';
  constructor(variable: 'MEILI_SHARDS' | 'MEILI_SHARD_MASTER_KEYS', message: string) {
    super(message);
    this.name = 'ShardListError';
    this.variable = variable;
  }
}

const validName = /^[A-Za-z0-9_-]{1,64}$/;

/** `name=value` pairs of a comma-separated list; the message names the variable and the bad item. */
function pairs(variable: ShardListError['variable'], value: string): [string, string][] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => {
      const at = item.indexOf('=');
      if (at <= 0 || at === item.length - 1) throw new ShardListError(
          variable,
          // A key is never repeated in a message.
          variable === 'MEILI_SHARDS'
            ? `MEILI_SHARDS holds "${item}", which is not name=value; write a=http://10.0.0.1:7700,b=http://10.0.0.2:7700`
            : 'MEILI_SHARD_MASTER_KEYS holds an item that is not name=value; write a=<master key of a>,b=<master key of b>',
        );
      return [item.slice(0, at).trim(), item.slice(at + 1).trim()];
    });
}

/**
 * Reads MEILI_SHARDS and MEILI_SHARD_MASTER_KEYS into shard specs ([] when MEILI_SHARDS is unset).
 * Throws a ShardListError whose message says what to write.
 */
export function parseShardList(shards: string | undefined, masterKeys: string | undefined): ShardSpec[] {
  if (shards === undefined || shards.trim() === '') {
    if (masterKeys !== undefined && masterKeys.trim() !== '') throw new ShardListError('MEILI_SHARD_MASTER_KEYS', 'MEILI_SHARD_MASTER_KEYS is set but MEILI_SHARDS is not: name the shards in MEILI_SHARDS, or unset MEILI_SHARD_MASTER_KEYS');
    return [];
  }
  const specs = pairs('MEILI_SHARDS', shards).map(([name, url]): ShardSpec => {
    if (!validName.test(name)) throw new ShardListError('MEILI_SHARDS', `MEILI_SHARDS names a shard "${name}": a name may contain only letters, digits, "-" and "_" (at most 64)`);
    if (!/^https?:\/\/[^/?#\s]+\/?$/.test(url)) throw new ShardListError('MEILI_SHARDS', `MEILI_SHARDS gives shard "${name}" the URL "${url}": it must be an http:// or https:// origin, e.g. http://10.0.0.2:7700`);
    return { name, url: url.replace(/\/+$/, ''), masterKey: undefined };
  });
  if (specs.length < 2) throw new ShardListError('MEILI_SHARDS', 'MEILI_SHARDS names one shard: name two or more, or unset it and use MEILI_HOST for a single Meilisearch');
  for (const [i, spec] of specs.entries()) {
    const other = specs.findIndex((s, j) => j < i && (s.name === spec.name || s.url === spec.url));
    if (other >= 0) throw new ShardListError('MEILI_SHARDS', `MEILI_SHARDS names shards "${specs[other]?.name}" and "${spec.name}" ${specs[other]?.name === spec.name ? 'have the same name' : `have the same URL ${spec.url}`}; each shard is one Meilisearch`);
  }
  for (const [name, key] of pairs('MEILI_SHARD_MASTER_KEYS', masterKeys ?? '')) {
    const spec = specs.find((s) => s.name === name);
    if (spec === undefined) throw new ShardListError('MEILI_SHARD_MASTER_KEYS', `MEILI_SHARD_MASTER_KEYS names shard "${name}", which MEILI_SHARDS does not (${specs.map((s) => s.name).join(', ')})`);
    if (key.length < 16) throw new ShardListError('MEILI_SHARD_MASTER_KEYS', `MEILI_SHARD_MASTER_KEYS gives shard "${name}" a key shorter than 16 bytes, which Meilisearch refuses as a master key`);
    spec.masterKey = key;
  }
  return specs;
}
