/**
 * The project's configuration: environment variables validated by one schema, read when a program
 * runs (never when a module is imported). This is the only module that reads `process.env`; a bad
 * value is reported as one line that names the variable and what it may be, and a script exits 2.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseShardList, ShardListError, type ShardSpec } from './meilisearch/shards/shard-list.ts';

/** The validated configuration. */
export interface Config {
  /**
   * Meilisearch URL. From MEILI_HOST (an external server: self-hosted or Meilisearch Cloud); when
   * MEILI_HOST is unset, the embedded server on 127.0.0.1:MEILI_PORT that `npm start` runs.
   */
  MEILI_HOST: string;
  /** True when MEILI_HOST was unset: the project runs its own pinned Meilisearch binary. */
  MEILI_EMBEDDED: boolean;
  /**
   * MEILI_MASTER_KEY: the key the indexer uses (master key or an admin key). Required by the
   * indexer with an external MEILI_HOST (see `masterKeyOf`); for the embedded server it is
   * generated once and kept in DATA_DIR. Never passed to the site.
   */
  MEILI_MASTER_KEY: string | undefined;
  /**
   * MEILI_SEARCH_KEY: a search-only key for the site. Optional: when unset, `npm start` gets or
   * creates one from the master key through the keys API and hands it to the site.
   */
  MEILI_SEARCH_KEY: string | undefined;
  /** MEILI_INDEX_PREFIX (default ""): prefix of every index uid, so tests and benchmarks use their own indexes. */
  MEILI_INDEX_PREFIX: string;
  /** HOST (default 127.0.0.1): the address the site listens on. */
  HOST: string;
  /** PORT (default 4321): the port the site listens on. */
  PORT: number;
  /**
   * SITE_ORIGIN (default http://HOST:PORT): the public origin of the site, "https://tra-cuu.example.vn",
   * from which absolute URLs (OpenSearch) are made; never the request's Host header.
   */
  SITE_ORIGIN: string;
  /** MEILI_PORT (default 7700): the port of the embedded Meilisearch (ignored with MEILI_HOST). */
  MEILI_PORT: number;
  /** DATA_DIR (default ./data, git-ignored): embedded Meilisearch database, master key, index state. Absolute. */
  DATA_DIR: string;
  /** CONTENT_DIR (default ./content): plans (plans/*.md) and categories.yaml. Absolute. */
  CONTENT_DIR: string;
  /** FACET_CACHE_ENTRIES (default 1000): searches whose facet counts the site keeps until the next reindex; 0 counts them on every request. */
  FACET_CACHE_ENTRIES: number;
  /**
   * MEILI_SHARDS (with MEILI_SHARD_MASTER_KEYS): the Meilisearch machines the sections index is
   * sharded across, [] for one Meilisearch. When set, MEILI_HOST is the first shard's URL.
   */
  MEILI_SHARDS: ShardSpec[];
}

/** A configuration value that cannot be used; the message, one line, says which variable and what to set. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const port = (fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, 'must be a port number from 1 to 65535')
      .transform(Number)
      .refine((n) => n >= 1 && n <= 65535, 'must be a port number from 1 to 65535')
      .default(fallback),
  );

const url = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. http://127.0.0.1:7700' });

const envSchema = z.object({
  MEILI_HOST: z.preprocess(blankToUndefined, url.optional()),
  MEILI_MASTER_KEY: z.preprocess(
    blankToUndefined,
    z.string().min(16, 'must be at least 16 bytes long (Meilisearch refuses shorter master keys)').optional(),
  ),
  MEILI_SEARCH_KEY: z.preprocess(blankToUndefined, z.string().optional()),
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]*$/, 'may contain only letters, digits, "-" and "_" (it starts index uids)')
    .default(''),
  HOST: z.preprocess(blankToUndefined, z.string().default('127.0.0.1')),
  SITE_ORIGIN: z.preprocess(
    blankToUndefined,
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// origin, e.g. https://tra-cuu.example.vn' })
      .refine((value) => /^https?:\/\/[^/?#]+\/?$/.test(value), 'must be an origin only (scheme, host, port), without a path, e.g. https://tra-cuu.example.vn')
      .optional(),
  ),
  PORT: port(4321),
  MEILI_PORT: port(7700),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./data')),
  CONTENT_DIR: z.preprocess(blankToUndefined, z.string().default('./content')),
  FACET_CACHE_ENTRIES: z.preprocess(
    blankToUndefined,
    z.string().regex(/^\d{1,6}$/, 'must be a whole number from 0 to 999999 (0 turns the facet cache off)').transform(Number).default(1000),
  ),
  MEILI_SHARDS: z.string().optional(),
  MEILI_SHARD_MASTER_KEYS: z.string().optional(),
});

/** The shards of the environment, and the Meilisearch URL they imply; a bad list is a ConfigError. */
function shardsOf(values: z.infer<typeof envSchema>): { shards: ShardSpec[]; host: string | undefined } {
  const fail = (message: string): never => {
    throw new ConfigError(`Bad configuration: ${message}. See README.md, "Several Meilisearch machines".`);
  };
  let shards: ShardSpec[] = [];
  try {
    shards = parseShardList(values.MEILI_SHARDS, values.MEILI_SHARD_MASTER_KEYS);
  } catch (error) {
    if (!(error instanceof ShardListError)) throw error;
    fail(error.message);
  }
  const first = shards[0];
  if (first === undefined) return { shards, host: values.MEILI_HOST };
  const host = values.MEILI_HOST?.replace(/\/+$/, '');
  if (host !== undefined && host !== first.url) fail(`MEILI_HOST is ${host} but MEILI_SHARDS starts with ${first.url}; the site talks to the first shard: unset MEILI_HOST or set it to ${first.url}`);
  return { shards, host: first.url };
}

/** How a bad value is shown: quoted, except a key, of which only the length is told. */
function shown(name: string, value: string | undefined): string {
  if (/_KEY$/.test(name)) return ` (${String(value?.length ?? 0)} characters)`;
  return `=${JSON.stringify(value ?? '')}`;
}

/** Validates an environment into a Config; relative directories resolve against `cwd`. Throws ConfigError, one line naming each bad variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, cwd = '.'): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    // The first problem of each variable: a URL of the wrong scheme need not also be told it has a path.
    const problems = new Map<string, string>();
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (!problems.has(name)) problems.set(name, `${name}${shown(name, env[name])} ${issue.message}`);
    }
    throw new ConfigError(`Bad configuration: ${[...problems.values()].join('; ')}. See README.md, "Configuration".`);
  }
  const values = result.data;
  const { shards, host } = shardsOf(values);
  return {
    MEILI_HOST: (host ?? `http://127.0.0.1:${values.MEILI_PORT}`).replace(/\/+$/, ''),
    MEILI_EMBEDDED: host === undefined,
    MEILI_MASTER_KEY: values.MEILI_MASTER_KEY,
    MEILI_SEARCH_KEY: values.MEILI_SEARCH_KEY,
    MEILI_INDEX_PREFIX: values.MEILI_INDEX_PREFIX,
    HOST: values.HOST,
    PORT: values.PORT,
    SITE_ORIGIN: (values.SITE_ORIGIN ?? `http://${values.HOST.includes(':') ? `[${values.HOST}]` : values.HOST}:${values.PORT}`).replace(/\/+$/, ''),
    MEILI_PORT: values.MEILI_PORT,
    DATA_DIR: resolve(cwd, values.DATA_DIR),
    CONTENT_DIR: resolve(cwd, values.CONTENT_DIR),
    FACET_CACHE_ENTRIES: values.FACET_CACHE_ENTRIES,
    MEILI_SHARDS: shards,
  };
}

let current: Config | undefined;

/** The configuration of this process, read from its environment on first use (not on import). Throws ConfigError. */
export function readConfig(): Config {
  current ??= parseConfig(process.env);
  return current;
}

/**
 * For an entry script, as its first step: the configuration, or, when a value is bad, that one
 * line on stderr (no stack trace) and exit code 2.
 */
export function configOrExit(): Config {
  try {
    return readConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
}

/**
 * The configuration of this process as a value, read on first property access, so that importing a
 * module never parses the environment (a script reports a bad value itself, with `configOrExit`).
 */
export const config: Config = new Proxy({} as Config, {
  get: (_target, name) => readConfig()[name as keyof Config],
});

/**
 * The environment for a child process (the site): this process's environment with `overrides`
 * applied, an undefined override removing the variable (so the master key can be withheld).
 */
export function childEnvironment(overrides: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...process.env, ...overrides })) {
    if (value !== undefined) env[name] = value;
  }
  return env;
}
