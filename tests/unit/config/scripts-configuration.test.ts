import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Every entry script, spawned as npm runs it, with a bad value in its environment: it must say so
// in one line and exit 2, before it starts anything (no server, no build, no stack trace).
const root = process.cwd();

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function runScript(script: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
  const base: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(MEILI_|HOST$|PORT$|SITE_ORIGIN$|DATA_DIR$|CONTENT_DIR$)/.test(name)) base[name] = value;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts', script), ...args], { cwd: root, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('error', reject);
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

const badPort = 'Bad configuration: PORT="http" must be a port number from 1 to 65535. See README.md, "Configuration".\n';

const cases: ReadonlyArray<{ script: string; args?: string[]; env: Record<string, string>; line: string }> = [
  { script: 'start.ts', env: { MEILI_PORT: '0' }, line: 'Bad configuration: MEILI_PORT="0" must be a port number from 1 to 65535. See README.md, "Configuration".\n' },
  { script: 'serve.ts', env: { PORT: 'http' }, line: badPort },
  { script: 'index.ts', env: { PORT: 'http' }, line: badPort },
  {
    script: 'import.ts',
    args: ['content/sources'],
    env: { MEILI_HOST: 'localhost:7700' },
    line: 'Bad configuration: MEILI_HOST="localhost:7700" must be an http:// or https:// URL, e.g. http://127.0.0.1:7700. See README.md, "Configuration".\n',
  },
  { script: 'bench.ts', args: ['--quick'], env: { PORT: 'http' }, line: badPort },
  { script: 'load.ts', env: { PORT: 'http' }, line: badPort },
  { script: 'eval.ts', env: { MEILI_INDEX_PREFIX: 'a b' }, line: 'Bad configuration: MEILI_INDEX_PREFIX="a b" may contain only letters, digits, "-" and "_" (it starts index uids). See README.md, "Configuration".\n' },
  { script: 'category-eval.ts', env: { PORT: 'http' }, line: badPort },
  { script: 'import-eval.ts', env: { PORT: 'http' }, line: badPort },
  { script: 'ocr-accuracy.ts', env: { PORT: 'http' }, line: badPort },
  {
    script: 'ocr-eval.ts',
    env: { MEILI_MASTER_KEY: 'short' },
    line: 'Bad configuration: MEILI_MASTER_KEY (5 characters) must be at least 16 bytes long (Meilisearch refuses shorter master keys). See README.md, "Configuration".\n',
  },
];

describe('a bad configuration value', () => {
  for (const { script, args = [], env, line } of cases) {
    it(`stops scripts/${script} with one line naming the variable, no stack trace, and exit code 2`, async () => {
      const run = await runScript(script, args, env);
      expect(run).toEqual({ status: 2, stdout: '', stderr: line });
    }, 30_000);
  }
});

describe('CONTENT_DIR', () => {
  let empty: string;
  beforeAll(async () => {
    empty = await mkdtemp(join(tmpdir(), 'empty-content-'));
  });
  afterAll(async () => {
    await rm(empty, { recursive: true, force: true });
  });

  it('is where the OCR accuracy reads its seeds', async () => {
    const run = await runScript('ocr-accuracy.ts', [], { CONTENT_DIR: empty });
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr: `${join(empty, 'sources', '001_07a092d0322db4f3.txt')}: cannot read the seed; restore it from the corpus, or set CONTENT_DIR to a content folder that has it\n`,
    });
  }, 30_000);

  it('is where the category evaluation reads the taxonomy', async () => {
    const run = await runScript('category-eval.ts', [], { CONTENT_DIR: empty });
    expect(run).toEqual({
      status: 1,
      stdout: '',
      stderr: `${join(empty, 'categories.yaml')}: cannot read it (ENOENT); set CONTENT_DIR to a content folder that has it\n`,
    });
  }, 30_000);
});
