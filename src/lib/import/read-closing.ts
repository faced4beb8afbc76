/**
 * The closing block: the "Nơi nhận" list and the signature ("T/M BAN THƯỜNG VỤ" / "PHÓ BÍ THƯ" /
 * name). In a scan read by OCR the two columns come interleaved on the same lines, with the stamp
 * read as noise; recipients are cut at the first noisy segment, and that noise is dropped.
 */
import type { PlanMeta } from '../plan/plan-meta.ts';
import { isRecipientsStart, isSignatureStart } from './markers.ts';
import type { SourceLine } from './source-lines.ts';
import { foldDiacritics } from '../vietnamese/index.ts';

/** Recipients and signer read from a closing block. */
export type ClosingFacts = Pick<PlanMeta, 'recipients' | 'signer'>;

const titles: Array<[RegExp, string]> = [
  [/^pho b\S? thu$/, 'Phó Bí thư'],
  [/^b\S? thu$/, 'Bí thư'],
  [/^pho chu tich$/, 'Phó Chủ tịch'],
  [/^chu tich$/, 'Chủ tịch'],
  [/^pho truong ban( thuong truc)?$/, 'Phó Trưởng ban'],
  [/^truong ban$/, 'Trưởng ban'],
  [/^pho giam doc$/, 'Phó Giám đốc'],
  [/^giam doc$/, 'Giám đốc'],
  [/^chanh van phong$/, 'Chánh Văn phòng'],
  [/^pho thu tuong$/, 'Phó Thủ tướng'],
  [/^thu tuong$/, 'Thủ tướng'],
  [/^thu truong$/, 'Thứ trưởng'],
  [/^bo truong$/, 'Bộ trưởng'],
];

/** "PHÓ BÍ THƯ" / OCR "PHO Bf THU" → "Phó Bí thư"; null when the words are no known title. */
function readTitle(text: string): string | null {
  const folded = foldDiacritics(text).replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  for (const [pattern, canonical] of titles) if (pattern.test(folded)) return canonical;
  return null;
}

// A segment of a recipient line that is stamp noise rather than words.
function isNoise(segment: string): boolean {
  const s = segment.trim();
  if (s.length < 3) return true;
  if (/[{}§%$#@ﬁ‘’\\]/.test(s)) return true;
  return !/\p{L}{2,}/u.test(s);
}

/** Cuts a recipient line at the signature column or stamp noise: "- B Chinh tri, PHO Bf THU" → "B Chinh tri". */
function cleanRecipient(text: string, onTitle: (title: string) => void): string {
  const segments = text.replace(/^[-–•+]\s*/, '').split(/,\s+/);
  const kept: string[] = [];
  for (const segment of segments) {
    const title = readTitle(segment);
    if (title && kept.length > 0) {
      onTitle(segment.trim());
      break;
    }
    if (isNoise(segment) && kept.length > 0) break;
    kept.push(segment);
  }
  return kept.join(', ').replace(/[,.;\s]+$/, '').trim();
}

const isName = (text: string): boolean => /^\p{L}+(\s+\p{L}+){1,4}$/u.test(text.trim()) && !readTitle(text);

/** A signer's title glued to the name by extraction ("PHÓ CHỦ TỊCHNguyễn Thị Thu") as two lines. */
function unglue({ text }: SourceLine): string[] {
  const m = /^(\p{Lu}[\p{Lu} ]+\p{Lu})(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}*){1,4})$/u.exec(text.trim());
  return m?.[1] && m[2] && readTitle(m[1]) ? [m[1], m[2]] : [text];
}

/** Reads recipients and signer from the closing block's lines. */
export function readClosing(lines: SourceLine[]): ClosingFacts {
  const recipients: string[] = [];
  let onBehalf: string | null = null;
  let title: string | null = null;
  let name: string | null = null;
  let inRecipients = false;
  const takeTitle = (text: string): void => {
    title ??= readTitle(text);
  };
  for (const line of lines.flatMap(unglue)) {
    let rest = line;
    if (isRecipientsStart(rest)) {
      inRecipients = true;
      rest = rest.replace(/^[^:]*:\s*/, '');
    }
    // "Noi nhan: T/M BAN THUONG VU": the signature column on the same line.
    const tm = /\b(T\/M|TM\.|KT\.|TL\.)\s*.+$/.exec(rest);
    if (tm && (isSignatureStart(tm[0]) || tm.index === 0)) {
      onBehalf ??= tm[0].trim();
      rest = rest.slice(0, tm.index).trim();
    }
    if (rest === '') continue;
    if (/^[-–•+]/.test(rest)) {
      const recipient = cleanRecipient(rest, takeTitle);
      if (recipient) recipients.push(recipient);
      continue;
    }
    const asTitle = readTitle(rest);
    if (asTitle) {
      title ??= asTitle;
      inRecipients = recipients.length > 0 ? false : inRecipients;
      continue;
    }
    if (inRecipients && recipients.length > 0 && /^\p{Ll}/u.test(rest) && title === null) {
      // "- Mặt trận Tổ quốc và các tổ chức" / "chính trị - xã hội huyện,"
      const previous = recipients.pop() ?? '';
      recipients.push(`${previous} ${cleanRecipient(rest, takeTitle)}`.trim());
      continue;
    }
    if (isName(rest)) name = rest.trim();
  }
  const signer = onBehalf || title || name ? { onBehalf, title, name } : null;
  return { recipients, signer };
}
