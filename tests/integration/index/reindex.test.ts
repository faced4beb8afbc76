import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseConfig } from '../../../src/lib/config.ts';
import { createClient } from '../../../src/lib/meilisearch/client.ts';
import { indexCorpus } from '../../../src/lib/meilisearch/index-corpus.ts';
import { readCorpusFiles } from '../../../src/lib/documents/corpus-files.ts';
import { codeVersion } from '../../../src/lib/documents/corpus-hash.ts';
import type { Corpus } from '../../../src/lib/documents/document-source.ts';
import { corpusDocuments, loadCorpus } from '../../../src/lib/documents/load-corpus.ts';
import { silentProgress } from '../../../src/lib/meilisearch/progress.ts';
import { reindex } from '../../../src/lib/meilisearch/reindex.ts';
import { sectionSettings } from '../../../src/lib/meilisearch/settings.ts';
import type { SectionDocument } from '../../../src/lib/documents/section-document.ts';

// A corpus of two tiny hand-written plans in a content directory of its own, indexed under a prefix of its own.
const prefix = `${inject('meiliIndexPrefix')}rx_`;
let client: Meilisearch;
let contentDir: string;

function planFile(title: string, level: string, body: string): string {
  return [
    '---', 'type: Kế hoạch', `title: ${title}`, 'number: 12-KH/HU', 'issuer: Huyện ủy Sơn Hà', `level: ${level}`,
    'province: Quảng Ngãi', 'provinceCode: "51"', 'provinceNow: Quảng Ngãi', 'provinceNowCode: "51"', 'district: Sơn Hà',
    'date: 2024-03-05', 'cites: []', 'recipients: []', 'signer: null', 'source: test.txt', 'ocr: false', 'provenance: {}',
    `bodyDigest: "${'0'.repeat(64)}"`, '---', '', body,
  ].join('\n');
}

const alpha = planFile('Kế hoạch thử thứ nhất', 'district', [
  'Thực hiện Kết luận số 57-KL/TW, Ban Thường vụ Huyện ủy ban hành kế hoạch.',
  '',
  '## I. MỤC ĐÍCH, YÊU CẦU',
  '',
  'Nâng cao chất lượng công tác thông tin đối ngoại.',
  '',
  '## II. NHIỆM VỤ',
  '',
  'Kiên quyết đấu tranh phản bác các luận điệu sai trái.',
  '',
].join('\n'));
const beta = planFile('Kế hoạch thử thứ hai', 'district', ['## I. MỤC TIÊU', '', 'Quảng bá hình ảnh địa phương.', ''].join('\n'));

async function writeContent(plans: Record<string, string>): Promise<void> {
  await rm(join(contentDir, 'plans'), { recursive: true, force: true });
  await mkdir(join(contentDir, 'plans'), { recursive: true });
  for (const [slug, text] of Object.entries(plans)) await writeFile(join(contentDir, 'plans', `${slug}.md`), text);
}

const config = () => parseConfig({ CONTENT_DIR: contentDir, MEILI_INDEX_PREFIX: prefix });
const ids = async (q: string) => (await client.index(`${prefix}sections`).search(q)).hits.map((hit) => hit.id).sort();
const stampedIndexes = async () =>
  (await client.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((uid) => uid.startsWith(prefix) && /_\d{13}$/.test(uid));

beforeAll(async () => {
  client = createClient(inject('meiliHost'), inject('meiliMasterKey'));
  contentDir = await mkdtemp(join(tmpdir(), 'reindex-content-'));
  await copyFile('content/categories.yaml', join(contentDir, 'categories.yaml'));
  await writeContent({ alpha, beta });
});

afterAll(async () => {
  for (const kind of ['sections', 'plans', 'meta']) await client.deleteIndexIfExists(`${prefix}${kind}`);
  await rm(contentDir, { recursive: true, force: true });
});

describe('atomic reindex', () => {
  it('indexes every section of every plan and reports the counts', async () => {
    const result = await indexCorpus(config(), client, { force: true, progress: silentProgress });
    expect([result.status, result.plans, result.sections]).toEqual(['indexed', 2, 4]);
    expect(await ids('"luận điệu sai trái"')).toEqual(['alpha__ii']);
    expect((await client.index(`${prefix}plans`).getDocuments()).results.map((plan) => plan.id).sort()).toEqual(['alpha', 'beta']);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('leaves the serving indexes with the settings as sent, accepted by the server', async () => {
    const sent = sectionSettings();
    const got = await client.index(`${prefix}sections`).getSettings();
    expect(got.searchableAttributes).toEqual(sent.searchableAttributes);
    expect([...(got.filterableAttributes ?? [])].map(String).sort()).toEqual([...(sent.filterableAttributes ?? [])].map(String).sort());
    expect([...(got.sortableAttributes ?? [])].sort()).toEqual([...(sent.sortableAttributes ?? [])].sort());
    expect(got.rankingRules).toEqual(sent.rankingRules);
    expect(got.typoTolerance).toEqual({ ...sent.typoTolerance, disableOnWords: [], disableOnAttributes: ['planNumber', 'telex', 'telexBreadcrumb', 'telexHeading'] });
    expect(got.faceting).toEqual(sent.faceting);
    expect(got.pagination).toEqual(sent.pagination);
    expect(got.proximityPrecision).toBe('byWord');
    expect(Object.keys(got.synonyms ?? {}).length).toBeGreaterThan(50);
  });

  it('does not rebuild an unchanged corpus, unless forced', async () => {
    expect((await indexCorpus(config(), client, { progress: silentProgress })).status).toBe('unchanged');
    expect((await indexCorpus(config(), client, { force: true, progress: silentProgress })).status).toBe('indexed');
  });

  it('rebuilds when a plan changed', async () => {
    await writeContent({ alpha, beta: beta.replace('Quảng bá hình ảnh', 'Giới thiệu hình ảnh') });
    expect((await indexCorpus(config(), client, { progress: silentProgress })).status).toBe('indexed');
    expect(await ids('giới thiệu hình ảnh')).toEqual(['beta__i']);
  });

  it('stops at a broken plan with its file and line, and the previous index keeps serving the same results', async () => {
    const before = await ids('hình ảnh');
    await writeContent({ alpha: alpha.replace('## II. NHIỆM VỤ', '#### 2.1. NHIỆM VỤ'), beta });
    await expect(loadCorpus(contentDir, contentDir)).rejects.toThrow(/^plans\/alpha\.md:28:1: heading "2\.1\. NHIỆM VỤ" \(level 4\) follows level 2; expected level 3$/);
    await expect(indexCorpus(config(), client, { progress: silentProgress, cwd: contentDir })).rejects.toThrow(/^plans\/alpha\.md:28:1: heading "2\.1\. NHIỆM VỤ" \(level 4\) follows level 2; expected level 3$/);
    expect(await ids('hình ảnh')).toEqual(before);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('stops at a broken plan after earlier plans were already sent, and the previous index keeps serving', async () => {
    await writeContent({ alpha, beta });
    await indexCorpus(config(), client, { force: true, progress: silentProgress });
    const before = await ids('hình ảnh');
    // The second plan breaks; with one-byte payloads every section of the first is sent before it is read.
    await writeContent({ alpha, beta: beta.replace('## I. MỤC TIÊU', '### I. MỤC TIÊU') });
    const lastTask = (await client.tasks.getTasks({ limit: 1 })).results[0]?.uid ?? -1;
    const source = corpusDocuments(await readCorpusFiles(contentDir, contentDir), await codeVersion());
    await expect(reindex(source, { client, prefix, batchBytes: 1 })).rejects.toThrow(/^plans\/beta\.md:\d+:1: /);
    const additions = (await client.tasks.getTasks({ types: ['documentAdditionOrUpdate'], limit: 100 })).results
      .filter((task) => task.uid > lastTask && new RegExp(`^${prefix}sections_\\d{13}$`).test(task.indexUid ?? ''));
    expect(additions.map((task) => task.details?.receivedDocuments)).toEqual([1, 1, 1]);
    expect(await ids('hình ảnh')).toEqual(before);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('leaves out a plan that does not read when told to skip, indexes the others and names it', async () => {
    await writeContent({ alpha, beta });
    await indexCorpus(config(), client, { force: true, progress: silentProgress });
    await writeContent({ alpha: alpha.replace('date: 2024-03-05', 'date: 2024-02-30'), beta });
    const result = await indexCorpus(config(), client, { progress: silentProgress, cwd: contentDir, invalidPlans: 'skip' });
    expect([result.status, result.plans, result.sections]).toEqual(['indexed', 1, 1]);
    expect(result.invalid.map((error) => error.message)).toEqual([
      'plans/alpha.md:12: front matter: "date" must be a day of the calendar; 2024-02-30 is not one; fix the value by hand (see content/README.md) or delete the file and re-import its source',
    ]);
    expect(await ids('hình ảnh')).toEqual(['beta__i']);
    expect(await ids('"luận điệu sai trái"')).toEqual([]);
  });

  it('names the plan left out again when the corpus is unchanged, without reindexing', async () => {
    const result = await indexCorpus(config(), client, { progress: silentProgress, cwd: contentDir, invalidPlans: 'skip' });
    expect([result.status, result.plans]).toEqual(['unchanged', 1]);
    expect(result.invalid.map((error) => error.message.split(':').slice(0, 2).join(':'))).toEqual(['plans/alpha.md:12']);
  });

  it('fails on an unchanged corpus with a plan that does not read, as CI needs, though start indexed the others', async () => {
    await expect(indexCorpus(config(), client, { progress: silentProgress, cwd: contentDir })).rejects.toThrow(/^plans\/alpha\.md:12: front matter: "date" must be a day of the calendar; 2024-02-30 is not one; /);
  });

  it('lists every plan that does not read, each with its line, and leaves the serving indexes untouched', async () => {
    const before = await ids('hình ảnh');
    await writeContent({ alpha: alpha.replace('level: district', 'level: village'), beta: beta.replace('## I. MỤC TIÊU', '### I. MỤC TIÊU'), gamma: beta.replace('Quảng bá', 'Giới thiệu') });
    const failure = indexCorpus(config(), client, { progress: silentProgress, cwd: contentDir });
    await expect(failure).rejects.toThrow(
      'plans/alpha.md:6: front matter: "level" must be one of central, province, district, commune, agency; fix the value by hand (see content/README.md) or delete the file and re-import its source\n' +
        'plans/beta.md:22:1: ',
    );
    expect(await ids('hình ảnh')).toEqual(before);
    expect(await ids('giới thiệu')).toEqual([]);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('rejects a plan with a front-matter error, naming the line', async () => {
    await writeContent({ alpha: alpha.replace('level: district', 'level: village'), beta });
    await expect(loadCorpus(contentDir, contentDir)).rejects.toThrow(
      'plans/alpha.md:6: front matter: "level" must be one of central, province, district, commune, agency',
    );
  });

  it('deletes the fresh indexes and keeps serving when a Meilisearch task fails', async () => {
    await writeContent({ alpha, beta });
    const corpus = await loadCorpus(contentDir, contentDir);
    const before = await ids('hình ảnh');
    // An invalid _vectors field is accepted on enqueue and fails the indexing task.
    const bad = { ...corpus.sections[0], _vectors: { default: 'nowhere' } } as unknown as SectionDocument;
    const broken: Corpus = { ...corpus, sections: [bad, ...corpus.sections.slice(1)], hash: 'other' };
    await expect(reindex(broken, { client, prefix, progress: silentProgress })).rejects.toThrow(
      /^Reindex failed, the serving indexes are unchanged: Meilisearch: indexing 4 documents into \S*rx_sections_\d{13} failed \(task \d+, failed\): invalid_vectors_type: /,
    );
    expect(await ids('hình ảnh')).toEqual(before);
    expect(await stampedIndexes()).toEqual([]);
  });

  it('names the plan whose two sections share an id', async () => {
    const corpus = await loadCorpus(contentDir, contentDir);
    const [first, second] = corpus.sections as [SectionDocument, SectionDocument];
    await expect(reindex({ ...corpus, sections: [first, { ...second, id: first.id }] }, { client, prefix, force: true })).rejects.toThrow(
      'content/plans/alpha.md: section id "alpha__mo-dau" is also the id of a section of content/plans/alpha.md; ids must be unique',
    );
  });

  it('names both plans when a section id of one is also one of another, with other plans read in between', async () => {
    const corpus = await loadCorpus(contentDir, contentDir);
    const [first, ...others] = corpus.sections as [SectionDocument, ...SectionDocument[]];
    const sections = [{ ...first, id: 'alpha__i__x' }, ...others, { ...first, planSlug: 'alpha__i', id: 'alpha__i__x' }];
    await expect(reindex({ ...corpus, sections }, { client, prefix, force: true })).rejects.toThrow(
      'content/plans/alpha__i.md: section id "alpha__i__x" is also the id of a section of content/plans/alpha.md; ids must be unique',
    );
  });

  it('names the plan file of a document whose id Meilisearch would refuse, before sending anything', async () => {
    const corpus = await loadCorpus(contentDir, contentDir);
    const bad = { ...corpus.sections[0], id: 'alpha__mục-1' } as SectionDocument;
    await expect(reindex({ ...corpus, sections: [bad] }, { client, prefix })).rejects.toThrow(
      'content/plans/alpha.md: section id "alpha__mục-1" is not a valid Meilisearch id (letters, digits, "-", "_"; at most 511)',
    );
  });
});
