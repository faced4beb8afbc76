// The public API of the Vietnamese text module, used by the importer, the indexer and the site.
export { normalizeText } from './normalize.ts';
export { canonicalSpelling, canonicalTones } from './tone-placement.ts';
export { placeTone, splitTone, toneIndex, TONE_MARKS } from './tone-mark.ts';
export { foldDiacritics, slugify } from './fold.ts';
export { cachedPerWord } from './word-cache.ts';
export { fromTelex, toTelex } from './telex.ts';
export { cleanQuery, hasDiacritics, MAX_QUERY_LENGTH, MAX_QUERY_WORDS, prepareQuery, queryToTelex } from './query.ts';
export { isStopWord, STOP_WORDS } from './stop-words.ts';
export { foldedWords } from './folded-words.ts';
export { ABBREVIATIONS, abbreviationAliases, abbreviationSynonyms } from './abbreviations.ts';
export type { Abbreviation } from './abbreviations.ts';
export {
  canonicalDocumentNumber,
  DOCUMENT_ISSUERS,
  DOCUMENT_KINDS,
  expandDocumentNumber,
  findDocumentNumbers,
  parseDocumentNumber,
} from './document-number.ts';
export type { DocumentNumber } from './document-number.ts';
export {
  countVietnameseSyllables,
  isVietnameseSyllable,
  parseSyllable,
  syllableInventory,
} from './syllable.ts';
export type { SyllableParts, Tone } from './syllable.ts';
export { breaksContext, isCapsLine, tokenizeLine, tokenizeText } from './tokens.ts';
export type { TextToken, Token, TokenKind } from './tokens.ts';
