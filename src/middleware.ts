/**
 * Every request to a page or an endpoint passes here: methods other than GET and HEAD (TRACE,
 * POST, …) are answered 405 before any route runs, and every answer gets the security headers.
 */
import { defineMiddleware } from 'astro/middleware';
import { allowedMethods, applySecurityHeaders } from './lib/site/security-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  if (!allowedMethods.has(context.request.method)) {
    const response = new Response('Phương thức này không được hỗ trợ.\n', {
      status: 405,
      headers: { allow: [...allowedMethods].join(', '), 'content-type': 'text/plain; charset=utf-8' },
    });
    applySecurityHeaders(response.headers, 405);
    return response;
  }
  const response = await next();
  applySecurityHeaders(response.headers, response.status);
  return response;
});
