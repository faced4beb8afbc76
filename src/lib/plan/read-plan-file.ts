/** Parses a plan file (YAML front matter + Markdown body) and validates its front matter. */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import type { PlanMeta } from './plan-meta.ts';
import { FileError } from '../file-error.ts';
import { planMetaSchema } from './plan-schema.ts';

/** A plan file split into its validated metadata and its Markdown body. */
export interface PlanFile {
  meta: PlanMeta;
  /** The Markdown after the front matter, without the blank lines that separate them. */
  body: string;
  /** 1-based line of the file on which `body` starts, so body positions can be reported as file lines. */
  bodyStartLine: number;
}

const hint = 'fix the value by hand (see content/README.md) or delete the file and re-import its source';

/** Reads `text` (the content of the plan file at `path`); throws FileError naming file and line. */
export function readPlanFile(path: string, text: string): PlanFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') {
    throw new FileError({ file: path, line: 1 }, 'front matter: the file must start with a "---" line');
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) throw new FileError({ file: path, line: 1 }, 'front matter: no closing "---" line');
  const yamlLines = lines.slice(1, close);

  let data: unknown;
  try {
    data = parseYaml(yamlLines.join('\n'));
  } catch (error) {
    const pos = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FileError({ file: path, line: pos === undefined ? 2 : pos + 1 }, `front matter: invalid YAML: ${reason}`, { cause: error });
  }
  const result = planMetaSchema.safeParse(data ?? {});
  if (!result.success) {
    // A failed parse has at least one issue; the first one is reported.
    const issue = result.error.issues[0];
    const line = issue ? lineOfKey(yamlLines, issue.path) : 1;
    throw new FileError({ file: path, line }, `front matter: ${issue ? describeIssue(issue) : result.error.message}`, { hint });
  }

  let start = close + 1;
  while (start < lines.length && lines[start]?.trim() === '') start += 1;
  const body = lines.slice(start).join('\n').replace(/\s+$/, '');
  return { meta: result.data, body: body === '' ? '' : `${body}\n`, bodyStartLine: start + 1 };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `"${issue.path.join('.')}"` : 'front matter';
  switch (issue.code) {
    case 'invalid_value':
      return `${where} must be one of ${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return `${where} must be ${article(issue.expected)}${issue.input === undefined ? ' (it is missing)' : ''}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}${issue.path.length > 0 ? ` in ${where}` : ''}`;
    default:
      return `${where} ${issue.message}`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// Line (1-based, in the file) of the front-matter key an issue points at; the opening "---" is line 1.
function lineOfKey(yamlLines: string[], path: PropertyKey[]): number {
  const [top, second] = path;
  if (typeof top !== 'string') return 1;
  const topIndex = yamlLines.findIndex((line) => line.startsWith(`${top}:`));
  if (topIndex < 0) return 1;
  if (typeof second === 'string') {
    const sub = yamlLines.findIndex((line, i) => i > topIndex && new RegExp(`^\\s+${second}:`).test(line));
    if (sub > 0) return sub + 2;
  }
  if (typeof second === 'number') {
    let seen = -1;
    for (let i = topIndex + 1; i < yamlLines.length && /^\s/.test(yamlLines[i] ?? ''); i += 1) {
      if (/^\s+-/.test(yamlLines[i] ?? '')) seen += 1;
      if (seen === second) return i + 2;
    }
  }
  return topIndex + 2;
}
