import { describe, expect, it } from 'vitest';
import { encodeLoose, generateHostileRequests, markupOutsideAttributes } from '../../integration/fuzz/hostile-inputs.ts';

describe('hostile request generator', () => {
  it('gives the same requests for the same seed', () => {
    expect(generateHostileRequests(3, 50)).toEqual(generateHostileRequests(3, 50));
    expect(generateHostileRequests(4, 50)).not.toEqual(generateHostileRequests(3, 50));
  });

  it('encodes a lone surrogate as its three WTF-8 bytes and a pair as UTF-8', () => {
    expect(encodeLoose('a\uD800b')).toBe('a%ED%A0%80b');
    expect(encodeLoose('😀')).toBe('%F0%9F%98%80');
  });
});

describe('markupOutsideAttributes', () => {
  it('exposes an attribute breakout and a tag but not markup escaped or inside a quoted value', () => {
    expect(markupOutsideAttributes('<input value="x" data-fz1="1">')).toContain('" data-fz1=');
    expect(markupOutsideAttributes('<input value="&quot; data-fz1=&quot;1">')).not.toContain('" data-fz1=');
    expect(markupOutsideAttributes('<input value="<b id=fz1>">')).not.toContain('<b id=fz1');
    expect(markupOutsideAttributes('<p><b id=fz1></p>')).toContain('<b id=fz1');
  });
});
