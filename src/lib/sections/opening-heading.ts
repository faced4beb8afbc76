/**
 * The heading-rank text of a plan's opening section: the document's type, number and title, with
 * the number in the forms people write it ("254-KH/TU", "KH 254", "Kế hoạch 254", "Kế hoạch số
 * 254"), so that a query naming the document ranks its opening above the documents that cite it.
 */
import { DOCUMENT_KINDS, parseDocumentNumber } from '../vietnamese/index.ts';

/** What the opening heading is made of: the plan's type (null when unknown), number and title. */
export interface OpeningFacts {
  type: string | null;
  number: string | null;
  title: string;
}

/** "Kế hoạch số 254-KH/TU · KH 254 · Kế hoạch 254 · Thực hiện Kết luận …"; parts without a value are left out. */
export function openingHeading({ type, number, title }: OpeningFacts): string {
  const parsed = number === null ? undefined : parseDocumentNumber(number);
  const names = [...new Set([type, parsed ? DOCUMENT_KINDS[parsed.kind] : undefined].filter((name) => name !== null && name !== undefined))];
  const forms: string[] = [];
  if (number !== null) forms.push(`${type ?? names[0] ?? ''} số ${number}`.trim());
  if (parsed) forms.push(`${parsed.kind} ${parsed.number}`, ...names.map((name) => `${name} ${parsed.number}`));
  else if (number === null && type !== null) forms.push(type);
  return [...forms, title].filter((part) => part !== '').join(' · ');
}
