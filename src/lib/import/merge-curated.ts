/** Re-import without losing hand corrections: curated values and a hand-edited body are kept. */
import { digestBody } from '../plan/body-digest.ts';
import type { CuratableField, PlanMeta } from '../plan/plan-meta.ts';
import { curatableFields } from '../plan/plan-schema.ts';
import type { PlanFile } from '../plan/read-plan-file.ts';

/** The merged plan and what was kept from the existing file. */
export interface MergedPlan {
  meta: PlanMeta;
  body: string;
  keptFields: string[];
  keptBody: boolean;
}

/** Applies an existing file's curated fields and hand-edited body to a freshly imported plan. */
export function mergeCurated(fresh: PlanMeta, freshBody: string, existing: PlanFile | null): MergedPlan {
  const meta: PlanMeta = { ...fresh, provenance: { ...fresh.provenance } };
  const keptFields: string[] = [];
  if (!existing) return { meta: { ...meta, bodyDigest: digestBody(freshBody) }, body: freshBody, keptFields, keptBody: false };
  for (const field of curatableFields) {
    if (existing.meta.provenance[field] !== 'curated') continue;
    copyField(meta, existing.meta, field);
    meta.provenance[field] = 'curated';
    keptFields.push(field);
  }
  const edited = digestBody(existing.body) !== existing.meta.bodyDigest;
  if (edited) return { meta: { ...meta, bodyDigest: existing.meta.bodyDigest }, body: existing.body, keptFields, keptBody: true };
  return { meta: { ...meta, bodyDigest: digestBody(freshBody) }, body: freshBody, keptFields, keptBody: false };
}

/** Copies one field, keeping its own type (the field's key types both sides). */
function copyField<K extends CuratableField>(to: PlanMeta, from: PlanMeta, field: K): void {
  to[field] = from[field];
}
