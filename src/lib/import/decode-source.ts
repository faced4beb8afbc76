/** Decoding: the bytes of a source file as normalised Unicode text, or an error for non-text input. */
import { guessUtf16 } from '../encoding/index.ts';
import { FileError } from '../file-error.ts';
import { decodeBytes } from '../encoding/index.ts';
import { normalizeText } from '../vietnamese/index.ts';

const binaryHint = 'save the plan as plain text and import again';
const emptyHint = 'put the plan\'s text in it and import again';

/** Decodes a source file; rejects an empty or binary file with an error naming it. */
export function decodeSource(bytes: Uint8Array, path: string, fileName: string): string {
  if (bytes.length === 0) throw new FileError({ file: path }, 'the file is empty', { hint: emptyHint });
  const head = bytes.subarray(0, 8192);
  // UTF-16 has NUL bytes and VISCII puts capitals among control codes: only a NUL outside UTF-16
  // text (with or without a byte order mark), or a mass of control codes, marks binary data.
  const utf16 = guessUtf16(bytes) !== null;
  let control = 0;
  for (const byte of head) {
    if (byte === 0 && !utf16) throw new FileError({ file: path }, 'not a text file (it contains binary data)', { hint: binaryHint });
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  }
  if (!utf16 && control > head.length * 0.3) throw new FileError({ file: path }, 'not a text file (it contains binary data)', { hint: binaryHint });
  let text: string;
  try {
    text = normalizeText(decodeBytes(bytes, fileName).text);
  } catch (error) {
    // The decoder names the file by its bare name, and the line where it knows one: "plan.txt:12: …".
    const message = error instanceof Error ? error.message : `${fileName}: could not decode the text`;
    const located = /^(?::(\d+))?: (.*)$/s.exec(message.startsWith(fileName) ? message.slice(fileName.length) : `: ${message}`);
    throw new FileError({ file: path, line: located?.[1] === undefined ? null : Number(located[1]) }, located?.[2] ?? message, { cause: error });
  }
  if (text.trim() === '') throw new FileError({ file: path }, 'the file is empty', { hint: emptyHint });
  return text;
}
