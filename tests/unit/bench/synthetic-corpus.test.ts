import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanMeta } from '../../../src/lib/plan/plan-meta.ts';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';
import { readSourcePairs } from '../../../src/lib/bench/corpus-files.ts';
import { readPlanSource, splitBody } from '../../../src/lib/bench/plan-source.ts';
import { generateSyntheticPlans, type SyntheticPlan } from '../../../src/lib/bench/synthetic-corpus.ts';
import { provinceNow } from '../../../src/lib/provinces/index.ts';

const fixture = fileURLToPath(new URL('../../fixtures/bench-plans', import.meta.url));

function frontMatter(plan: SyntheticPlan): PlanMeta {
  return readPlanFile(`${plan.slug}.md`, plan.markdown).meta;
}

function headings(markdown: string): string[] {
  return markdown.split('\n').filter((line) => /^#{2,6} /.test(line)).map((line) => line.replace(/^(#+ [IVX]*).*/, '$1'));
}

describe('splitBody', () => {
  it('splits a body into its preamble and its "##" parts, counting the headings of each part', () => {
    const { preamble, parts } = splitBody('Mở đầu.\n\n## I. A\n\nx\n\n### 1. B\n\ny\n\n## II. C\n');
    expect(preamble).toBe('Mở đầu.');
    expect(parts).toEqual([
      { markdown: '## I. A\n\nx\n\n### 1. B\n\ny', sections: 2 },
      { markdown: '## II. C', sections: 1 },
    ]);
  });

  it('gives an empty preamble when the body opens with a heading', () => {
    expect(splitBody('## I. A\n').preamble).toBe('');
  });
});

describe('readPlanSource', () => {
  it('names the file when the front matter is missing', () => {
    expect(() => readPlanSource('content/plans/x.md', 'x', '## I. A\n')).toThrow(
      'content/plans/x.md:1: front matter: the file must start with a "---" line',
    );
  });
});

describe('generateSyntheticPlans', async () => {
  const sources = await readSourcePairs(fixture);

  it('reads the fixture plans and the OCR original of the OCR one', () => {
    expect(sources.map((s) => [s.plan.slug, s.plan.parts.length, s.original?.parts.length ?? null])).toEqual([
      ['quang-ngai-2-kh-tu-2024', 1, 1],
      ['son-ha-1-kh-hu-2024', 2, null],
    ]);
  });

  it('gives the same plans for the same seed and different plans for another seed', () => {
    const a = [...generateSyntheticPlans(sources, { sections: 200, seed: 1 })];
    const b = [...generateSyntheticPlans(sources, { sections: 200, seed: 1 })];
    const c = [...generateSyntheticPlans(sources, { sections: 200, seed: 2 })];
    expect(b).toEqual(a);
    expect(c.map((p) => p.markdown)).not.toEqual(a.map((p) => p.markdown));
  });

  it('reaches the requested number of sections exactly when the parts allow it', () => {
    const plans = [...generateSyntheticPlans(sources, { sections: 1000, seed: 3 })];
    expect(plans.reduce((sum, plan) => sum + plan.sections, 0)).toBe(1000);
    expect(new Set(plans.map((plan) => plan.slug)).size).toBe(plans.length);
    expect(plans[0]?.slug).toBe('synthetic-000000');
  });

  it('counts as sections the headings of a plan plus its preamble', () => {
    for (const plan of generateSyntheticPlans(sources, { sections: 300, seed: 4 })) {
      const body = plan.markdown.split('---\n').slice(2).join('---\n');
      const hasPreamble = !body.trimStart().startsWith('#');
      expect(plan.sections).toBe(headings(plan.markdown).length + (hasPreamble ? 1 : 0));
    }
  });

  it('renumbers the top-level parts I, II, III in their new order', () => {
    for (const plan of generateSyntheticPlans(sources, { sections: 300, seed: 5 })) {
      const romans = plan.markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.split(' ')[1]);
      expect(romans).toEqual(['I.', 'II.', 'III.', 'IV.', 'V.'].slice(0, romans.length));
    }
  });

  it('varies province and level and keeps the province after 2025 consistent with the registry', () => {
    const metas = [...generateSyntheticPlans(sources, { sections: 3000, seed: 6 })].map(frontMatter);
    expect(new Set(metas.map((m) => m.provinceCode)).size).toBeGreaterThan(40);
    expect(new Set(metas.map((m) => m.level))).toEqual(new Set(['district', 'province', 'commune', 'agency', 'central']));
    expect(new Set(metas.map((m) => String(m.date).slice(0, 4)))).toEqual(new Set(['2023', '2024', '2025']));
    for (const meta of metas) {
      if (meta.provinceCode === null) continue;
      expect(meta.provinceNowCode).toBe(provinceNow(String(meta.provinceCode))?.code);
    }
  });

  it('makes a plan wholly from OCR plans, with an OCR original of the same headings, or wholly from born-digital ones', async () => {
    const plans = [...generateSyntheticPlans(sources, { sections: 500, seed: 7 })];
    const digitalHeadings = (await readFile(join(fixture, 'plans/son-ha-1-kh-hu-2024.md'), 'utf8')).split('\n').filter((line) => line.startsWith('## '));
    const withOriginal = plans.filter((plan) => plan.original !== null);
    // One source in two is an OCR plan: about half the plans, not nearly all (a plan of 2–5 parts
    // drawn from both would be a scan nine times in ten).
    expect(withOriginal.length / plans.length).toBeGreaterThan(0.3);
    expect(withOriginal.length / plans.length).toBeLessThan(0.7);
    for (const plan of plans) {
      const partHeadings = plan.markdown.split('\n').filter((line) => line.startsWith('## ')).map((line) => line.replace(/^## [IVX]+/, ''));
      const fromDigital = partHeadings.filter((heading) => digitalHeadings.some((line) => line.replace(/^## [IVX]+/, '') === heading));
      if (plan.original === null) {
        expect(frontMatter(plan).ocr).toBe(false);
        expect(fromDigital).toEqual(partHeadings);
      } else {
        expect(frontMatter(plan).ocr).toBe(true);
        expect(fromDigital).toEqual([]);
        expect(headings(plan.original)).toEqual(headings(plan.markdown));
        expect(plan.original).toContain('TO CHUC THUC HIEN');
      }
    }
  });
});
