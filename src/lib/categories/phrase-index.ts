/**
 * Counts every topic phrase of a taxonomy in a normalized text (normalizePhrase: words of a-z0-9
 * joined by single spaces) in one pass over its words, instead of one search per phrase.
 */
import type { Taxonomy } from './taxonomy.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Ids of the phrases that end at this node. */
  ends: number[];
}

/** The topic phrases of a taxonomy, numbered in taxonomy order (topic by topic, phrase by phrase). */
export interface PhraseIndex {
  root: TrieNode;
  size: number;
  /** Phrases that are not plain words (only a hand-built taxonomy has them), searched as strings. */
  odd: { id: number; phrase: string }[];
}

const plainWords = /^[a-z0-9]+(?: [a-z0-9]+)*$/u;
const indexes = new WeakMap<Taxonomy, PhraseIndex>();

/** The phrase index of a taxonomy, built on first use. */
export function phraseIndexOf(taxonomy: Taxonomy): PhraseIndex {
  let index = indexes.get(taxonomy);
  if (index === undefined) {
    index = buildIndex(taxonomy);
    indexes.set(taxonomy, index);
  }
  return index;
}

function buildIndex(taxonomy: Taxonomy): PhraseIndex {
  const root: TrieNode = { next: new Map(), ends: [] };
  const odd: PhraseIndex['odd'] = [];
  let id = 0;
  for (const category of taxonomy.categories) {
    if (category.kind !== 'topic') continue;
    for (const { phrase } of category.phrases) {
      if (plainWords.test(phrase)) {
        let node = root;
        for (const word of phrase.split(' ')) {
          let child = node.next.get(word);
          if (child === undefined) {
            child = { next: new Map(), ends: [] };
            node.next.set(word, child);
          }
          node = child;
        }
        node.ends.push(id);
      } else {
        odd.push({ id, phrase });
      }
      id += 1;
    }
  }
  return { root, size: id, odd };
}

/**
 * How often each phrase occurs in a normalized text, by id: occurrences that do not share a word,
 * found from the left, as searching ` phrase ` in ` text ` from the end of the last match finds them.
 */
export function countPhrases(index: PhraseIndex, normalized: string): Int32Array {
  const counts = new Int32Array(index.size);
  const words = normalized === '' ? [] : normalized.split(' ');
  // For each phrase, the word after its last counted occurrence: the next one may start there.
  const free = new Int32Array(index.size);
  for (let start = 0; start < words.length; start += 1) {
    let node = index.root.next.get(words[start] ?? '');
    for (let end = start + 1; node !== undefined; end += 1) {
      for (const id of node.ends) {
        if (start >= (free[id] ?? 0)) {
          counts[id] = (counts[id] ?? 0) + 1;
          free[id] = end;
        }
      }
      node = end < words.length ? node.next.get(words[end] ?? '') : undefined;
    }
  }
  for (const { id, phrase } of index.odd) counts[id] = countString(` ${normalized} `, phrase);
  return counts;
}

/** Occurrences of ` phrase ` in a padded text, each search starting on the last match's final space. */
export function countString(haystack: string, phrase: string): number {
  let found = 0;
  const needle = ` ${phrase} `;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length - 1)) found += 1;
  return found;
}
