/**
 * Word-level differences between a section and the one it restates, by jsdiff's diffWordsWithSpace:
 * spaces are tokens too, so each side's text is exactly its segments (diffWords may hand a shared
 * space to an added segment, and the other side would lose it). Words are compared with their tone
 * marks in one place ("hoà" = "hòa", "Uỷ" = "Ủy"), and each side is shown as it is written.
 */
import { diffWordsWithSpace } from 'diff';
import { canonicalTones } from '../vietnamese/index.ts';
import { countWords } from './text-similarity.ts';

/** A run of text: in both, only in the restating text (added) or only in the restated one (removed). */
export interface DiffSegment {
  kind: 'same' | 'added' | 'removed';
  /** The text as the restating side writes it (for 'removed': as the restated side does). */
  text: string;
  /** For 'same': the restated side's spelling, when its tone marks sit elsewhere. */
  restatedText?: string;
}

/** Words in both, added and removed. */
export interface WordCounts {
  same: number;
  added: number;
  removed: number;
}

/** The segments turning `restated` into `restating`, word by word. */
export function diffText(restated: string, restating: string): DiffSegment[] {
  const [oldText, newText] = [restated.normalize('NFC'), restating.normalize('NFC')];
  const [oldKey, newKey] = [canonicalTones(oldText), canonicalTones(newText)];
  // Moving a tone mark keeps the length, so offsets in the compared text are offsets in the shown one.
  const oldShown = oldKey.length === oldText.length ? oldText : oldKey;
  const newShown = newKey.length === newText.length ? newText : newKey;
  let atOld = 0;
  let atNew = 0;
  return diffWordsWithSpace(oldKey, newKey).map((change): DiffSegment => {
    const length = change.value.length;
    if (change.removed) {
      atOld += length;
      return { kind: 'removed', text: oldShown.slice(atOld - length, atOld) };
    }
    if (change.added) {
      atNew += length;
      return { kind: 'added', text: newShown.slice(atNew - length, atNew) };
    }
    atOld += length;
    atNew += length;
    const text = newShown.slice(atNew - length, atNew);
    const restatedText = oldShown.slice(atOld - length, atOld);
    return restatedText === text ? { kind: 'same', text } : { kind: 'same', text, restatedText };
  });
}

/** How many words the segments keep, add and remove. */
export function countSegments(segments: readonly DiffSegment[]): WordCounts {
  const counts: WordCounts = { same: 0, added: 0, removed: 0 };
  for (const segment of segments) counts[segment.kind] += countWords(segment.text);
  return counts;
}
