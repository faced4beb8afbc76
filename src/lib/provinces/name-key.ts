/**
 * The key two spellings of a place name share: no diacritics (so tone placement and "Hoà"/"Hòa"
 * do not matter), no case, no administrative prefix ("Tỉnh", "Thành phố", "TP.", "Huyện"), no
 * spaces or dashes ("Bà Rịa-Vũng Tàu" = "Bà Rịa - Vũng Tàu").
 */
import { foldDiacritics } from '../vietnamese/fold.ts';

const prefix = /^(tinh|thanh pho|tp\.?|t\.p\.?|huyen|thi xa|quan)\s+/;

/** Folds a place name to its lookup key: "Tỉnh Thừa Thiên - Huế" → "thuathienhue". */
export function placeNameKey(name: string): string {
  let folded = foldDiacritics(name).replace(/\s+/g, ' ').trim();
  // "TP. Hồ Chí Minh" keeps its prefix when the prefix is all there is ("TP.HCM" is one token).
  const stripped = folded.replace(prefix, '');
  if (stripped.length > 0) folded = stripped;
  return folded.replace(/[^a-z0-9]/g, '');
}
