// Function syllables that say little about which section is meant ("và", "của", "các"), folded so
// that they are known typed with or without marks. One list for the whole site: the query keeps
// the window of a long paste with the fewest of them, and highlighting marks them only beside
// another matched word. They are never dropped from a search: they carry phrases ("xây và chống").

/** The function words, folded and lower-cased. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('va cua cac nhung trong duoc la co cho voi de theo ve nay da se tu mot thi ma khi den tren tai ' +
    'hoac nhu nham do bi cung rat dang vao ra lai con viec su nhieu moi ban').split(' '),
);

/** Whether a folded, lower-cased word is a function word. */
export function isStopWord(folded: string): boolean {
  return STOP_WORDS.has(folded);
}
