// Candidate syllables for one OCR token: every syllable of the inventory whose channel cost
// from the token stays under a limit. The inventory is walked as a letter trie with one
// edit-distance column per node, so shared prefixes are costed once and hopeless branches cut.

import { syllableInventory } from '../vietnamese/syllable.ts';
import { LOST_LETTER_COST, MAX_READING, NOISE_COST, readingCost } from './confusions.ts';

/** One reading of a token: a syllable and the channel cost of reading the token as it. */
export interface Candidate {
  syllable: string;
  cost: number;
}

/** Highest channel cost worth considering; beyond it the token is left as it is. */
export const CANDIDATE_LIMIT = 2.6;

interface TrieNode {
  children: Map<number, TrieNode>;
  syllable?: string;
}

let trie: TrieNode | undefined;
/** The distinct letters of the inventory; trie edges carry their index. */
const letters: string[] = [];

/** Builds the letter trie of the inventory, once. */
function inventoryTrie(): TrieNode {
  if (trie) return trie;
  const root: TrieNode = { children: new Map() };
  for (const syllable of syllableInventory()) {
    let node = root;
    for (const ch of syllable) {
      let id = letters.indexOf(ch);
      if (id < 0) id = letters.push(ch) - 1;
      let next = node.children.get(id);
      if (!next) {
        next = { children: new Map() };
        node.children.set(id, next);
      }
      node = next;
    }
    node.syllable = syllable;
  }
  trie = root;
  return root;
}

interface Reading {
  from: number;
  /** Cost of this reading per letter id; Infinity where it cannot stand for that letter. */
  costs: Float64Array;
}

const found = new Map<string, Candidate[]>();

/** Lists the syllables an OCR token may stand for, cheapest first (empty when none is close). */
export function candidatesFor(token: string, limit = CANDIDATE_LIMIT): Candidate[] {
  const key = `${token}\u0000${limit}`;
  let list = found.get(key);
  if (!list) {
    list = searchInventory(token, limit);
    // The cache only ever holds the distinct tokens of the texts repaired in this process.
    found.set(key, list);
  }
  return list;
}

/** Walks the inventory trie for one token. */
function searchInventory(token: string, limit: number): Candidate[] {
  const chars = [...token.normalize('NFC').toLowerCase()];
  const n = chars.length;
  const root = inventoryTrie();
  // endingAt[i]: the readings of one to MAX_READING characters that end at position i.
  const endingAt: Reading[][] = Array.from({ length: n + 1 }, () => []);
  for (let i = 0; i < n; i++) {
    for (let k = 1; k <= MAX_READING && i + k <= n; k++) {
      const read = chars.slice(i, i + k).join('');
      const costs = new Float64Array(letters.map((letter) => readingCost(read, letter) ?? Infinity));
      endingAt[i + k]?.push({ from: i, costs });
    }
  }
  const out: Candidate[] = [];
  const first = new Float64Array(n + 1);
  for (let i = 1; i <= n; i++) first[i] = i * NOISE_COST;
  const walk = (node: TrieNode, column: Float64Array): void => {
    for (const [letter, child] of node.children) {
      const next = new Float64Array(n + 1);
      let best = Infinity;
      for (let i = 0; i <= n; i++) {
        let value = (column[i] ?? Infinity) + LOST_LETTER_COST;
        for (const { from, costs } of endingAt[i] ?? []) {
          value = Math.min(value, (column[from] ?? Infinity) + (costs[letter] ?? Infinity));
        }
        if (i > 0) value = Math.min(value, (next[i - 1] ?? Infinity) + NOISE_COST);
        next[i] = value;
        best = Math.min(best, value);
      }
      if (best > limit) continue;
      const total = next[n] ?? Infinity;
      if (child.syllable !== undefined && total <= limit) out.push({ syllable: child.syllable, cost: total });
      walk(child, next);
    }
  };
  walk(root, first);
  return out.sort((a, b) => a.cost - b.cost);
}
