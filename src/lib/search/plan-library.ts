/**
 * The plans' metadata, read from the front matter of `content/plans/*.md`: what the plan page and the plans index show beyond the index
 * (signer, source, citations). Re-read when the folder changes.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { config } from '../config.ts';
import type { PlanMeta } from '../plan/plan-meta.ts';
import { readPlanFile } from '../plan/read-plan-file.ts';

/** A plan's slug with its metadata. */
export interface PlanEntry {
  slug: string;
  meta: PlanMeta;
}

const plansDir = join(config.CONTENT_DIR, 'plans');
let cache: { mtimeMs: number; plans: PlanEntry[] } | undefined;

/** Every plan of `content/plans/`, by slug; throws (naming the file) when a plan file is invalid. */
export async function loadPlans(): Promise<PlanEntry[]> {
  const { mtimeMs } = await stat(plansDir).catch(() => ({ mtimeMs: -1 }));
  if (cache?.mtimeMs === mtimeMs) return cache.plans;
  const names = mtimeMs < 0 ? [] : (await readdir(plansDir)).filter((name) => name.endsWith('.md')).sort();
  const plans = await Promise.all(names.map(async (name) => {
    const path = join(plansDir, name);
    return { slug: name.slice(0, -3), meta: readPlanFile(`content/plans/${name}`, await readFile(path, 'utf8')).meta };
  }));
  cache = { mtimeMs, plans };
  return plans;
}
