/**
 * Seeded generator of random and hostile search requests: unicode of every kind, very long values,
 * quotes, Meilisearch filter syntax, markup with a unique marker, lone surrogates, RTL marks, NULs
 * and malformed percent-encoding, in known and unknown parameters. Each request is a raw,
 * percent-encoded query string plus the "tells": substrings that may only appear in an HTML page, once
 * its quoted attribute values are blanked out (see `markupOutsideAttributes`), if markup from the
 * request was reflected unescaped.
 */
import { createRandom, type Random } from '../../../src/lib/bench/prng.ts';

export interface HostileRequest {
  /** Raw query string, without "?", sent exactly as is. */
  query: string;
  /** Substrings that must not appear in any response body. */
  tells: string[];
}

const knownParams = ['q', 'q', 'q', 'province', 'level', 'year', 'from', 'to', 'category', 'agency', 'sort', 'page'];
const unknownParams = ['filter', 'facets', 'limit', 'offset', 'hitsPerPage', '__proto__', 'constructor', 'q[]', 'province[0]', '', 'Q'];

const plainValues = ['51', '56', 'district', 'province', '2024', '2023-07-01', '2024-12-31', 'date-desc', '3', 'quang-ba-hinh-anh', 'Ban Thường vụ Huyện ủy', 'xây và chống', 'thong tin doi ngoai'];

const filterInjections = [
  'province=51" OR level="x',
  '51" OR provinceCode EXISTS OR "',
  '51) OR (1 = 1',
  'district" OR level != "x',
  '_geoRadius(0, 0, 1)',
  'level IN [district, province]',
  '"',
  '\\',
  '\\"',
  'x" AND planSlug = "y',
  '1 TO 99999999999',
  '-1',
  '0',
  '99999999999999999999',
  '2024-02-30',
  'NaN',
];

const oddText = [
  '"xây',
  '""""',
  "''''",
  '“xây” và "chống',
  '-chống',
  '*',
  '\u202Eabc\u202C',
  '\u200F\u200E\u061C',
  '\uFEFFtuyên truyền',
  '\u0000',
  'a\u0000b',
  '\u0007\u001B[31m',
  'tuyên\u0300\u0301\u0302\u0303 truyền',
  'x'.repeat(1000),
  'x'.repeat(1001),
  'đ'.repeat(5000),
  '😀🇻🇳𝕏',
  '\u{10FFFF}',
  // Lone surrogates: sent as the bytes WTF-8 gives them, which are not valid UTF-8.
  '\uD800',
  'xây\uDFFFdựng',
  '${7*7}{{7*7}}',
  '../../etc/passwd',
  'null',
  'undefined',
];

// Percent-encoded byte sequences that are not valid UTF-8, or not valid percent-encoding at all.
const rawFragments = ['%ED%A0%80', '%ED%BF%BF', '%FF', '%C0%AF', '%E0%A4%A', '%', '%zz', '%00', '%2', '%25%32%35'];

/** A markup payload carrying a marker, with the raw substrings that would show it unescaped. */
function markup(random: Random, marker: string): { text: string; tells: string[] } {
  const payloads: Array<[string, string]> = [
    [`<script>${marker}()</script>`, `<script>${marker}`],
    [`<img src=x onerror=${marker}()>`, `<img src=x onerror=${marker}`],
    [`"><svg onload=${marker}()>`, `<svg onload=${marker}`],
    // Attributes are double-quoted: a single quote cannot break out, so this payload's tell is its tag.
    [`' autofocus onfocus='${marker}()<u id=${marker}>`, `<u id=${marker}`],
    // Breaking out of a double-quoted attribute leaves a raw quote before a new attribute.
    [`" data-${marker}="1`, `" data-${marker}=`],
    [`</textarea><b id=${marker}>`, `<b id=${marker}`],
    [`</mark><i id=${marker}>`, `<i id=${marker}`],
    [`<a href="javascript:${marker}()">x</a>`, `<a href="javascript:${marker}`],
    [`</script><script>${marker}()</script>`, `<script>${marker}`],
    [`<!--${marker}-->`, `<!--${marker}`],
  ];
  const [text, tell] = random.pick(payloads);
  return { text, tells: [tell] };
}

/** Percent-encode a string as UTF-8, lone surrogates as the 3-byte sequences WTF-8 gives them. */
export function encodeLoose(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i] as string);
    }
  }
  return out;
}

function randomUnicode(random: Random): string {
  const ranges: Array<[number, number]> = [[0x20, 0x7e], [0xc0, 0x1ef9], [0x300, 0x36f], [0x590, 0x6ff], [0x4e00, 0x4fff], [0x1f300, 0x1f6ff], [0x0, 0x1f], [0xfff0, 0xffff]];
  let text = '';
  for (let n = random.int(1, 40); n > 0; n--) {
    const [low, high] = random.pick(ranges);
    text += String.fromCodePoint(random.int(low, high));
  }
  return text;
}

/** One hostile value and its tells. */
function hostileValue(random: Random, marker: string): { encoded: string; tells: string[] } {
  const roll = random.int(0, 9);
  if (roll <= 1) return { encoded: encodeLoose(random.pick(plainValues)), tells: [] };
  if (roll === 2) return { encoded: encodeLoose(random.pick(filterInjections)), tells: [] };
  if (roll === 3) return { encoded: encodeLoose(random.pick(oddText)), tells: [] };
  if (roll <= 5) {
    const { text, tells } = markup(random, marker);
    const prefix = random.chance(0.5) ? random.pick(plainValues) + ' ' : '';
    return { encoded: encodeLoose(prefix + text), tells };
  }
  if (roll === 6) return { encoded: encodeLoose(randomUnicode(random)), tells: [] };
  if (roll === 7) return { encoded: encodeLoose(random.pick(plainValues)) + random.pick(rawFragments) + encodeLoose(random.pick(oddText).slice(0, 50)), tells: [] };
  if (roll === 8) return { encoded: random.pick(rawFragments), tells: [] };
  const { text, tells } = markup(random, marker);
  return { encoded: encodeLoose(`${random.pick(filterInjections)}${text}`), tells };
}

/**
 * An HTML page with every double-quoted attribute value blanked: markup inside a quoted value is
 * inert text, so what remains is where a reflected payload could act.
 */
export function markupOutsideAttributes(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}

/** `count` hostile requests from `seed`; the same seed gives the same requests. */
export function generateHostileRequests(seed: number, count: number): HostileRequest[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const marker = `fz${seed}x${index}`;
    const pairs: string[] = [];
    const tells: string[] = [];
    // Half the requests are valid but for a hostile `q`, so that they reach Meilisearch and the snippets.
    if (random.chance(0.5)) {
      const value = hostileValue(random, marker);
      pairs.push(`q=${value.encoded}`);
      tells.push(...value.tells);
      if (random.chance(0.3)) pairs.push(random.pick(['province=51', 'level=district', 'year=2024', 'sort=date-desc', 'page=2', 'category=dau-tranh-phan-bac']));
      return { query: pairs.join('&'), tells };
    }
    for (let n = random.int(1, 4); n > 0; n--) {
      const name = random.chance(0.85) ? random.pick(knownParams) : random.pick(unknownParams);
      const value = hostileValue(random, marker);
      pairs.push(`${encodeLoose(name)}=${value.encoded}`);
      tells.push(...value.tells);
    }
    return { query: pairs.join('&'), tells };
  });
}
