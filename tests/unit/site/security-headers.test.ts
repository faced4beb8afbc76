import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, nonPagePolicy } from '../../../src/lib/site/security-headers.ts';

describe('applySecurityHeaders', () => {
  it('adds nosniff, the referrer policy, framing refusal and a policy allowing nothing to a JSON answer', () => {
    const headers = new Headers({ 'content-type': 'application/json; charset=utf-8' });
    applySecurityHeaders(headers, 200);
    expect(Object.fromEntries(headers)).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'content-security-policy': nonPagePolicy,
    });
  });

  it('keeps the policy Astro gave a page and adds the charset its type lacks', () => {
    const headers = new Headers({ 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" });
    applySecurityHeaders(headers, 200);
    expect([headers.get('content-type'), headers.get('content-security-policy')]).toEqual(['text/html; charset=utf-8', "script-src 'self'"]);
  });

  it('tells a client when to retry a 503, unless the answer says so itself', () => {
    const bare = new Headers();
    applySecurityHeaders(bare, 503);
    const own = new Headers({ 'retry-after': '30' });
    applySecurityHeaders(own, 503);
    expect([bare.get('retry-after'), own.get('retry-after')]).toEqual(['5', '30']);
  });
});
