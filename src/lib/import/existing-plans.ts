/** The plan files already in content/plans, as the importer needs them: by source, by slug, by body digest. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readPlanFile } from '../plan/read-plan-file.ts';
import type { PlanFile } from '../plan/read-plan-file.ts';

/** A plan file that reads: its slug (file name) and content. */
export interface ExistingPlan {
  slug: string;
  file: PlanFile;
}

/** A plan file that does not read; `source` when its front matter still names one. */
export interface InvalidPlan {
  slug: string;
  source: string | null;
  error: Error;
}

/** The plan files of a folder. */
export interface ExistingPlans {
  bySource: Map<string, ExistingPlan>;
  bySlug: Map<string, ExistingPlan>;
  /** Importer-written body digest → the plan whose body it is. */
  byDigest: Map<string, ExistingPlan>;
  invalid: InvalidPlan[];
}

/** Reads every plan file of `dir` (a missing folder has none); an invalid file is listed, not thrown. */
export async function readExistingPlans(dir: string): Promise<ExistingPlans> {
  const plans: ExistingPlans = { bySource: new Map(), bySlug: new Map(), byDigest: new Map(), invalid: [] };
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort();
  for (const name of names) {
    const path = join(dir, name);
    const slug = name.slice(0, -3);
    let text = '';
    try {
      text = await readFile(path, 'utf8');
      const plan = { slug, file: readPlanFile(path, text) };
      plans.bySource.set(plan.file.meta.source, plan);
      plans.bySlug.set(slug, plan);
      plans.byDigest.set(plan.file.meta.bodyDigest, plan);
    } catch (error) {
      plans.invalid.push({ slug, source: sourceOf(text), error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return plans;
}

/** The `source` an invalid plan file's front matter still names, if its YAML parses that far. */
function sourceOf(text: string): string | null {
  const yaml = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  if (yaml === undefined) return null;
  try {
    const data: unknown = parseYaml(yaml);
    const source = typeof data === 'object' && data !== null ? (data as Record<string, unknown>).source : undefined;
    return typeof source === 'string' ? source : null;
  } catch {
    return null;
  }
}
