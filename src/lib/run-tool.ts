/** Runs a Debian command-line tool (poppler, Tesseract, antiword) and names the package when it is missing. */
import { execFile } from 'node:child_process';
import { FileError } from './file-error.ts';

/** The Debian package that provides each tool the readers call. */
const packages: Record<string, string> = {
  pdftotext: 'poppler-utils',
  pdftoppm: 'poppler-utils',
  pdfinfo: 'poppler-utils',
  tesseract: 'tesseract-ocr and tesseract-ocr-vie',
  antiword: 'antiword',
};

/** Runs `tool args…` for the source at `path`; resolves with its standard output as UTF-8. */
export function runTool(tool: string, args: string[], path: string, env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(tool, args, { maxBuffer: 256 * 1024 * 1024, encoding: 'utf8', env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        return reject(new FileError({ file: path }, `${tool} is not installed`, { hint: `install the Debian package ${packages[tool] ?? tool} (apt-get install)`, cause: error }));
      }
      const said = stderr.trim().split('\n').slice(-2).join(' ').trim();
      reject(new FileError({ file: path }, `${tool} could not read the file${said ? ` (${said})` : ''}`, { hint: 'is it a valid, unprotected file?', cause: error }));
    });
  });
}
