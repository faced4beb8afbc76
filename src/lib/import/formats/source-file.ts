/** The source file a plan was imported from, as the site serves it ("Tải văn bản gốc"). */
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readPlanFile } from '../../plan/read-plan-file.ts';

/** Content type of each source extension the importer accepts. */
export const sourceContentTypes: Record<string, string> = {
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

/** A source file ready to send: its name, bytes and content type. */
export interface SourceFile {
  name: string;
  bytes: Buffer;
  contentType: string;
}

/** Reads the source of plan `slug` under `contentDir`; null when the plan or its source is missing. */
export async function readPlanSource(contentDir: string, slug: string): Promise<SourceFile | null> {
  if (!/^[a-z0-9][a-z0-9-]{0,150}$/.test(slug)) return null;
  const planPath = join(contentDir, 'plans', `${slug}.md`);
  let name: string;
  try {
    // basename: a hand-edited `source` can never reach outside content/sources/.
    name = basename(readPlanFile(planPath, await readFile(planPath, 'utf8')).meta.source);
  } catch {
    // No plan file, or one whose front matter is broken: there is no source to give.
    return null;
  }
  try {
    const bytes = await readFile(join(contentDir, 'sources', name));
    return { name, bytes, contentType: sourceContentTypes[extname(name).toLowerCase()] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
