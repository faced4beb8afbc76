/** The plan's file name: `<place>-<number>-<year>`, stable and readable. */
import { createHash } from 'node:crypto';
import type { PlanMeta } from '../plan/plan-meta.ts';
import { slugify } from '../vietnamese/index.ts';

/** What the slug is made from. */
export interface SlugFacts extends Pick<PlanMeta, 'number' | 'date' | 'source'> {
  place: string | null;
  type: string;
}

/**
 * "quang-ngai-254-kh-tu-2024"; without number or date, the place, the type and a short hash of the
 * source file name keep it stable: "lam-dong-ke-hoach-07a092".
 */
export function planSlug(facts: SlugFacts): string {
  const year = facts.date?.slice(0, 4) ?? null;
  if (facts.number) return slugify([facts.place, facts.number, year].filter(Boolean).join(' '));
  const hash = createHash('sha256').update(facts.source).digest('hex').slice(0, 6);
  return slugify([facts.place, facts.type, year, hash].filter(Boolean).join(' '));
}
