/** The import's report as text: one line per file, its warnings under it, then a summary line. */
import type { InvalidPlan } from './existing-plans.ts';
import type { FileOutcome, ImportReport, ImportResult } from './import-files.ts';

/** A line of the report and the stream it belongs on. */
export interface ReportLine {
  stream: 'out' | 'err';
  text: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "Kế hoạch · 254-KH/TU · Tỉnh ủy Quảng Ngãi · province · Quảng Ngãi · 2024-03-05": what was read, a gap said as such. */
export function describePlan(plan: ImportResult): string {
  const { meta } = plan;
  return [
    meta.type,
    meta.number ?? 'no number',
    meta.issuer ?? 'no issuer',
    meta.level ?? 'no level',
    meta.province ?? 'no province',
    meta.date ?? 'no date',
  ].join(' · ');
}

/** The message of a failure, starting with the file it is about, with the low-level cause where it says more. */
export function failureText(path: string, error: Error): string {
  const message = error.message.startsWith(path) ? error.message : `${path}: ${error.message}`;
  const cause = error.cause instanceof Error && !message.includes(error.cause.message) ? ` (${error.cause.message})` : '';
  return `${message}${cause}`;
}

/** The lines of one file: what became of it, and for an imported plan each warning as "file:line: warning". */
export function outcomeLines(outcome: FileOutcome, show: (path: string) => string): ReportLine[] {
  if (outcome.status === 'failed') return [{ stream: 'err', text: failureText(outcome.path, outcome.error) }];
  if (outcome.status === 'duplicate') {
    return [{ stream: 'out', text: `${outcome.path}: duplicate of ${outcome.of} (same text, in ${show(outcome.planPath)}); not imported again` }];
  }
  const notes = [
    outcome.meta.ocr ? 'OCR' : '',
    outcome.draft ? 'draft' : '',
    outcome.keptFields.length > 0 ? `kept curated: ${outcome.keptFields.join(', ')}` : '',
    outcome.keptBody ? 'kept hand-edited body' : '',
    outcome.warnings.length > 0 ? plural(outcome.warnings.length, 'warning') : '',
  ].filter(Boolean);
  const head = `${outcome.path} → ${show(outcome.planPath)}  ${describePlan(outcome)}${notes.length ? `  [${notes.join('; ')}]` : ''}`;
  const warnings = outcome.warnings.map((w) => ({ stream: 'out' as const, text: `  ${outcome.path}${w.line === null ? '' : `:${w.line}`}: ${w.message}` }));
  return [{ stream: 'out', text: head }, ...warnings];
}

/** A plan file that does not read and that no input of the run touched: named, so it gets fixed. */
export function invalidPlanLine(plan: InvalidPlan): ReportLine {
  return { stream: 'err', text: `${plan.error.message} (fix this plan file: until then npm start leaves it out and npm run index fails)` };
}

/** "4 files: 2 imported (3 warnings), 1 duplicate, 1 failed." */
export function summaryLine(report: ImportReport): string {
  const count = (status: FileOutcome['status']) => report.files.filter((f) => f.status === status).length;
  const warnings = report.files.reduce((n, f) => n + (f.status === 'imported' ? f.warnings.length : 0), 0);
  const parts = [
    `${count('imported')} imported${warnings > 0 ? ` (${plural(warnings, 'warning')})` : ''}`,
    count('duplicate') > 0 ? plural(count('duplicate'), 'duplicate') : '',
    count('failed') > 0 ? `${count('failed')} failed` : '',
  ].filter(Boolean);
  return `${plural(report.files.length, 'file')}: ${parts.join(', ')}.`;
}

/** Every line of a report, in order. */
export function reportLines(report: ImportReport, show: (path: string) => string): ReportLine[] {
  return [...report.invalidPlans.map(invalidPlanLine), ...report.files.flatMap((f) => outcomeLines(f, show)), { stream: 'out', text: summaryLine(report) }];
}
