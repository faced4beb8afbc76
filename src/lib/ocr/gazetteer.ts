// Place names as extra clean text for the language model: a plan names its own province,
// and a model learnt from other provinces' plans has never seen that name.

import { provinceNames } from '../provinces/index.ts';

/** Every province name (before and after 2025) as a sentence "tỉnh X.", one a line. */
export function placeNamesText(): string {
  return provinceNames().map((name) => `tỉnh ${name}.`).join('\n');
}
