import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes, encodeLegacy, guessUtf16, type LegacyEncoding } from '../../../src/lib/encoding/index.ts';
import { fixtureText, LEGACY_FIXTURES } from '../../fixtures/encodings/make-fixtures.ts';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url));
const source = readFileSync(new URL('../../fixtures/encodings/source.txt', import.meta.url), 'utf8');
const encoder = new TextEncoder();

describe('decodeBytes on the fixtures', () => {
  it.each(Object.entries(LEGACY_FIXTURES) as [LegacyEncoding, string][])(
    'detects %s in %s and decodes it back exactly',
    (encoding, file) => {
      const bytes = fixture(file);
      expect(decodeBytes(bytes, file)).toEqual({ text: fixtureText(encoding), encoding });
    },
  );

  it.each(Object.entries(LEGACY_FIXTURES) as [LegacyEncoding, string][])(
    'has a %s fixture made by encodeLegacy from source.txt',
    (encoding, file) => {
      expect([...fixture(file)]).toEqual([...encodeLegacy(fixtureText(encoding), encoding)]);
    },
  );

  it('decodes UTF-8 with a byte order mark and drops the mark', () => {
    expect(decodeBytes(fixture('utf-8-bom.txt'), 'utf-8-bom.txt')).toEqual({ text: source, encoding: 'utf-8' });
  });

  it('decodes UTF-16 with a byte order mark', () => {
    expect(decodeBytes(fixture('utf-16le-bom.txt'), 'utf-16le-bom.txt')).toEqual({ text: source, encoding: 'utf-16le' });
  });
});

describe('decodeBytes', () => {
  it('decodes UTF-8 without a byte order mark as it is, decomposed marks included', () => {
    const nfd = 'Kết luận số 57-KL/TW'.normalize('NFD');
    expect(decodeBytes(encoder.encode(nfd), 'a.txt')).toEqual({ text: nfd, encoding: 'utf-8' });
  });

  it('reads the TCVN3 "ư" that looks like a soft hyphen as ư', () => {
    const bytes = encodeLegacy('Tăng cường thông tin đối ngoại, hướng dẫn của Ban Tuyên giáo', 'tcvn3');
    expect(bytes).toContain(0xad);
    expect(decodeBytes(bytes, 'a.txt').text).toBe('Tăng cường thông tin đối ngoại, hướng dẫn của Ban Tuyên giáo');
  });

  it('reads VISCII capitals that sit where C0 control characters are', () => {
    const text = 'Quyết định ban hành Kế hoạch; Ỷ Ỹ Ỵ Ẳ Ẵ Ẫ là chữ hoa';
    const bytes = encodeLegacy(text, 'viscii');
    expect([...bytes].filter((b) => b < 0x20)).toEqual([0x14, 0x19, 0x1e, 0x02, 0x05, 0x06]);
    expect(decodeBytes(bytes, 'a.txt')).toEqual({ text, encoding: 'viscii' });
  });

  it('composes the combining tone marks of Windows-1258 into NFC', () => {
    const bytes = encodeLegacy('Việt Nam', 'windows-1258');
    expect([...bytes]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    expect(decodeBytes(encodeLegacy('Kế hoạch của Huyện ủy về thông tin đối ngoại', 'windows-1258'), 'a.txt'))
      .toEqual({ text: 'Kế hoạch của Huyện ủy về thông tin đối ngoại', encoding: 'windows-1258' });
  });

  it('writes VNI letters as base letter plus mark bytes', () => {
    expect(new TextDecoder('windows-1252').decode(encodeLegacy('Việt Nam ươ Đ ỵ ấ ắ', 'vni'))).toBe('Vieät Nam öô Ñ î aá aé');
  });

  it('puts TCVN3 words set in an ABC capital font back in capitals', () => {
    // A .VnTimeH heading: the toned letters are stored with their lower-case codes.
    const bytes = encodeLegacy('Kế HOạCH THựC HIệN\nSố 162-KH/HU, ngày 20/8/2024 của HUYệN ủy', 'tcvn3');
    expect(decodeBytes(bytes, 'a.txt').text).toBe('KẾ HOẠCH THỰC HIỆN\nSố 162-KH/HU, ngày 20/8/2024 của HUYỆN ủy');
  });
});

describe('UTF-16 without a byte order mark', () => {
  const utf16be = (text: string) => {
    const le = Buffer.from(text, 'utf16le');
    return Uint8Array.from(le, (_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
  };

  it('detects little-endian UTF-16 without a byte order mark, which is not binary data', () => {
    expect(decodeBytes(Buffer.from(source, 'utf16le'), 'a.txt')).toEqual({ text: source, encoding: 'utf-16le' });
  });

  it('detects big-endian UTF-16 without a byte order mark', () => {
    expect(decodeBytes(utf16be(source), 'a.txt')).toEqual({ text: source, encoding: 'utf-16be' });
  });

  it('detects UTF-16 of a text in capitals, where most letters carry marks', () => {
    const text = 'KẾ HOẠCH THỰC HIỆN KẾT LUẬN SỐ 57-KL/TW CỦA BỘ CHÍNH TRỊ\n';
    expect(decodeBytes(Buffer.from(text, 'utf16le'), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
  });

  it('tells the byte order from the NUL bytes, and sees none in binary data or 8-bit text', () => {
    expect(guessUtf16(Buffer.from('Kế hoạch', 'utf16le'))).toBe('utf-16le');
    expect(guessUtf16(utf16be('Kế hoạch'))).toBe('utf-16be');
    expect(guessUtf16(fixture('image.png'))).toBeNull();
    expect(guessUtf16(fixture('tcvn3.txt'))).toBeNull();
    expect(guessUtf16(encoder.encode(source))).toBeNull();
  });

  it('names a file that looks like UTF-16 but is cut in the middle of a character', () => {
    const bytes = Buffer.from('Kế hoạch thông tin đối ngoại', 'utf16le').subarray(0, 15);
    expect(() => decodeBytes(bytes, 'a.txt')).toThrow(
      "a.txt: the file looks like UTF-16LE text without a byte order mark but is not valid UTF-16LE (it has an odd number of bytes); save the plan's text as UTF-8 and import it again",
    );
  });
});

describe('decodeBytes errors', () => {
  it('names an empty file and says what to do', () => {
    expect(() => decodeBytes(fixture('empty.txt'), 'content/sources/x.txt')).toThrow(
      "content/sources/x.txt: the file is empty; export the plan's text again",
    );
  });

  it('rejects a file of blank space', () => {
    expect(() => decodeBytes(encoder.encode(' \n\t\n'), 'x.txt')).toThrow(
      "x.txt: the file holds only blank space; export the plan's text again",
    );
  });

  it('rejects a binary file with NUL bytes', () => {
    expect(() => decodeBytes(fixture('image.png'), 'content/sources/scan.png')).toThrow(
      'content/sources/scan.png: the file contains NUL bytes, so it is binary (a PDF, Word or image file?), ' +
        "not text; save the plan's text as a .txt file and import that",
    );
  });

  it('rejects bytes that no encoding reads as Vietnamese', () => {
    const bytes = Uint8Array.from({ length: 64 }, (_, i) => 0x80 + ((i * 37) % 128));
    expect(() => decodeBytes(bytes, 'x.bin')).toThrow(
      /^x\.bin: the file is neither UTF-8 nor Vietnamese text in TCVN3, VNI, VISCII or Windows-1258 \(best guess [a-z0-9-]+: \d+ of \d+ words are Vietnamese syllables\); save the plan's text as UTF-8 and import it again$/,
    );
  });

  it('names the line of the first damaged byte of a UTF-8 file rather than guess another encoding', () => {
    const bytes = Uint8Array.from(encoder.encode(source));
    const at = encoder.encode(source.split('\n').slice(0, 2).join('\n')).length + 1;
    bytes[at] = 0xff;
    expect(() => decodeBytes(bytes, 'x.txt')).toThrow(
      "x.txt:3: the file is UTF-8 but for 1 invalid byte, the first on this line; retype the damaged letters (shown as \uFFFD when the file is opened as UTF-8) or export the plan's text again",
    );
  });

  it('rejects UTF-8 full of control characters', () => {
    const bytes = encoder.encode('PK\u0003\u0004\u0014\u0006\u0008 word/document.xml');
    expect(() => decodeBytes(bytes, 'plan.docx')).toThrow(
      "plan.docx: the file holds 5 control characters, so it is binary (a PDF, Word or image file?), not text; save the plan's text as a .txt file and import that",
    );
  });
});

describe('encodeLegacy', () => {
  it('refuses a character the encoding has no code for, naming it', () => {
    expect(() => encodeLegacy('“xây”', 'viscii')).toThrow('VISCII has no code for "“" (U+201C)');
    expect(() => encodeLegacy('中', 'vni')).toThrow('VNI has no code for "中" (U+4E2D)');
  });
});
