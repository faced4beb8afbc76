import { describe, expect, it } from 'vitest';
import { settingsDifferences } from '../../../src/lib/meilisearch/settings-check.ts';

describe('settingsDifferences', () => {
  it('accepts settings as Meilisearch returns them: sets reordered, keys sorted, defaults added', () => {
    const sent = {
      sortableAttributes: ['timestamp', 'year'],
      typoTolerance: { enabled: true, disableOnAttributes: ['telex', 'planNumber'] },
      synonyms: { UBND: ['Ủy ban nhân dân'], BTV: ['Ban Thường vụ'] },
    };
    const got = {
      sortableAttributes: ['year', 'timestamp'],
      typoTolerance: { disableOnWords: [], disableOnAttributes: ['planNumber', 'telex'], enabled: true },
      synonyms: { BTV: ['Ban Thường vụ'], UBND: ['Ủy ban nhân dân'] },
      embedders: {},
    };
    expect(settingsDifferences(sent, got)).toEqual([]);
  });

  it('names a setting the index lacks, as a fresh index with default settings would', () => {
    expect(settingsDifferences({ filterableAttributes: ['year'], stopWords: [] }, { filterableAttributes: [], stopWords: [] })).toEqual([
      'filterableAttributes: sent ["year"], found []',
    ]);
  });

  it('keeps the order of ranking rules and searchable attributes, which is meaning', () => {
    expect(settingsDifferences({ searchableAttributes: ['heading', 'text'] }, { searchableAttributes: ['text', 'heading'] })).toEqual([
      'searchableAttributes: sent ["heading","text"], found ["text","heading"]',
    ]);
  });

  it('names a missing nested value', () => {
    expect(settingsDifferences({ pagination: { maxTotalHits: 10_000 } }, { pagination: { maxTotalHits: 1000 } })).toEqual([
      'pagination: sent {"maxTotalHits":10000}, found {"maxTotalHits":1000}',
    ]);
  });
});
