// Token alignment of an OCR text with a clean text that restates it: a global edit-distance
// alignment where two tokens may pair only when they look alike, then a filter that keeps the
// pairs lying in stretches where the two texts really run in parallel.

/** Alignment of token i of the first sequence with token j of the second. */
export interface AlignedPair {
  a: number;
  b: number;
}

const GAP = 1;
const UNLIKE = Infinity;

/**
 * Aligns two sequences of lengths `m` and `n`; `cost(i, j)` is 0 for equal tokens, ≤ 1 for alike
 * ones and Infinity for tokens that must not pair.
 */
export function alignTokens(m: number, n: number, cost: (i: number, j: number) => number): AlignedPair[] {
  const a = { length: m };
  const b = { length: n };
  const width = b.length + 1;
  const dp = new Float64Array((a.length + 1) * width);
  const move = new Uint8Array((a.length + 1) * width); // 0 pair, 1 skip a, 2 skip b
  for (let j = 1; j <= b.length; j++) {
    dp[j] = j * GAP;
    move[j] = 2;
  }
  for (let i = 1; i <= a.length; i++) {
    dp[i * width] = i * GAP;
    move[i * width] = 1;
    for (let j = 1; j <= b.length; j++) {
      const sub = cost(i - 1, j - 1);
      const pair = sub === UNLIKE ? Infinity : (dp[(i - 1) * width + j - 1] ?? 0) + sub;
      const skipA = (dp[(i - 1) * width + j] ?? 0) + GAP;
      const skipB = (dp[i * width + j - 1] ?? 0) + GAP;
      let best = pair;
      let m = 0;
      if (skipA < best) {
        best = skipA;
        m = 1;
      }
      if (skipB < best) {
        best = skipB;
        m = 2;
      }
      dp[i * width + j] = best;
      move[i * width + j] = m;
    }
  }
  const pairs: AlignedPair[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 || j > 0) {
    const m = move[i * width + j];
    if (m === 0) {
      pairs.unshift({ a: i - 1, b: j - 1 });
      i--;
      j--;
    } else if (m === 1) i--;
    else j--;
  }
  return pairs;
}

/** Keeps the pairs with at least `needed` alike pairs among their `radius` neighbours each side. */
export function parallelPairs(
  pairs: AlignedPair[],
  alike: (pair: AlignedPair) => boolean,
  radius = 3,
  needed = 3,
): AlignedPair[] {
  const flags = pairs.map(alike);
  return pairs.filter((pair, k) => {
    let count = 0;
    for (let d = -radius; d <= radius; d++) {
      if (d === 0) continue;
      const other = pairs[k + d];
      // Neighbours must be contiguous in both texts, or the stretch is not parallel.
      if (other && Math.abs(other.a - pair.a) <= radius + 1 && Math.abs(other.b - pair.b) <= radius + 1 && flags[k + d]) {
        count++;
      }
    }
    return count >= needed;
  });
}
