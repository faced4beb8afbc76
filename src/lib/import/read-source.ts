/** Reading a source file from disk, size-checked before a byte is read, then decoded. */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { decodeSource } from './decode-source.ts';
import { FileError } from '../file-error.ts';

/**
 * The largest source the importer reads: 4 MiB. The plans in content/sources are 6–18 KB and the
 * longest government documents with every appendix a few hundred KB, so 4 MiB (some 600,000
 * words, over 1,000 pages) is far above any real plan, while importing a file that size stays
 * bounded: `npm run import` of a 3.9 MiB plan text peaked at 490 MB (VmHWM) in 40 s on the shared
 * 2-core machine; a 50 MB file took 3.1 GB and died before the cap.
 */
export const maxSourceBytes = 4 * 2 ** 20;

/** "4 MiB", "50.3 MiB", "812 KiB": a size as people read it. */
export function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${Number((bytes / 2 ** 20).toFixed(1))} MiB`;
  if (bytes >= 2 ** 10) return `${Math.round(bytes / 2 ** 10)} KiB`;
  return `${bytes} bytes`;
}

/**
 * Throws FileError naming the file when it cannot be read or is over `limit` bytes, checked before
 * a byte is read: "the file is 50.3 MiB, over the 4 MiB limit of <kind>; <hint>".
 */
export async function checkSourceSize(path: string, limit: number, kind: string, hint: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new FileError({ file: path }, 'cannot read the file', { hint: 'check that it exists and is readable', cause: error });
  }
  if (size > limit) throw new FileError({ file: path }, `the file is ${formatBytes(size)}, over the ${formatBytes(limit)} limit of ${kind}`, { hint });
}

/** Reads and decodes the source file at `path`; throws FileError naming it for a missing, oversized, empty or binary file. */
export async function readSource(path: string, limit = maxSourceBytes): Promise<string> {
  await checkSourceSize(path, limit, 'a source text', "check that it holds one plan's text (not a scan, an archive or several plans joined), or split it");
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FileError({ file: path }, 'cannot read the file', { hint: 'check that it exists and is readable', cause: error });
  }
  return decodeSource(bytes, path, basename(path));
}
