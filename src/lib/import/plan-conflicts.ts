/**
 * What stops an imported plan from being written: the same text imported under another name (a
 * duplicate, skipped), or a plan file or source file that belongs to another source (never
 * overwritten). Pure: the caller brings the plans already on disk and those accepted so far.
 */
import type { ExistingPlans } from './existing-plans.ts';
import { FileError } from '../file-error.ts';
import type { ImportedPlan } from './import-plan.ts';

/** A plan ready to be checked: where it came from and what it is. */
export interface CandidatePlan {
  path: string;
  plan: ImportedPlan;
}

/** What the plans accepted so far in this run hold, each by the input path that holds it. */
export interface AcceptedSoFar {
  /** Source file name → input path. */
  sources: Map<string, string>;
  /** Plan slug → input path. */
  slugs: Map<string, string>;
  /** Body digest → input path. */
  digests: Map<string, string>;
  /** Input path → plan slug. */
  planOf: Map<string, string>;
}

/** The verdict on one plan: write it, skip it as a copy of another, or fail it. */
export type Verdict = { kind: 'write' } | { kind: 'duplicate'; of: string; planSlug: string } | { kind: 'fail'; error: FileError };

/** An empty record of accepted plans. */
export function acceptedSoFar(): AcceptedSoFar {
  return { sources: new Map(), slugs: new Map(), digests: new Map(), planOf: new Map() };
}

/** Judges `candidate` against the plans on disk and those accepted before it; records it when it is to be written. */
export function judgePlan(candidate: CandidatePlan, existing: ExistingPlans, accepted: AcceptedSoFar): Verdict {
  const { path, plan } = candidate;
  const { source } = plan.meta;
  const digest = plan.meta.bodyDigest;
  const fail = (reason: string): Verdict => ({ kind: 'fail', error: new FileError({ file: path }, reason) });

  const invalid = existing.invalid.find((p) => p.source === source || p.slug === plan.slug);
  if (invalid) {
    return fail(`its plan file does not read, so it was not re-imported (its curated values would be lost): ${invalid.error.message}`);
  }
  const sameName = accepted.sources.get(source);
  if (sameName !== undefined) return fail(`has the same file name as ${sameName}, which this import already took; rename one of them and import it again`);
  const sameText = accepted.digests.get(digest);
  if (sameText !== undefined) return { kind: 'duplicate', of: sameText, planSlug: accepted.planOf.get(sameText) ?? plan.slug };
  const onDisk = existing.byDigest.get(digest);
  if (onDisk && onDisk.file.meta.source !== source) return { kind: 'duplicate', of: onDisk.file.meta.source, planSlug: onDisk.slug };

  const holder = existing.bySlug.get(plan.slug);
  if (holder && holder.file.meta.source !== source) {
    return fail(
      `its plan would be ${plan.slug}.md, which holds the plan imported from ${holder.file.meta.source}; nothing was written. ` +
        `If it is a new version of that plan, save it as content/sources/${holder.file.meta.source} and import that; ` +
        `if it is another plan, check the number and date both were read with`,
    );
  }
  const taken = accepted.slugs.get(plan.slug);
  if (taken !== undefined) {
    return fail(`produces the same plan file ${plan.slug}.md as ${taken}; nothing was written. Check the number and date both were read with, or import one at a time`);
  }
  accepted.sources.set(source, path);
  accepted.slugs.set(plan.slug, path);
  accepted.digests.set(digest, path);
  accepted.planOf.set(path, plan.slug);
  return { kind: 'write' };
}
