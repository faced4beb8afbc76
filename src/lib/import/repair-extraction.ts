/**
 * Damage that copying a document out of a PDF or a web page leaves, undone before the layout is
 * read: escaped line breaks written out as text ("\r\n"), Word drawing-shape names glued to the
 * text ("straight connector 2Số: …"), image placeholders ("![]()"), HTML leftovers ("</xml");
 * and, in document numbers wherever they stand, the letters a PDF font maps wrongly ("445-KL/TƯ", "ƯBND") or the
 * hyphen it drops ("1961/QĐUBND").
 */

/** Repairs a whole decoded text; what it removes is never content, what it changes only numbers (see above). */
export function repairExtraction(text: string): string {
  return (
    text
      // A literal backslash-r-backslash-n is a line break that a scraper wrote out as text.
      .replace(/(?:\\r)?\\n/g, '\n')
      .replace(/\\r/g, '')
      .replace(/\bstraight connector \d+/gi, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/^\s*<\/?[a-z]+\s*$/gim, '')
      .split('\n')
      .map(repairNumberText)
      .join('\n')
  );
}

// The kind codes that stand first in a state number ("1961/QĐ-UBND"), longest first.
const kinds = ['CTr', 'QĐ', 'NQ', 'NĐ', 'KH', 'CT', 'TB', 'BC', 'TT', 'HD', 'QC', 'KL', 'TTr'].sort((a, b) => b.length - a.length);
const issuers = ['UBND', 'HĐND', 'CP', 'TTg', 'VPCP', 'B[A-ZĐ]{2,8}', 'S[A-ZĐ]{2,8}'];
const glued = new RegExp(`(\\d{1,5}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?)(${kinds.join('|')})(${issuers.join('|')})(?![\\p{L}\\d])`, 'u');

/**
 * Repairs the damage a document number suffers in extraction: a font that prints U as Ư ("TƯ",
 * "ƯBND"; the Party writes Trung ương "TW", so a "TƯ" is always a damaged "TU") and a lost hyphen
 * between kind and issuer ("1961/QĐUBND" → "1961/QĐ-UBND").
 */
export function repairNumberText(text: string): string {
  return text
    .replace(/\/\s*TƯ(?![\p{L}\d])/gu, '/TU')
    .replace(/ƯBND/g, 'UBND')
    .replace(glued, '$1$2-$3');
}
