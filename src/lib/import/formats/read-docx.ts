/** `.docx`: mammoth reads Word's own structure (headings, bold, numbering, tables) as HTML; see html-to-text.ts. */
import mammoth from 'mammoth';
import { FileError } from '../../file-error.ts';
import { htmlToText } from './html-to-text.ts';

/** The text of a `.docx` file in the importer's text shape. */
export async function readDocx(bytes: Buffer, path: string): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new FileError({ file: path }, 'not a readable Word (.docx) file', { hint: 'open it in Word and save it again as .docx', cause: error });
  }
  return htmlToText(html);
}
