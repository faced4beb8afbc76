/** Writes a plan's metadata and body as the text of its `content/plans/<slug>.md` file. */
import { stringify } from 'yaml';
import type { PlanMeta } from './plan-meta.ts';
import { planMetaKeys } from './plan-schema.ts';
import { curatableFields } from './plan-schema.ts';

/** The plan file text: front matter in a stable key order (one value a line, never folded), then the body. */
export function serializePlanFile(meta: PlanMeta, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of planMetaKeys) {
    if (key === 'provenance') {
      const provenance: Record<string, string> = {};
      for (const field of curatableFields) {
        const value = meta.provenance[field];
        if (value) provenance[field] = value;
      }
      ordered[key] = provenance;
    } else if (key === 'signer' && meta.signer) {
      ordered[key] = { onBehalf: meta.signer.onBehalf, title: meta.signer.title, name: meta.signer.name };
    } else {
      ordered[key] = meta[key];
    }
  }
  const yaml = stringify(ordered, { lineWidth: 0, nullStr: 'null' });
  return `---\n${yaml}---\n\n${body.replace(/\s+$/, '')}\n`;
}
