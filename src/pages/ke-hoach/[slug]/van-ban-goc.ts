/** GET /ke-hoach/<slug>/van-ban-goc: the source file the plan was imported from (Word, PDF, scan or text). */
import type { APIRoute } from 'astro';
import { config } from '../../../lib/config.ts';
import { readPlanSource } from '../../../lib/import/formats/source-file.ts';

export const GET: APIRoute = async ({ params }) => {
  const source = await readPlanSource(config.CONTENT_DIR, params.slug ?? '');
  if (!source) {
    return new Response('Không tìm thấy văn bản gốc của kế hoạch này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  return new Response(new Uint8Array(source.bytes), {
    headers: {
      'Content-Type': source.contentType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(source.name)}`,
      'X-Content-Type-Options': 'nosniff',
    },
  });
};
