/**
 * The documents step as a whole: the files of a corpus turned into section documents a plan at a
 * time, then the plan documents with their citation links, with the hash of their inputs.
 */
import { parseTaxonomy } from '../categories/taxonomy.ts';
import { readPlanFile } from '../plan/read-plan-file.ts';
import type { CorpusFiles } from './corpus-files.ts';
import { readCorpusFiles } from './corpus-files.ts';
import { codeVersion, corpusHash } from './corpus-hash.ts';
import type { Corpus, DocumentSink, DocumentSource } from './document-source.ts';
import { citationLinks, withLinks } from './plan-document.ts';
import type { CitationFacts, PlanDocument } from './plan-document.ts';
import { planToDocuments } from './plan-to-documents.ts';
import type { SectionDocument } from './section-document.ts';

/** Plans that do not read, each error starting with its "file:line"; the message lists them all. */
export class InvalidPlansError extends Error {
  readonly errors: readonly Error[];
  constructor(errors: readonly Error[]) {
    super(errors.map((error) => error.message).join('\n'), { cause: errors[0] });
    this.name = 'InvalidPlansError';
    this.errors = errors;
  }
}

/** How corpusDocuments treats a plan that does not read. */
export interface CorpusOptions {
  /** Called with each invalid plan's error, and the plan is left out; without it the first error is thrown. */
  onInvalid?: (error: Error) => void;
  /** Fed each section document of each pass over the plans, as it is made (none on a pass that is not made: an unchanged corpus). */
  sinks?: readonly DocumentSink[];
}

/** A plan's error as one that names its file: a FileError already does, anything else gets the path. */
function planError(error: unknown, path: string): Error {
  const cause = error instanceof Error ? error : new Error(String(error));
  return cause.message.startsWith(path) ? cause : new Error(`${path}: ${cause.message}`, { cause });
}

/**
 * Corpus files as a document source for `reindex`: each plan is parsed when the reindex reaches
 * it, so indexing starts before the last plan is read. Throws, from `sections()`, the first plan's
 * error as it is: a FileError, whose message starts with "file:line";
 * with `onInvalid`, reports each such plan there and leaves it out.
 */
export function corpusDocuments(files: CorpusFiles, code: string, options: CorpusOptions = {}): DocumentSource {
  const taxonomy = parseTaxonomy(files.categories.text, files.categories.path);
  // The plan documents wait for the citation links of the whole corpus: kept as UTF-8 JSON, a
  // fraction of their size as objects, beside the few fields the links are computed from.
  const stored: Buffer[] = [];
  const facts: CitationFacts[] = [];
  return {
    hash: corpusHash(files, code),
    groups: files.plans.length,
    *sections() {
      stored.length = 0;
      facts.length = 0;
      for (const file of files.plans) {
        const slug = (file.path.split('/').pop() ?? file.path).replace(/\.md$/, '');
        let documents;
        try {
          const { meta, body, bodyStartLine } = readPlanFile(file.path, file.read());
          const original = files.originals.get(slug);
          documents = planToDocuments(slug, meta, body, {
            file: file.path,
            bodyLine: bodyStartLine,
            categories: taxonomy,
            ...(meta.ocr && original ? { originalBody: original.read(), originalFile: original.path, originalBodyLine: 1 } : {}),
          });
        } catch (error) {
          if (!options.onInvalid) throw error;
          options.onInvalid(planError(error, file.path));
          yield [];
          continue;
        }
        const { slug: planSlug, number, provinceCode, cites } = documents.plan;
        facts.push({ slug: planSlug, number, provinceCode, cites });
        stored.push(Buffer.from(JSON.stringify(documents.plan)));
        for (const sink of options.sinks ?? []) for (const section of documents.sections) sink.add(section);
        yield documents.sections;
      }
    },
    *plans() {
      const links = citationLinks(facts);
      for (const json of stored) yield withLinks(JSON.parse(json.toString('utf8')) as PlanDocument, links);
    },
  };
}

/** Turns corpus files into documents, all at once (tests, evaluation); errors as `corpusDocuments`. */
export function buildCorpus(files: CorpusFiles, code: string): Corpus {
  const source = corpusDocuments(files, code);
  const sections: SectionDocument[] = [];
  for (const group of source.sections()) sections.push(...group);
  return { plans: [...source.plans()], sections, hash: source.hash };
}

/** Reads and builds the corpus of `contentDir`, all in memory; paths in messages are relative to `cwd`. */
export async function loadCorpus(contentDir: string, cwd = '.'): Promise<Corpus> {
  return buildCorpus(await readCorpusFiles(contentDir, cwd), await codeVersion());
}
