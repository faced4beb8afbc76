/**
 * Words repeat a lot in a corpus (Vietnamese has a few thousand syllables): a per-word transform
 * through a bounded cache, cleared when full, computes each distinct word once.
 */

/** `transform` remembered per word, for at most `limit` words at a time. */
export function cachedPerWord(transform: (word: string) => string, limit = 50_000): (word: string) => string {
  const cache = new Map<string, string>();
  return (word: string): string => {
    let result = cache.get(word);
    if (result === undefined) {
      if (cache.size >= limit) cache.clear();
      result = transform(word);
      cache.set(word, result);
    }
    return result;
  };
}
