import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';
import { parseSections } from '../../../src/lib/sections/parse-sections.ts';

// The expected outlines of the seeds (content/plans written by the importer), preamble first.
const outlines: Record<string, string[]> = {
  '000_9477ffea8052fa6f.txt': ['', 'I', 'I.1', 'I.2', 'II', 'III', 'III.1', 'III.2', 'III.2.1', 'III.2.2', 'III.2.3', 'III.2.4', 'III.2.5', 'IV'],
  '001_07a092d0322db4f3.txt': ['', 'I', 'II', 'II.1', 'II.2', 'II.2.1', 'II.2.2', 'II.2.3', 'III'],
  '002_77ca847e3468c6de.txt': ['', 'I', 'I.1', 'I.2', 'II', 'II.1', 'II.2', 'II.3', 'II.3.1', 'II.3.2', 'II.3.3', 'II.3.4', 'III', 'III.1', 'III.2', 'III.3', 'III.4'],
  '003_e8b47874f182bd64.txt': ['', 'I', 'II', 'II.1', 'II.2', 'II.3', 'III'],
  '004_5a6f970d50aca463.txt': ['', 'I', 'I.1', 'I.2', 'II', 'III', 'III.1', 'III.2', 'III.2.1', 'III.2.2', 'III.3', 'III.4', 'III.5', 'IV'],
};

const dir = 'content/plans';
const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.md')) : [];
const plans = names.map((name) => {
  const file = `${dir}/${name}`;
  return { file, ...readPlanFile(file, readFileSync(file, 'utf8')) };
});

describe('the seed plans in content/plans', () => {
  for (const [source, outline] of Object.entries(outlines)) {
    it(`split ${source} into the sections of its outline plus a preamble`, () => {
      const plan = plans.find((p) => p.meta.source === source);
      expect(plan, `no plan in ${dir} has source ${source}`).toBeDefined();
      if (!plan) return;
      const sections = parseSections(plan.body, plan.file, plan.bodyStartLine - 1);
      expect(sections.map((s) => s.path)).toEqual(outline);
      expect(sections[0]?.anchor).toBe('mo-dau');
    });
  }
});
