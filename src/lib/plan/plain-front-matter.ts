/**
 * A fast reader for the front matter the importer writes (yaml.stringify of PlanMeta): top-level
 * `key: value` lines, a `key:` followed by a block sequence or mapping indented two spaces, values
 * that are plain one-line scalars, quoted strings without escapes, `[]` or `{}`. It gives the value
 * yaml.parse gives (core schema) and gives up (undefined) on anything else, so that the caller can
 * fall back to yaml, which also reports errors: a wrong guess would change a plan, giving up only
 * costs time.
 */

type Scalar = string | boolean | null | unknown[] | Record<string, unknown>;

const giveUp = Symbol('give up');

const key = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/u;
const nestedKey = /^ {2}([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/u;
// Keys the core schema reads as something else than a string.
const specialKey = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/u;
// Characters yaml may treat specially anywhere: controls, line separators, BOM, surrogates, tabs.
const unusual = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/u;
// A plain scalar may not start with an indicator, nor hold ": ", " #" or end with ":".
const indicatorStart = /^[-?:,[\]{}#&*!|>'"%@`\s]/u;
const nullScalar = /^(?:~|[Nn]ull|NULL)$/u;
const trueScalar = /^(?:[Tt]rue|TRUE)$/u;
const falseScalar = /^(?:[Ff]alse|FALSE)$/u;
// The core schema's numbers (yaml/dist/schema/core): int, octal, hex, floats, inf and nan; left to yaml.
const numbers = [
  /^[-+]?[0-9]+$/u,
  /^0o[0-7]+$/u,
  /^0x[0-9a-fA-F]+$/u,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u,
];
const doubleQuoted = /^"([^"\\]*)"$/u;
const singleQuoted = /^'((?:[^']|'')*)'$/u;

/** The value of front-matter lines (without the "---" lines), or undefined when yaml must read them. */
export function readPlainFrontMatter(lines: readonly string[]): Record<string, unknown> | undefined {
  const data: Record<string, unknown> = {};
  for (let i = 0; i < lines.length; ) {
    const line = lines[i] ?? '';
    if (unusual.test(line)) return undefined;
    const match = key.exec(line);
    if (!match?.[1] || specialKey.test(match[1]) || Object.hasOwn(data, match[1])) return undefined;
    i += 1;
    if (match[2] !== undefined) {
      const value = readScalar(match[2]);
      if (value === giveUp) return undefined;
      data[match[1]] = value;
      continue;
    }
    // "key:" then its block, indented two spaces: a sequence of scalars or a mapping of scalars.
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').startsWith('  ')) block.push(lines[i++] ?? '');
    const value = readBlock(block);
    if (value === giveUp) return undefined;
    data[match[1]] = value;
  }
  return data;
}

function readBlock(block: readonly string[]): Scalar | typeof giveUp {
  if (block.length === 0) return null;
  if (block.some((line) => unusual.test(line))) return giveUp;
  if (block.every((line) => line.startsWith('  - '))) {
    const items: unknown[] = [];
    for (const line of block) {
      const item = readScalar(line.slice(4));
      if (item === giveUp) return giveUp;
      items.push(item);
    }
    return items;
  }
  const mapping: Record<string, unknown> = {};
  for (const line of block) {
    const match = nestedKey.exec(line);
    if (!match?.[1] || match[2] === undefined || specialKey.test(match[1]) || Object.hasOwn(mapping, match[1])) return giveUp;
    const value = readScalar(match[2]);
    if (value === giveUp) return giveUp;
    mapping[match[1]] = value;
  }
  return mapping;
}

/** A one-line value as the core schema reads it, or giveUp. */
function readScalar(text: string): Scalar | typeof giveUp {
  if (text === '[]') return [];
  if (text === '{}') return {};
  const double = doubleQuoted.exec(text);
  if (double) return double[1] ?? '';
  const single = singleQuoted.exec(text);
  if (single) return (single[1] ?? '').replaceAll("''", "'");
  if (text === '' || indicatorStart.test(text) || text.endsWith(' ') || text.endsWith(':')) return giveUp;
  if (text.includes(': ') || text.includes(' #') || numbers.some((number) => number.test(text))) return giveUp;
  if (nullScalar.test(text)) return null;
  if (trueScalar.test(text)) return true;
  if (falseScalar.test(text)) return false;
  return text;
}
