/** The slugs of the seed plans, by seed number ("000"), read from the plan files' `source` field. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPlanFile } from '../../../src/lib/plan/read-plan-file.ts';

/** Seed number → plan slug, for the plans imported from content/sources/NNN_*.txt. */
export function seedSlugs(): Map<string, string> {
  const dir = join(process.cwd(), 'content', 'plans');
  const slugs = new Map<string, string>();
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md'))) {
    const { meta } = readPlanFile(name, readFileSync(join(dir, name), 'utf8'));
    const seed = /^(\d{3})_/.exec(meta.source)?.[1];
    if (seed !== undefined) slugs.set(seed, name.slice(0, -3));
  }
  return slugs;
}
