import { describe, expect, it } from 'vitest';
import { restartDelay } from '../../../src/lib/meilisearch/watch-server.ts';

describe('restartDelay', () => {
  it('doubles from half a second and stops at thirty seconds', () => {
    expect([0, 1, 2, 3, 5, 6, 10].map((attempt) => restartDelay(attempt))).toEqual([500, 1000, 2000, 4000, 16_000, 30_000, 30_000]);
  });
});
