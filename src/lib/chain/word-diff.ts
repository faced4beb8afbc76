/**
 * Word-level differences between a section and the one it restates, by jsdiff's diffWordsWithSpace:
 * spaces are tokens too, so each side's text is exactly its segments (diffWords may hand a shared
 * space to an added segment, and the other side would lose it).
 */
import { diffWordsWithSpace } from 'diff';
import { countWords } from './text-similarity.ts';

/** A run of text: in both, only in the restating text (added) or only in the restated one (removed). */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Words in both, added and removed. */
export interface WordCounts {
  same: number;
  added: number;
  removed: number;
}

/** The segments turning `restated` into `restating`, word by word. */
export function diffText(restated: string, restating: string): DiffSegment[] {
  return diffWordsWithSpace(restated, restating).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** How many words the segments keep, add and remove. */
export function countSegments(segments: readonly DiffSegment[]): WordCounts {
  const counts: WordCounts = { same: 0, added: 0, removed: 0 };
  for (const segment of segments) counts[segment.kind] += countWords(segment.text);
  return counts;
}
