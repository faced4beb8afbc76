/** Reads the labelled task fields of a section: lead agencies, implementing agencies, deadline. */
import type { RootContent } from 'mdast';
import { splitAgencies } from './agency-list.ts';
import { parseDeadline } from './deadline.ts';
import { foldForMatching } from './match-text.ts';
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

/** True when a line of plain text is a labelled task field ("Cơ quan chỉ đạo: …"), not prose. */
export function isTaskFieldLine(line: string): boolean {
  const folded = foldForMatching(line.normalize('NFC').replace(/^[\s\-–•*+]+/u, ''));
  return leadLabel.test(folded) || agencyLabel.test(folded) || deadlineLabel.test(folded);
}

/** The task fields written in a section's own nodes; empty lists and nulls when it has none. */
export function readTaskFields(nodes: readonly RootContent[]): TaskFields {
  return readTaskFieldsOfText(nodesToText(nodes));
}

/** The task fields written in a section's own plain text (Section.text, nodesToText of its nodes). */
export function readTaskFieldsOfText(text: string): TaskFields {
  const fields: TaskFields = { leadAgencies: [], agencies: [], deadline: null, deadlineFrom: null, deadlineTo: null, recurring: false };
  const lines = text.normalize('NFC').split('\n');
  for (const raw of lines) {
    const line = raw.replace(/^[\s\-–•*+]+/u, '');
    const folded = foldForMatching(line);
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
    for (const line of lines) {
      const inline = inlineDeadline.exec(foldForMatching(line));
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
