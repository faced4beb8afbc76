/** Reads the labelled task fields of a section: lead agencies, implementing agencies, deadline. */
import type { RootContent } from 'mdast';
import { splitAgencies } from './agency-list.ts';
import { parseDeadline } from './deadline.ts';
import { foldForMatching, foldLines } from './match-text.ts';
import { nodesToText } from './section-text.ts';

/** The task fields of one section, as SectionDocument carries them. */
export interface TaskFields {
  leadAgencies: string[];
  agencies: string[];
  deadline: string | null;
  deadlineFrom: number | null;
  deadlineTo: number | null;
  recurring: boolean;
}

// Labels are matched on folded text at the start of a paragraph or list item; bold, a bullet, and
// OCR-ish punctuation ("Cơ quan chỉ đạo.:") are tolerated before the value.
const labelEnd = String.raw`\s*[.,]?\s*[:：]\s*`;
const leadLabel = new RegExp(String.raw`^co quan chi dao${labelEnd}`, 'u');
const agencyLabel = new RegExp(
  String.raw`^(?:co quan|don vi) (?:tham muu,? (?:va )?thuc hien|tham muu|thuc hien|chu tri(?:,? phoi hop)?|phoi hop)${labelEnd}`,
  'u',
);
const deadlineLabel = new RegExp(String.raw`^thoi (?:gian|han)(?: [a-z ,]{0,60}?)?${labelEnd}`, 'u');
// "… của Bộ Chính trị. Thời gian hoàn thành trước ngày 31/10/2023." inside a paragraph.
const inlineDeadline = /(?:^|[.;]\s+)thoi (?:gian|han) hoan thanh\s*:?\s*([^.;]+)/u;

// A bullet, a dash or spaces before a label. Each of these characters folds to one character, so
// the prefix of a line is as long in its folding.
const linePrefix = /^[\s\-–•*+]+/u;

/** True when a line of plain text is a labelled task field ("Cơ quan chỉ đạo: …"), not prose. */
export function isTaskFieldLine(line: string): boolean {
  const composed = line.normalize('NFC');
  return isFoldedTaskFieldLine(composed, foldForMatching(composed));
}

/** isTaskFieldLine of an NFC line whose folding (foldForMatching, or a line of foldLines) is known. */
export function isFoldedTaskFieldLine(line: string, folded: string): boolean {
  const label = withoutPrefix(line, folded);
  return leadLabel.test(label) || agencyLabel.test(label) || deadlineLabel.test(label);
}

/** The folding of an NFC line without the prefix the line starts with. */
function withoutPrefix(line: string, folded: string): string {
  const prefix = linePrefix.exec(line)?.[0].length ?? 0;
  return prefix === 0 ? folded : folded.slice(prefix);
}

/** The task fields written in a section's own nodes; empty lists and nulls when it has none. */
export function readTaskFields(nodes: readonly RootContent[]): TaskFields {
  return readTaskFieldsOfText(nodesToText(nodes));
}

/** The task fields written in a section's own plain text (Section.text, nodesToText of its nodes), with its foldLines if known. */
export function readTaskFieldsOfText(text: string, foldedLines: readonly string[] = foldLines(text)): TaskFields {
  const fields: TaskFields = { leadAgencies: [], agencies: [], deadline: null, deadlineFrom: null, deadlineTo: null, recurring: false };
  const lines = text.normalize('NFC').split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(linePrefix, '');
    const folded = withoutPrefix(raw, foldedLines[index] ?? '');
    const lead = leadLabel.exec(folded);
    const agency = agencyLabel.exec(folded);
    const deadline = deadlineLabel.exec(folded);
    if (lead) {
      addAll(fields.leadAgencies, splitAgencies(line.slice(lead[0].length)));
    } else if (agency) {
      addAll(fields.agencies, splitAgencies(line.slice(agency[0].length)));
    } else if (deadline && fields.deadline === null) {
      setDeadline(fields, line.slice(deadline[0].length));
    }
  }
  if (fields.deadline === null) {
    for (const [index, line] of lines.entries()) {
      const inline = inlineDeadline.exec(foldedLines[index] ?? '');
      if (inline?.[1]) {
        const start = (inline.index ?? 0) + inline[0].length - inline[1].length;
        setDeadline(fields, line.slice(start, start + inline[1].length));
        break;
      }
    }
  }
  return fields;
}

function setDeadline(fields: TaskFields, value: string): void {
  const written = value.replace(/\s+/gu, ' ').replace(/^[\s*]+|[\s.,;*]+$/gu, '');
  if (written === '') return;
  const range = parseDeadline(written);
  fields.deadline = written;
  fields.deadlineFrom = range.from;
  fields.deadlineTo = range.to;
  fields.recurring = range.recurring;
}

function addAll(target: string[], names: string[]): void {
  for (const name of names) if (!target.includes(name)) target.push(name);
}
