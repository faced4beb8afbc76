/** Decoding: the bytes of a source file as normalised Unicode text, or an error for non-text input. */
import { ImportError } from './import-error.ts';
import { decodeBytes } from './text-tools.ts';

/** Decodes a source file; rejects an empty or binary file with an error naming it. */
export function decodeSource(bytes: Uint8Array, path: string, fileName: string): string {
  if (bytes.length === 0) throw new ImportError(path, null, 'the file is empty; put the plan\'s text in it and import again');
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of head) {
    if (byte === 0) {
      throw new ImportError(path, null, 'not a text file (it contains binary data); save the plan as plain text and import again');
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control += 1;
  }
  if (control > head.length * 0.1) {
    throw new ImportError(path, null, 'not a text file (it contains binary data); save the plan as plain text and import again');
  }
  let text: string;
  try {
    text = decodeBytes(bytes, fileName);
  } catch (error) {
    throw new ImportError(path, null, 'could not decode the text; save it as UTF-8 and import again', { cause: error });
  }
  if (text.trim() === '') throw new ImportError(path, null, 'the file is empty; put the plan\'s text in it and import again');
  return text;
}
