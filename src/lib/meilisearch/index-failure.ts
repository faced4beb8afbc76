/** What `npm run index` prints when it fails: what went wrong, then what the site serves now. */
import { ReindexError } from './errors.ts';
import { InvalidPlansError } from '../documents/load-corpus.ts';

/** The report of a failed reindex, ending with whether the new indexes are serving or the old ones still are. */
export function indexFailureReport(error: unknown): string {
  let message = error instanceof Error ? error.message : String(error);
  if (error instanceof InvalidPlansError) message = `${error.errors.length === 1 ? '1 plan does' : `${error.errors.length} plans do`} not read:\n${message}`;
  // Only a failure after the swap leaves the new indexes serving; every other one comes before it.
  const serving = error instanceof ReindexError && error.serving === 'swapped' ? 'The new indexes are serving.' : 'The serving indexes were not changed.';
  return `\n${message}\n${serving}\n`;
}
