import { describe, expect, it } from 'vitest';
import { sectionDisplayed, sectionSettings, sectionTextAttributes } from '../../../src/lib/meilisearch/settings.ts';
import { provinceSynonyms } from '../../../src/lib/meilisearch/synonyms.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';

// Every field of the contract, so that a field added there without a decision here fails this test.
const allFields: Record<keyof SectionDocument, true> = {
  id: true, planSlug: true, anchor: true, path: true, heading: true, breadcrumb: true, documentHeading: true, order: true, depth: true,
  telexBreadcrumb: true, documentType: true, cites: true,
  text: true, markdown: true, textOriginal: true, markdownOriginal: true, telexHeading: true, telex: true, aliases: true, repaired: true,
  planTitle: true, planType: true, planNumber: true, issuer: true, level: true, province: true, provinceCode: true,
  provinceNow: true, provinceNowCode: true, district: true, date: true, timestamp: true, year: true,
  leadAgencies: true, agencies: true, deadline: true, deadlineFrom: true, deadlineTo: true, recurring: true, categories: true,
};

describe('section settings', () => {
  it('displays every field of a section except its Telex spellings', () => {
    expect([...sectionDisplayed].sort()).toEqual(Object.keys(allFields).filter((f) => !f.startsWith('telex')).sort());
  });

  it('searches the heading, the document heading, the parents\' headings, then the text, the Telex spellings last, and keeps Telex out of the plain search', () => {
    const searchable = sectionSettings({}).searchableAttributes ?? [];
    expect([...searchable.slice(0, 4), ...searchable.slice(-3)]).toEqual(['heading', 'documentHeading', 'breadcrumb', 'text', 'telexHeading', 'telexBreadcrumb', 'telex']);
    expect(sectionTextAttributes).not.toContain('telex');
    expect(sectionTextAttributes).not.toContain('telexHeading');
  });

  it('allows no typo inside a syllable, in Telex or in numbers', () => {
    expect(sectionSettings({}).typoTolerance).toEqual({
      enabled: true,
      minWordSizeForTypos: { oneTypo: 8, twoTypos: 12 },
      disableOnAttributes: ['telexHeading', 'telexBreadcrumb', 'telex', 'planNumber'],
      disableOnNumbers: true,
    });
  });
});

describe('province synonyms', () => {
  it('links an old province with the one it joined in 2025, both ways', () => {
    const synonyms = provinceSynonyms();
    expect(synonyms['Ninh Thuận']).toEqual(['Khánh Hòa']);
    expect(synonyms['Khánh Hòa']).toContain('Ninh Thuận');
  });

  it('does not make names that are everyday words or a person\'s name into keys', () => {
    const synonyms = provinceSynonyms();
    expect(synonyms['Hồ Chí Minh']).toBeUndefined();
    expect(synonyms['Hòa Bình']).toBeUndefined();
    expect(synonyms['Bình Dương']).toEqual(['Hồ Chí Minh']);
  });
});
