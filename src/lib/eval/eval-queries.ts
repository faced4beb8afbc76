/**
 * The committed relevance query set (`tests/fixtures/eval/queries.yaml`): named groups of queries,
 * each with the sections it must find, as `planSlug__anchor` ids (or a bare plan slug when any
 * section of that plan will do).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** One query of the set. */
export interface EvalQuery {
  group: string;
  /** Search page parameters besides `q`: `province`, `level`, … (repeated values as a list). */
  params: Record<string, string[]>;
  q: string;
  /** What must be found: a section id `slug__anchor`, or a plan slug (any of its sections); [] when nothing may be found. */
  expect: string[];
  /** What must not be in the first 10 hits (a document with a similar number). */
  reject: string[];
  /** Why these are the right answers, for the curator. */
  note: string | null;
}

const target = z.string().regex(/^[a-z0-9-]+(__[a-z0-9-]+)?$/, 'must be a section id "plan-slug__anchor" or a plan slug');

const querySchema = z
  .object({
    q: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
    expect: z.array(target),
    reject: z.array(target).optional(),
    note: z.string().optional(),
  })
  .strict();

const fileSchema = z.object({ groups: z.record(z.string().regex(/^[a-z0-9-]+$/), z.array(querySchema).min(1)) }).strict();

/** Parse the YAML text of a query set; `file` names it in errors. */
export function parseEvalQueries(file: string, text: string): EvalQuery[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (cause) {
    const where = (cause as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    const reason = cause instanceof Error ? (cause.message.split('\n')[0] ?? '') : String(cause);
    throw new Error(`${file}${where ? `:${where.line}:${where.col}` : ''}: not valid YAML: ${reason}`, { cause });
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}; see the comment at the top of the file for the format`);
  }
  return Object.entries(result.data.groups).flatMap(([group, queries]) =>
    queries.map((query) => ({
      group,
      q: query.q,
      params: Object.fromEntries(Object.entries(query.params ?? {}).map(([name, value]) => [name, Array.isArray(value) ? value : [value]])),
      expect: query.expect,
      reject: query.reject ?? [],
      note: query.note ?? null,
    })),
  );
}

/** The URL parameters of a query, as /api/search takes them. */
export function evalQueryToParams(query: EvalQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q !== '') params.set('q', query.q);
  for (const [name, values] of Object.entries(query.params)) for (const value of values) params.append(name, value);
  return params;
}
