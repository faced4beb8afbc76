import { describe, expect, it } from 'vitest';
import { renderBar, terminalProgress } from '../../../src/lib/meilisearch/progress.ts';

function recorder(isTTY: boolean) {
  const out: string[] = [];
  return { out, stream: { isTTY, columns: 80, write: (text: string) => out.push(text) } };
}

describe('terminal progress', () => {
  it('draws a bar proportional to the work done', () => {
    expect(renderBar('Indexing', 1, 4, 8)).toBe('Indexing [##······] 1/4');
    expect(renderBar('Indexing', 4, 4, 8)).toBe('Indexing [########] 4/4');
  });

  it('prints one plain line per step and the summary when the stream is not a terminal', () => {
    const { out, stream } = recorder(false);
    const progress = terminalProgress(stream);
    progress.step('Reading plans', 2);
    progress.advance();
    progress.advance();
    progress.step('Swapping');
    progress.finish('Indexed 2 plans, 9 sections in 0.4 s');
    expect(out).toEqual(['Reading plans (2)\n', 'Swapping\n', 'Indexed 2 plans, 9 sections in 0.4 s\n']);
  });

  it('redraws the bar in place on a terminal and ends the line before the summary', () => {
    const { out, stream } = recorder(true);
    const progress = terminalProgress(stream);
    progress.step('Reading plans', 2);
    progress.advance();
    progress.finish('done');
    expect(out.map((s) => s.replace('\r\u001b[2K', '<redraw>'))).toEqual([
      '<redraw>Reading plans [························] 0/2',
      '<redraw>Reading plans [############············] 1/2',
      '\n',
      'done\n',
    ]);
  });
});
