import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainFrontMatter } from '../../../src/lib/plan/plain-front-matter.ts';

/** What yaml gives for front-matter lines, as readPlanFile takes it. */
const yamlValue = (lines: string[]): unknown => parse(lines.join('\n')) ?? {};

const frontMatter = (text: string): string[] => {
  const lines = text.split('\n');
  return lines.slice(1, lines.findIndex((line, i) => i > 0 && line === '---'));
};

describe('readPlainFrontMatter', () => {
  it('reads every committed plan as yaml does', () => {
    const names = readdirSync('content/plans').filter((name) => name.endsWith('.md'));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const lines = frontMatter(readFileSync(`content/plans/${name}`, 'utf8'));
      expect(readPlainFrontMatter(lines), name).toEqual(yamlValue(lines));
    }
  });

  it('reads scalars, quoted strings, empty collections and blocks as the core schema does', () => {
    const lines = [
      'type: Kế hoạch',
      'number: 302-KH/HU',
      'provinceCode: "68"',
      "title: 'it''s “quoted”: fine'",
      'date: 2024-02-22',
      'district: null',
      'ocr: true',
      'cites: []',
      'provenance: {}',
      'recipients:',
      '  - Lưu VPHU',
      '  - "VPHU: CVP, PCVP"',
      'signer:',
      '  onBehalf: T/M BAN THƯỜNG VỤ',
      '  name: ~',
      'empty:',
    ];
    const value = readPlainFrontMatter(lines);
    expect(value).toEqual(yamlValue(lines));
    expect(Object.keys(value ?? {})).toEqual(Object.keys(yamlValue(lines) as object));
  });

  it('leaves to yaml what it does not read for sure', () => {
    for (const lines of [
      ['a: 1'], // numbers
      ['a: 0x1F'],
      ['a: .inf'],
      ['a: "esc\\"aped"'],
      ['a: [x]'],
      ['a: b: c'],
      ['a: x # comment'],
      ['a: &anchor x'],
      ['a: |'],
      ['a:  two spaces'],
      ['a: x', '  continued'],
      ['a: x', 'a: y'], // duplicate key
      ['a:', '    - deep'],
      ['a:', '  - x', '  b: y'],
      ['true: x'],
      ['# comment'],
      ['a: tab\there'],
    ]) {
      expect(readPlainFrontMatter(lines), JSON.stringify(lines)).toBeUndefined();
    }
  });
});
