/** The master key of the embedded Meilisearch: generated once, kept in DATA_DIR (mode 0600), never in the repo. */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { MeiliServerError } from './errors.ts';

/** File name of the stored master key inside DATA_DIR. */
export const masterKeyFile = 'meili-master-key';

/** A new random master key (32 bytes, base64url: 43 characters, above Meilisearch's 16-byte minimum). */
export function generateMasterKey(): string {
  return randomBytes(32).toString('base64url');
}

/** Reads the master key stored in `dataDir`, creating it on first use. */
export async function storedMasterKey(dataDir: string): Promise<string> {
  const path = join(dataDir, masterKeyFile);
  try {
    const key = (await readFile(path, 'utf8')).trim();
    if (key.length >= 16) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new MeiliServerError(`${path}: cannot read the Meilisearch master key; check the permissions of DATA_DIR`, { cause: error });
    }
  }
  const key = generateMasterKey();
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  // "wx": never overwrite a key another process just wrote; the database is bound to the first one.
  try {
    await writeFile(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return storedMasterKey(dataDir);
    throw new MeiliServerError(`${path}: cannot store the Meilisearch master key; check that DATA_DIR is writable`, { cause: error });
  }
  await chmod(path, 0o600);
  return key;
}

/** The key the indexer uses: MEILI_MASTER_KEY for an external server, the stored key for the embedded one. */
export async function masterKeyOf(config: Config): Promise<string> {
  if (config.MEILI_EMBEDDED) return config.MEILI_MASTER_KEY ?? storedMasterKey(config.DATA_DIR);
  if (config.MEILI_MASTER_KEY === undefined) {
    throw new MeiliServerError(
      `MEILI_HOST is set (${config.MEILI_HOST}) but MEILI_MASTER_KEY is not: set MEILI_MASTER_KEY to that server's master key or an admin key, or unset MEILI_HOST to use the embedded Meilisearch`,
    );
  }
  return config.MEILI_MASTER_KEY;
}
