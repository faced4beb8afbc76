/** The fingerprint of a plan body, to tell an importer-written body from a hand-edited one. */
import { createHash } from 'node:crypto';

/** SHA-256 (hex) of a body, ignoring leading and trailing blank space an editor may add. */
export function digestBody(body: string): string {
  return createHash('sha256').update(body.trim(), 'utf8').digest('hex');
}
