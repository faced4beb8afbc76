import { describe, expect, it } from 'vitest';
import { MeiliRequestError, ReindexError } from '../../../src/lib/meilisearch/errors.ts';
import { indexFailureReport } from '../../../src/lib/meilisearch/index-failure.ts';
import { InvalidPlansError } from '../../../src/lib/documents/load-corpus.ts';

describe('the report of a failed npm run index', () => {
  it('says the new indexes are serving when what failed came after the swap', () => {
    const error = new ReindexError('Reindex succeeded but cleaning up failed:\n- sections_1764300000000: Meilisearch: deleting it failed', { serving: 'swapped' });
    expect(indexFailureReport(error)).toBe('\nReindex succeeded but cleaning up failed:\n- sections_1764300000000: Meilisearch: deleting it failed\nThe new indexes are serving.\n');
  });

  it('says the serving indexes were not changed for a failure before the swap', () => {
    expect(indexFailureReport(new ReindexError('Reindex failed, the serving indexes are unchanged: task 12 failed'))).toBe(
      '\nReindex failed, the serving indexes are unchanged: task 12 failed\nThe serving indexes were not changed.\n',
    );
    expect(indexFailureReport(new MeiliRequestError('Meilisearch at http://127.0.0.1:7700 does not answer'))).toBe(
      '\nMeilisearch at http://127.0.0.1:7700 does not answer\nThe serving indexes were not changed.\n',
    );
  });

  it('counts the plans that do not read before naming them', () => {
    const error = new InvalidPlansError([new Error('content/plans/a.md:3: front matter: "date" is not a date'), new Error('content/plans/b.md:1: no front matter')]);
    expect(indexFailureReport(error)).toBe(
      '\n2 plans do not read:\ncontent/plans/a.md:3: front matter: "date" is not a date\ncontent/plans/b.md:1: no front matter\nThe serving indexes were not changed.\n',
    );
  });
});
