// OCR reads the horn of Ư and Ơ as an apostrophe after the letter: "THU'C" for "THỰC", which
// splits the word in two. Inside a word (a letter on each side) it is put back as the horn.
const hornApostrophe = /(?<=\p{L}['’‘`]?)([UuOoƯưƠơ])['’‘`](?=\p{L})/gu;
const horned: Record<string, string> = { U: 'Ư', u: 'ư', O: 'Ơ', o: 'ơ', Ư: 'Ư', ư: 'ư', Ơ: 'Ơ', ơ: 'ơ' };

/** "THU'C" → "THƯC" (the language model then chooses the tone), "nu'o'c" → "nươc"; "O'Brien", "d'Arc" stay. */
export function rejoinHorns(text: string): string {
  return text.replace(hornApostrophe, (_, letter: string) => horned[letter] ?? letter);
}
