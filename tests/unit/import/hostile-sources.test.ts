import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/lib/import/import-files.ts';

// Seeded, so a failure can be replayed.
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const plan = readFileSync(new URL('../../fixtures/import-letterhead-table/plan.txt', import.meta.url));

/** Files a user might drop into the inbox by mistake or that tools mangle: name → bytes. */
function hostileSources(next: () => number): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const text = plan.toString('utf8');
  const le = Buffer.from(text, 'utf16le');
  files.set('utf16le-no-bom.txt', le);
  files.set('utf16be-no-bom.txt', Uint8Array.from(le, (_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0));
  files.set('utf16-odd-length.txt', le.subarray(0, le.length - 1));
  files.set('one-long-line.txt', Buffer.from(`KẾ HOẠCH\n${'thông tin đối ngoại '.repeat(50_000)}`));
  files.set('only-newlines.txt', Buffer.from('\n'.repeat(100_000)));
  files.set('only-separators.txt', Buffer.from('-----\n'.repeat(10_000)));
  files.set('type-line-only.txt', Buffer.from('KẾ HOẠCH\n'));
  files.set('headings-only.txt', Buffer.from(`KẾ HOẠCH\n${Array.from({ length: 5_000 }, (_, i) => `${i + 1}. MỤC ${i + 1}`).join('\n')}`));
  files.set('deep-bold.txt', Buffer.from(`KẾ HOẠCH\n${'**'.repeat(20_000)}\n`));
  for (let i = 0; i < 12; i += 1) {
    const bytes = Uint8Array.from(plan);
    // Damage a few bytes, cut the file, or splice random bytes in.
    for (let k = 0; k < 1 + Math.floor(next() * 20); k += 1) bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
    files.set(`damaged-${i}.txt`, bytes.subarray(0, Math.max(1, Math.floor(bytes.length * (0.2 + 0.8 * next())))));
    files.set(`noise-${i}.txt`, Uint8Array.from({ length: 1 + Math.floor(next() * 4096) }, () => Math.floor(next() * 256)));
  }
  return files;
}

describe('a folder of hostile sources', () => {
  it('gives every file an outcome, a failure naming its file, and never throws', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    const dirs = { sources: join(dir, 'sources'), plans: join(dir, 'plans'), originals: join(dir, 'originals') };
    for (const d of Object.values(dirs)) mkdirSync(d);
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    const files = hostileSources(random(11));
    for (const [name, bytes] of files) writeFileSync(join(inbox, name), bytes);
    const report = await importFiles([inbox], dirs);
    expect(report.files.map((f) => f.path).sort()).toEqual([...files.keys()].map((name) => join(inbox, name)).sort());
    const unnamed = report.files.filter((f) => f.status === 'failed' && !f.error.message.startsWith(`${f.path}:`));
    expect(unnamed.map((f) => f.path)).toEqual([]);
    const byName = new Map(report.files.map((f) => [f.path.slice(inbox.length + 1), f.status]));
    // A damaged copy of the same plan that still reads (its type line hit, its number "88-KH/HU" intact)
    // sorts first and takes the plan file; the two UTF-16 copies then clash with it and are not written.
    expect(byName.get('damaged-10.txt')).toBe('imported');
    expect([byName.get('utf16le-no-bom.txt'), byName.get('utf16be-no-bom.txt'), byName.get('utf16-odd-length.txt')]).toEqual(['failed', 'failed', 'failed']);
    const clash = report.files.find((f) => f.path.endsWith('utf16be-no-bom.txt'));
    expect(clash?.status === 'failed' && clash.error.message).toContain('produces the same plan file dak-ha-88-kh-hu-2023.md as');
  }, 60_000);
});
