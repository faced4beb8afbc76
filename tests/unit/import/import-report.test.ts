import { describe, expect, it } from 'vitest';
import type { ImportReport, ImportResult } from '../../../src/lib/import/import-files.ts';
import { FileError } from '../../../src/lib/file-error.ts';
import { outcomeLines, reportLines, summaryLine } from '../../../src/lib/import/import-report.ts';
import type { PlanMeta } from '../../../src/lib/plan/plan-meta.ts';

const meta: PlanMeta = {
  type: 'Kế hoạch', title: 'Thực hiện Kết luận số 57-KL/TW', number: '162-KH/HU', issuer: 'Huyện ủy Sơn Hà', level: 'district',
  province: 'Quảng Ngãi', provinceCode: '51', provinceNow: 'Quảng Ngãi', provinceNowCode: '51', district: 'Sơn Hà', date: '2024-08-20',
  cites: [], recipients: [], signer: null, source: 'a.txt', ocr: false, provenance: {}, bodyDigest: '0'.repeat(64),
};

function plan(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    status: 'imported', path: 'inbox/a.txt', planPath: 'content/plans/son-ha-162-kh-hu-2024.md', slug: 'son-ha-162-kh-hu-2024', meta, body: '',
    original: null, keptFields: [], keptBody: false, draft: false, warnings: [], ...overrides,
  };
}
const show = (path: string) => path;

describe('the import report', () => {
  it('prints what was read of a plan on one line, a missing value said as such', () => {
    const lines = outcomeLines(plan({ meta: { ...meta, number: null, date: null, province: null, level: null, issuer: null } }), show);
    expect(lines).toEqual([
      { stream: 'out', text: 'inbox/a.txt → content/plans/son-ha-162-kh-hu-2024.md  Kế hoạch · no number · no issuer · no level · no province · no date' },
    ]);
  });

  it('prints each warning under its file as file:line: warning, and counts them on the line', () => {
    const warnings = [{ line: 12, message: 'line left out of every section' }, { line: null, message: 'no signature block' }];
    expect(outcomeLines(plan({ warnings, draft: true, keptFields: ['date'] }), show).map((l) => l.text)).toEqual([
      'inbox/a.txt → content/plans/son-ha-162-kh-hu-2024.md  Kế hoạch · 162-KH/HU · Huyện ủy Sơn Hà · district · Quảng Ngãi · 2024-08-20  [draft; kept curated: date; 2 warnings]',
      '  inbox/a.txt:12: line left out of every section',
      '  inbox/a.txt: no signature block',
    ]);
  });

  it('puts failures on the error stream, naming the file, with the low-level cause', () => {
    const error = new Error('content/plans/x.md: could not write the file', { cause: new Error('EACCES: permission denied') });
    expect(outcomeLines({ status: 'failed', path: 'inbox/b.txt', error }, show)).toEqual([
      { stream: 'err', text: 'inbox/b.txt: content/plans/x.md: could not write the file (EACCES: permission denied)' },
    ]);
    expect(outcomeLines({ status: 'failed', path: 'inbox/b.txt', error: new FileError({ file: 'inbox/b.txt', line: 3 }, 'bad') }, show)).toEqual([
      { stream: 'err', text: 'inbox/b.txt:3: bad' },
    ]);
  });

  it('sums up files, warnings, duplicates and failures', () => {
    const report: ImportReport = {
      files: [
        plan({ warnings: [{ line: 1, message: 'x' }] }),
        plan({ path: 'inbox/c.txt' }),
        { status: 'duplicate', path: 'inbox/d.txt', of: 'inbox/a.txt', planPath: 'content/plans/son-ha-162-kh-hu-2024.md' },
        { status: 'failed', path: 'inbox/e.txt', error: new FileError({ file: 'inbox/e.txt' }, 'the file is empty') },
      ],
      invalidPlans: [],
    };
    expect(summaryLine(report)).toBe('4 files: 2 imported (1 warning), 1 duplicate, 1 failed.');
    expect(summaryLine({ files: [plan()], invalidPlans: [] })).toBe('1 file: 1 imported.');
  });

  it('names a plan file that does not read and that the import did not touch', () => {
    const report: ImportReport = { files: [], invalidPlans: [{ slug: 'x', source: null, error: new Error('content/plans/x.md:4: front matter: bad') }] };
    expect(reportLines(report, show)).toEqual([
      { stream: 'err', text: 'content/plans/x.md:4: front matter: bad (fix this plan file: until then npm start leaves it out and npm run index fails)' },
      { stream: 'out', text: '0 files: 0 imported.' },
    ]);
  });
});
