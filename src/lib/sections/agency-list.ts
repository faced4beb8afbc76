/** Splits a task field's agency list ("Ủy ban nhân dân huyện; các cơ quan tham mưu, giúp việc Huyện ủy") into canonical names. */
import { canonicalSpelling } from '../vietnamese/index.ts';

// Names are facet values: "Huyện uỷ" and "Huyện ủy" must be one.
const canonicalName = (name: string): string => canonicalSpelling(name);

// "… chủ trì, phối hợp với các cơ quan liên quan": the lead keeps its name, generic partners go.
const leadsPhrase = /\s+(?:làm\s+)?chủ\s+trì(?:\s*,\s*|\s+và\s+|\s+)?(?:phối\s+hợp\s+với\s+(.*))?$/iu;
const partnersPhrase = /\s*,?\s+phối\s+hợp\s+với\s+(.*)$/iu;
const genericPartner = /^(?:và\s+)?(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị|ngành|địa\s+phương)[^;]*liên\s+quan$/iu;
const trailingGeneric = /\s+(?:và|cùng)\s+(?:các|những)\s+(?:cơ\s+quan|đơn\s+vị)\s+(?:có\s+)?liên\s+quan$/iu;

/** Canonical agency names in a field value, in order, without duplicates. */
export function splitAgencies(value: string): string[] {
  const names: string[] = [];
  for (const clause of value.split(/\s*;\s*/u)) {
    for (const name of splitClause(clause)) {
      const clean = canonicalName(tidy(name));
      if (clean !== '' && !genericPartner.test(clean) && !names.includes(clean)) names.push(clean);
    }
  }
  return names;
}

function splitClause(clause: string): string[] {
  let text = tidy(clause);
  const partners: string[] = [];
  const leads = leadsPhrase.exec(text);
  if (leads) {
    if (leads[1]) partners.push(...splitClause(leads[1]));
    text = text.slice(0, leads.index);
  } else {
    const others = partnersPhrase.exec(text);
    if (others?.[1]) {
      partners.push(...splitClause(others[1]));
      text = text.slice(0, others.index);
    }
  }
  text = text.replace(trailingGeneric, '');
  return [...splitOnSafeCommas(text), ...partners];
}

// A comma separates two agencies only when a capitalised name follows ("Ủy ban nhân dân huyện, Ban
// Tuyên giáo Huyện ủy"); "các cơ quan tham mưu, giúp việc Huyện ủy" and "các chi bộ, đảng bộ" are one.
function splitOnSafeCommas(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of text.split(/\s*,\s*/u)) {
    if (current !== '' && /^\p{Lu}/u.test(piece)) {
      parts.push(current);
      current = piece;
    } else {
      current = current === '' ? piece : `${current}, ${piece}`;
    }
  }
  if (current !== '') parts.push(current);
  return parts;
}

function tidy(name: string): string {
  const trimmed = name.replace(/\s+/gu, ' ').replace(/^[\s\-–•*+]+|[\s.,;:]+$/gu, '');
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1);
}
