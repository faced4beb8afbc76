import { describe, expect, it } from 'vitest';
import { lockKeyUid, parseHolder, staleReason } from '../../../src/lib/meilisearch/reindex-lock.ts';

const holder = { token: 't1', host: 'may-a', pid: 4242, startedAt: '2026-11-28T08:00:00.000Z' };
const now = new Date('2026-11-28T08:10:00.000Z');

describe('reindex lock', () => {
  it('derives one UUID per index prefix, in the form Meilisearch accepts as a key uid', () => {
    expect(lockKeyUid('')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lockKeyUid('test_')).not.toBe(lockKeyUid(''));
    expect(lockKeyUid('test_')).toBe(lockKeyUid('test_'));
  });

  it('reads back the holder it wrote, and nothing from a description of another kind', () => {
    expect(parseHolder(JSON.stringify(holder))).toEqual(holder);
    expect(parseHolder('Search-only key')).toBeNull();
    expect(parseHolder(JSON.stringify({ ...holder, pid: '4242' }))).toBeNull();
  });

  it('judges stale the lock of a run whose process is gone from this host', () => {
    expect(staleReason(holder, now, now, 60_000, () => false, 'may-a')).toBe('pid 4242 on may-a is gone');
  });

  it('keeps the lock of a live run, and of a run on another host touched within the limit', () => {
    expect(staleReason(holder, new Date('2026-11-28T08:09:30.000Z'), now, 60_000, () => true, 'may-a')).toBeNull();
    expect(staleReason(holder, new Date('2026-11-28T08:09:30.000Z'), now, 60_000, () => false, 'may-b')).toBeNull();
  });

  it('judges stale a lock untouched for longer than the limit, wherever its run was', () => {
    expect(staleReason(holder, new Date('2026-11-28T08:08:00.000Z'), now, 60_000, () => true, 'may-b')).toBe('it was last touched 120 s ago');
  });
});
