// Vietnamese syllable grammar: onset × glide × nucleus × coda × tone, with the spelling rules
// (c/k/q, g/gh, ng/ngh, gi, qu, i/y) and the tone restriction on stop codas (p, t, c, ch take only
// sắc or nặng). Both tone-placement styles are accepted ("hòa" and "hoà"); the generated
// inventory uses the traditional placement that the corpus mostly writes ("hòa", "ủy", "khỏe").

/** The six tones, named by their Vietnamese names; `ngang` carries no mark. */
export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

/** A syllable split into its spelled parts (lower case, tone removed) plus its tone. */
export interface SyllableParts {
  /** Onset as a phoneme label: '', 'b', 'c' (spelled c/k/q), 'g' (g/gh), 'ng' (ng/ngh), 'gi', … */
  onset: string;
  /** Onset as spelled in this syllable: 'k', 'gh', 'ngh', 'qu', 'gi', … */
  onsetSpelled: string;
  /** Medial glide as spelled: '', 'o' or 'u'. */
  glide: string;
  /** Nucleus as spelled: 'a', 'iê', 'ia', 'yê', 'ươ', … */
  nucleus: string;
  /** Coda as spelled: '', 'p', 't', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'i', 'y', 'o', 'u'. */
  coda: string;
  tone: Tone;
  /** The syllable without its tone mark. */
  toneless: string;
}

const TONE_MARKS: Record<string, Tone> = {
  '\u0300': 'huyen',
  '\u0301': 'sac',
  '\u0309': 'hoi',
  '\u0303': 'nga',
  '\u0323': 'nang',
};
const MARK_OF_TONE: Record<Tone, string> = {
  ngang: '',
  huyen: '\u0300',
  sac: '\u0301',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};
const TONES: Tone[] = ['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang'];
const STOP_CODAS = new Set(['p', 't', 'c', 'ch']);
const VOWELS = new Set([...'aăâeêioôơuưy']);
const MARKED_VOWELS = new Set([...'ăâêôơư']);

// Rhymes without glide: nucleus → codas it takes. Open iê/uô/ươ are spelled ia/ua/ưa.
const BASE_RHYMES: Record<string, string[]> = {
  a: ['', 'i', 'o', 'u', 'y', 'm', 'n', 'ng', 'nh', 'p', 't', 'c', 'ch'],
  ă: ['m', 'n', 'ng', 'p', 't', 'c'],
  â: ['u', 'y', 'm', 'n', 'ng', 'p', 't', 'c'],
  e: ['', 'o', 'm', 'n', 'ng', 'p', 't', 'c'],
  ê: ['', 'u', 'm', 'n', 'nh', 'p', 't', 'ch'],
  i: ['', 'u', 'm', 'n', 'nh', 'p', 't', 'ch'],
  o: ['', 'i', 'm', 'n', 'ng', 'p', 't', 'c'],
  ô: ['', 'i', 'm', 'n', 'ng', 'p', 't', 'c'],
  ơ: ['', 'i', 'm', 'n', 'p', 't'],
  u: ['', 'i', 'm', 'n', 'ng', 'p', 't', 'c'],
  ư: ['', 'i', 'u', 'm', 'n', 'ng', 't', 'c'],
  iê: ['', 'u', 'm', 'n', 'ng', 'p', 't', 'c'],
  uô: ['', 'i', 'm', 'n', 'ng', 't', 'c'],
  ươ: ['', 'i', 'u', 'm', 'n', 'ng', 'p', 't', 'c'],
};
// Rhymes after the medial glide /w/ (spelled o before a, ă, e; u elsewhere and always after q).
const GLIDE_RHYMES: Record<string, string[]> = {
  a: ['', 'i', 'y', 'm', 'n', 'ng', 'nh', 't', 'c', 'ch'],
  ă: ['m', 'n', 'ng', 't', 'c'],
  â: ['y', 'n', 'ng', 't'],
  e: ['', 'o', 'n', 't'],
  ê: ['', 'n', 'nh', 't', 'ch'],
  i: ['', 'u', 'n', 'nh', 'p', 't', 'ch'],
  iê: ['', 'n', 't'],
  ơ: [''],
};
const ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gi', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'p',
  'ph', 'r', 's', 't', 'th', 'tr', 'v', 'x'];
const LABIALS = new Set(['b', 'm', 'p', 'ph', 'v']);
// Onsets after which an open /i/ may be spelled y (lý/lí, kỹ/kĩ, mỹ/mĩ).
const Y_ONSETS = new Set(['', 'h', 'c', 'l', 'm', 's', 't', 'v']);
const FRONT = /^[ieêy]/;

interface Shape {
  onset: string;
  glide: boolean;
  nucleus: string;
  coda: string;
}

/** Spells a nucleus in context (open diphthongs, yê without onset, uy after the glide). */
function spellNuclei(shape: Shape): string[] {
  const { onset, glide, nucleus, coda } = shape;
  if (nucleus === 'iê') {
    if (glide) return [coda === '' ? 'ya' : 'yê'];
    if (coda === '') return ['ia'];
    return onset === '' ? ['yê'] : ['iê'];
  }
  if (nucleus === 'uô') return [coda === '' ? 'ua' : 'uô'];
  if (nucleus === 'ươ') return [coda === '' ? 'ưa' : 'ươ'];
  if (nucleus === 'i') {
    if (glide) return onset === 'c' && coda === '' ? ['y', 'i'] : ['y']; // quý/quí
    if (coda === '' && Y_ONSETS.has(onset)) return ['i', 'y'];
    return ['i'];
  }
  return [nucleus];
}

/** Spells the onset before a given glide and nucleus spelling. */
function spellOnset(onset: string, glide: boolean, nucleusSpelled: string): string | undefined {
  if (glide && LABIALS.has(onset)) return undefined;
  if (glide && onset === 'gi') return undefined;
  const front = !glide && FRONT.test(nucleusSpelled);
  if (onset === 'c') return glide ? 'qu' : front ? 'k' : 'c';
  if (onset === 'g') return front ? 'gh' : 'g';
  if (onset === 'ng') return front ? 'ngh' : 'ng';
  return onset;
}

/** Index (in the toneless spelling) of the vowel that carries the tone mark in a given style. */
function toneIndex(parts: Omit<SyllableParts, 'tone' | 'toneless'>, style: 'old' | 'new'): number {
  const { onsetSpelled, glide, nucleus, coda } = parts;
  const start = onsetSpelled.length + glide.length;
  // gi + i…: the i of the onset stands for the nucleus (gì, gìn).
  if (nucleus === '') return onsetSpelled.length - 1;
  let last = -1;
  for (let i = 0; i < nucleus.length; i++) if (MARKED_VOWELS.has(nucleus[i] ?? '')) last = i;
  if (last >= 0) return start + last;
  if (nucleus.length === 2) return start; // open ia, ua, ya: mía, múa
  const oldStyleGlide = glide !== '' && coda === '' && onsetSpelled !== 'qu' && style === 'old';
  return oldStyleGlide ? onsetSpelled.length : start;
}

interface Entry {
  parts: Omit<SyllableParts, 'tone' | 'toneless'>;
  open: boolean;
}

let table: Map<string, Entry> | undefined;

/** Builds the map from toneless spelling to parts, once. */
function tonelessTable(): Map<string, Entry> {
  if (table) return table;
  const map = new Map<string, Entry>();
  const add = (onset: string, glide: boolean, rhymes: Record<string, string[]>): void => {
    for (const [nucleus, codas] of Object.entries(rhymes)) {
      for (const coda of codas) {
        for (const nuc of spellNuclei({ onset, glide, nucleus, coda })) {
          let onsetSpelled = spellOnset(onset, glide, nuc);
          if (onsetSpelled === undefined) continue;
          let nucleusSpelled = nuc;
          if (onset === 'gi' && nuc.startsWith('i')) {
            nucleusSpelled = nuc.slice(1);
            onsetSpelled = 'gi';
          }
          const glideSpelled = !glide ? '' : onsetSpelled === 'qu' ? '' : /^[aăe]/.test(nuc) ? 'o' : 'u';
          const key = onsetSpelled + glideSpelled + nucleusSpelled + coda;
          if (map.has(key)) continue;
          map.set(key, {
            parts: { onset, onsetSpelled, glide: glideSpelled, nucleus: nucleusSpelled, coda },
            open: !STOP_CODAS.has(coda),
          });
        }
      }
    }
  };
  for (const onset of ONSETS) {
    add(onset, false, BASE_RHYMES);
    add(onset, true, GLIDE_RHYMES);
  }
  add('c', true, { ô: ['c'] }); // quốc
  table = map;
  return map;
}

/** Splits a word into its toneless NFC form, its tone and the index of the marked letter. */
function stripTone(word: string): { toneless: string; tone: Tone; index: number } | undefined {
  let tone: Tone = 'ngang';
  let index = -1;
  let base = '';
  let letters = 0;
  for (const ch of word.normalize('NFD')) {
    const mark = TONE_MARKS[ch];
    if (mark) {
      if (tone !== 'ngang' || letters === 0) return undefined;
      tone = mark;
      index = letters - 1;
      continue;
    }
    if (!/\p{M}/u.test(ch)) letters++;
    base += ch;
  }
  return { toneless: base.normalize('NFC'), tone, index };
}

/** Parses a word as a Vietnamese syllable (case-insensitive, either tone placement), or undefined. */
export function parseSyllable(token: string): SyllableParts | undefined {
  const stripped = stripTone(token.toLowerCase());
  if (!stripped) return undefined;
  const entry = tonelessTable().get(stripped.toneless);
  if (!entry) return undefined;
  const { tone, index } = stripped;
  if (!entry.open && tone !== 'sac' && tone !== 'nang') return undefined;
  if (tone !== 'ngang' && index !== toneIndex(entry.parts, 'old') && index !== toneIndex(entry.parts, 'new')) {
    return undefined;
  }
  return { ...entry.parts, tone, toneless: stripped.toneless };
}

/** Whether a word is one valid Vietnamese syllable (case-insensitive, "hòa" and "hoà" alike). */
export function isVietnameseSyllable(token: string): boolean {
  return parseSyllable(token) !== undefined;
}

/** Puts a tone mark on a toneless syllable in the traditional placement ("hòa", "ủy"). */
function applyTone(toneless: string, entry: Entry, tone: Tone): string {
  if (tone === 'ngang') return toneless;
  const chars = [...toneless];
  const at = toneIndex(entry.parts, 'old');
  const target = chars[at];
  if (target === undefined || !VOWELS.has(target.normalize('NFD')[0] ?? '')) {
    throw new Error(`syllable "${toneless}": no vowel at tone position ${at}`);
  }
  chars[at] = (target.normalize('NFD') + MARK_OF_TONE[tone]).normalize('NFC');
  return chars.join('');
}

/** A valid syllable in lower case with its tone mark in the inventory's placement, or undefined. */
export function canonicalSyllable(token: string): string | undefined {
  const parts = parseSyllable(token);
  if (!parts) return undefined;
  const entry = tonelessTable().get(parts.toneless);
  return entry && applyTone(parts.toneless, entry, parts.tone);
}

let inventory: string[] | undefined;

/** All valid syllables, lower case, NFC, traditional tone placement; generated once. */
export function syllableInventory(): string[] {
  if (inventory) return inventory;
  const out: string[] = [];
  for (const [toneless, entry] of tonelessTable()) {
    for (const tone of TONES) {
      if (!entry.open && tone !== 'sac' && tone !== 'nang') continue;
      out.push(applyTone(toneless, entry, tone));
    }
  }
  inventory = out;
  return out;
}

/** Counts the word tokens (letters, with any digits glued to them) and how many are syllables. */
export function countVietnameseSyllables(text: string): { valid: number; total: number } {
  let valid = 0;
  let total = 0;
  for (const match of text.normalize('NFC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (!/\p{L}/u.test(match[0])) continue;
    total++;
    if (isVietnameseSyllable(match[0])) valid++;
  }
  return { valid, total };
}
