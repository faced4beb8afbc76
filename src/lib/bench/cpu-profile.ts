/**
 * Where a V8 CPU profile (`node --cpu-prof`) spent its time: busy time (all but the idle and
 * garbage-collector-free program nodes), and the inclusive time of the functions asked about,
 * each counted once per sample however deep it recurses.
 */

/** The parts of a `.cpuprofile` read here. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** A function to look for: its name, and optionally the end of its script's URL. */
export interface FrameQuery {
  label: string;
  functionName: string;
  url?: string;
}

export interface ProfileSummary {
  /** Sampled time outside "(idle)", ms. */
  busyMs: number;
  /** Inclusive ms of each query, by label. */
  inclusiveMs: Record<string, number>;
}

/** Busy time and the inclusive time of each query. */
export function summariseProfile(profile: CpuProfile, queries: readonly FrameQuery[]): ProfileSummary {
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Which queries each node matches, itself or through an ancestor: one list per node, memoised.
  const matched = new Map<number, ReadonlySet<string>>();
  const matchesOf = (id: number): ReadonlySet<string> => {
    const known = matched.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const set = new Set(up === undefined ? [] : matchesOf(up));
    if (node !== undefined) {
      for (const query of queries) {
        if (node.callFrame.functionName === query.functionName && (query.url === undefined || node.callFrame.url.endsWith(query.url))) set.add(query.label);
      }
    }
    matched.set(id, set);
    return set;
  };
  const inclusiveMs: Record<string, number> = Object.fromEntries(queries.map((query) => [query.label, 0]));
  let busyMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    busyMs += ms;
    for (const label of matchesOf(id)) inclusiveMs[label] = (inclusiveMs[label] ?? 0) + ms;
  });
  return { busyMs, inclusiveMs };
}

/** The functions with the most self time: name, script (last two path parts) and ms. */
export function topSelfTime(profile: CpuProfile, count: number): { frame: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (frame === undefined || frame.functionName === '(idle)') return;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').slice(-2).join('/')}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count).map(([frame, ms]) => ({ frame, ms }));
}
