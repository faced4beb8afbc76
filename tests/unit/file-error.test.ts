import { describe, expect, it } from 'vitest';
import { FileError } from '../../src/lib/file-error.ts';

describe('FileError', () => {
  it('names the file, line and column, then the reason and the hint', () => {
    const error = new FileError({ file: 'content/plans/x.md', line: 12, column: 3 }, 'heading "II." skips a level', { hint: 'make it a level-3 heading' });
    expect(error.message).toBe('content/plans/x.md:12:3: heading "II." skips a level; make it a level-3 heading');
    expect([error.file, error.line, error.column, error.reason, error.hint]).toEqual(['content/plans/x.md', 12, 3, 'heading "II." skips a level', 'make it a level-3 heading']);
    expect(error.name).toBe('FileError');
  });

  it('leaves out a place it does not have and a hint it was not given', () => {
    expect(new FileError({ file: 'inbox/a.txt' }, 'the file is empty').message).toBe('inbox/a.txt: the file is empty');
    expect(new FileError({ file: 'inbox/a.txt', line: 4 }, 'bad byte').message).toBe('inbox/a.txt:4: bad byte');
    expect(new FileError({ file: 'inbox/a.txt', line: null, column: 2 }, 'bad').column).toBeNull();
    expect(new FileError({ file: 'inbox/a.txt' }, 'bad').hint).toBeNull();
  });

  it('keeps the lower-level failure as its cause', () => {
    const cause = new Error('EACCES');
    expect(new FileError({ file: 'a.md' }, 'cannot read the file', { cause }).cause).toBe(cause);
  });
});
