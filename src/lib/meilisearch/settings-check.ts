/**
 * Does an index hold the settings we sent? Meilisearch answers with every setting, its defaults
 * filled in (`disableOnWords: []`), sets in its own order (sortable attributes, the typo-free
 * attributes, synonyms) and object keys sorted; so each setting we sent is compared with what came
 * back as sets, except where order is meaning (ranking rules, searchable and displayed attributes).
 */
import type { Settings } from 'meilisearch';

/** Settings whose array order matters. */
const ordered = new Set(['searchableAttributes', 'displayedAttributes', 'rankingRules']);

/** The settings of `expected` that `actual` does not hold, one line each with both values; [] when all match. */
export function settingsDifferences(expected: Settings, actual: Settings): string[] {
  const differences: string[] = [];
  for (const [name, sent] of Object.entries(expected)) {
    const got: unknown = (actual as Record<string, unknown>)[name];
    const keepOrder = ordered.has(name);
    if (normalised(sent, keepOrder) !== normalised(project(sent, got), keepOrder)) {
      differences.push(`${name}: sent ${clip(JSON.stringify(sent))}, found ${clip(JSON.stringify(got) ?? 'nothing')}`);
    }
  }
  return differences;
}

/** `got` cut to the keys of `sent`, at every depth: the defaults Meilisearch adds do not count. */
function project(sent: unknown, got: unknown): unknown {
  if (!isRecord(sent) || !isRecord(got)) return got;
  return Object.fromEntries(Object.keys(sent).map((key) => [key, project(sent[key], got[key])]));
}

/** JSON with object keys sorted and arrays sorted too, but for the top-level array of an ordered setting. */
function normalised(value: unknown, keepOrder: boolean): string {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalised(item, false));
    return `[${(keepOrder ? items : items.sort()).join(',')}]`;
  }
  if (isRecord(value)) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${normalised(value[key], false)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
