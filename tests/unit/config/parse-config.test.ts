import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/lib/config.ts';

describe('parseConfig', () => {
  it('uses the embedded Meilisearch and the documented defaults when nothing is set', () => {
    expect(parseConfig({}, '/srv/app')).toEqual({
      MEILI_HOST: 'http://127.0.0.1:7700',
      MEILI_EMBEDDED: true,
      MEILI_MASTER_KEY: undefined,
      MEILI_SEARCH_KEY: undefined,
      MEILI_INDEX_PREFIX: '',
      HOST: '127.0.0.1',
      PORT: 4321,
      SITE_ORIGIN: 'http://127.0.0.1:4321',
      MEILI_PORT: 7700,
      DATA_DIR: '/srv/app/data',
      CONTENT_DIR: '/srv/app/content',
      FACET_CACHE_ENTRIES: 1000,
      MEILI_SHARDS: [],
    });
  });

  it('reads FACET_CACHE_ENTRIES as a count, 0 turning the cache off, and rejects anything else', () => {
    expect(parseConfig({ FACET_CACHE_ENTRIES: '0' }).FACET_CACHE_ENTRIES).toBe(0);
    expect(() => parseConfig({ FACET_CACHE_ENTRIES: '-5' })).toThrow(
      new ConfigError('Bad configuration: FACET_CACHE_ENTRIES="-5" must be a whole number from 0 to 999999 (0 turns the facet cache off). See README.md, "Configuration".'),
    );
  });

  it('switches to an external server when MEILI_HOST is set, without its trailing slash', () => {
    const config = parseConfig({ MEILI_HOST: 'https://search.example.org/', MEILI_MASTER_KEY: 'a-long-enough-master-key' });
    expect([config.MEILI_HOST, config.MEILI_EMBEDDED, config.MEILI_MASTER_KEY]).toEqual(['https://search.example.org', false, 'a-long-enough-master-key']);
  });

  it('points the embedded URL at MEILI_PORT and treats blank values as unset', () => {
    const config = parseConfig({ MEILI_PORT: '7800', MEILI_HOST: '', PORT: ' ', DATA_DIR: '/var/lib/kh57' });
    expect([config.MEILI_HOST, config.PORT, config.DATA_DIR]).toEqual(['http://127.0.0.1:7800', 4321, '/var/lib/kh57']);
  });

  it('resolves relative directories against the working directory', () => {
    expect(parseConfig({ CONTENT_DIR: 'fixtures/content' }, '/repo').CONTENT_DIR).toBe(resolve('/repo/fixtures/content'));
  });

  it('rejects a port that is not a number in one line naming the variable, its value and what is allowed', () => {
    expect(() => parseConfig({ PORT: 'http' })).toThrow(
      new ConfigError('Bad configuration: PORT="http" must be a port number from 1 to 65535. See README.md, "Configuration".'),
    );
  });

  it('lists every bad variable at once, still on one line', () => {
    expect(() => parseConfig({ PORT: '70000', MEILI_PORT: '0', MEILI_HOST: 'localhost:7700' })).toThrow(
      new ConfigError(
        'Bad configuration: MEILI_HOST="localhost:7700" must be an http:// or https:// URL, e.g. http://127.0.0.1:7700; PORT="70000" must be a port number from 1 to 65535; ' +
          'MEILI_PORT="0" must be a port number from 1 to 65535. See README.md, "Configuration".',
      ),
    );
  });

  it('rejects a master key Meilisearch would refuse and an index prefix that cannot start a uid', () => {
    expect(() => parseConfig({ MEILI_MASTER_KEY: 'short' })).toThrow(
      'Bad configuration: MEILI_MASTER_KEY (5 characters) must be at least 16 bytes long (Meilisearch refuses shorter master keys). See README.md, "Configuration".',
    );
    expect(() => parseConfig({ MEILI_INDEX_PREFIX: 'my test/' })).toThrow(
      'Bad configuration: MEILI_INDEX_PREFIX="my test/" may contain only letters, digits, "-" and "_" (it starts index uids). See README.md, "Configuration".',
    );
  });

  it('makes the site origin from HOST and PORT unless SITE_ORIGIN is set, without its trailing slash', () => {
    expect(parseConfig({ HOST: '::1', PORT: '8080' }).SITE_ORIGIN).toBe('http://[::1]:8080');
    expect(parseConfig({ SITE_ORIGIN: 'https://tra-cuu.example.vn/' }).SITE_ORIGIN).toBe('https://tra-cuu.example.vn');
  });

  it('rejects a SITE_ORIGIN with a path or another scheme, saying what to set', () => {
    expect(() => parseConfig({ SITE_ORIGIN: 'https://example.vn/tra-cuu' })).toThrow(
      'Bad configuration: SITE_ORIGIN="https://example.vn/tra-cuu" must be an origin only (scheme, host, port), without a path, e.g. https://tra-cuu.example.vn. See README.md, "Configuration".',
    );
    expect(() => parseConfig({ SITE_ORIGIN: 'ftp://example.vn' })).toThrow(
      'Bad configuration: SITE_ORIGIN="ftp://example.vn" must be an http:// or https:// origin, e.g. https://tra-cuu.example.vn. See README.md, "Configuration".',
    );
  });
});
