import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/lib/config.ts';

const invalid = (message: string) => `Bad configuration: ${message}. See README.md, "Several Meilisearch machines".`;

describe('MEILI_SHARDS in the configuration', () => {
  it('reads the shards in order, the first one becoming the Meilisearch the site talks to', () => {
    const config = parseConfig({ MEILI_SHARDS: ' a=http://10.0.0.1:7700/ , b=https://search-b.example.vn ', MEILI_MASTER_KEY: 'a-long-enough-master-key' });
    expect(config.MEILI_SHARDS).toEqual([
      { name: 'a', url: 'http://10.0.0.1:7700', masterKey: undefined },
      { name: 'b', url: 'https://search-b.example.vn', masterKey: undefined },
    ]);
    expect([config.MEILI_HOST, config.MEILI_EMBEDDED]).toEqual(['http://10.0.0.1:7700', false]);
  });

  it('gives a shard its own master key from MEILI_SHARD_MASTER_KEYS', () => {
    const config = parseConfig({ MEILI_SHARDS: 'a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', MEILI_SHARD_MASTER_KEYS: 'b=key-of-b-0123456789' });
    expect(config.MEILI_SHARDS.map((shard) => shard.masterKey)).toEqual([undefined, 'key-of-b-0123456789']);
  });

  it('accepts MEILI_HOST when it is the first shard, and refuses another one', () => {
    expect(parseConfig({ MEILI_SHARDS: 'a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', MEILI_HOST: 'http://10.0.0.1:7700/' }).MEILI_HOST).toBe('http://10.0.0.1:7700');
    expect(() => parseConfig({ MEILI_SHARDS: 'a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', MEILI_HOST: 'http://10.0.0.9:7700' })).toThrow(
      invalid('MEILI_HOST is http://10.0.0.9:7700 but MEILI_SHARDS starts with http://10.0.0.1:7700; the site talks to the first shard: unset MEILI_HOST or set it to http://10.0.0.1:7700'),
    );
  });

  it('leaves one Meilisearch as it was when MEILI_SHARDS is unset or blank', () => {
    expect(parseConfig({ MEILI_SHARDS: '  ' }).MEILI_SHARDS).toEqual([]);
    expect(parseConfig({ MEILI_SHARDS: '  ' }).MEILI_EMBEDDED).toBe(true);
  });

  it.each([
    ['a=http://10.0.0.1:7700', undefined, 'MEILI_SHARDS names one shard: name two or more, or unset it and use MEILI_HOST for a single Meilisearch'],
    ['a=http://10.0.0.1:7700,http://10.0.0.2:7700', undefined, 'MEILI_SHARDS holds "http://10.0.0.2:7700", which is not name=value; write a=http://10.0.0.1:7700,b=http://10.0.0.2:7700'],
    ['a=http://10.0.0.1:7700,b c=http://10.0.0.2:7700', undefined, 'MEILI_SHARDS names a shard "b c": a name may contain only letters, digits, "-" and "_" (at most 64)'],
    ['a=http://10.0.0.1:7700,b=10.0.0.2:7700', undefined, 'MEILI_SHARDS gives shard "b" the URL "10.0.0.2:7700": it must be an http:// or https:// origin, e.g. http://10.0.0.2:7700'],
    ['a=http://10.0.0.1:7700,a=http://10.0.0.2:7700', undefined, 'MEILI_SHARDS names shards "a" and "a" have the same name; each shard is one Meilisearch'],
    ['a=http://10.0.0.1:7700,b=http://10.0.0.1:7700', undefined, 'MEILI_SHARDS names shards "a" and "b" have the same URL http://10.0.0.1:7700; each shard is one Meilisearch'],
    ['a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', 'c=key-of-c-0123456789', 'MEILI_SHARD_MASTER_KEYS names shard "c", which MEILI_SHARDS does not (a, b)'],
    ['a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', 'b=short', 'MEILI_SHARD_MASTER_KEYS gives shard "b" a key shorter than 16 bytes, which Meilisearch refuses as a master key'],
    ['a=http://10.0.0.1:7700,b=http://10.0.0.2:7700', 'secret-key-of-b-0123456789', 'MEILI_SHARD_MASTER_KEYS holds an item that is not name=value; write a=<master key of a>,b=<master key of b>'],
    [undefined, 'b=key-of-b-0123456789', 'MEILI_SHARD_MASTER_KEYS is set but MEILI_SHARDS is not: name the shards in MEILI_SHARDS, or unset MEILI_SHARD_MASTER_KEYS'],
  ])('refuses MEILI_SHARDS=%s with MEILI_SHARD_MASTER_KEYS=%s, saying what to write', (shards, keys, line) => {
    expect(() => parseConfig({ MEILI_SHARDS: shards, MEILI_SHARD_MASTER_KEYS: keys })).toThrow(invalid(line));
  });
});
