import { describe, expect, inject, it } from 'vitest';
import { createAgent, send, type TimedResponse } from '../../../src/lib/bench/http-client.ts';
import { encodeLoose, generateHostileRequests, markupOutsideAttributes } from '../fuzz/hostile-inputs.ts';

const formats = ['csv', 'json', 'atom'] as const;

describe('the chain pages and exports under hostile requests', () => {
  it('never answer 5xx but a timed-out 503, and never reflect markup into a page or a feed', async () => {
    const origin = new URL(inject('siteUrl'));
    const agent = createAgent(4);
    const requests = generateHostileRequests(17, 150);
    const jobs = requests.flatMap((request, index) => {
      const raw = decodeURIComponentSafe(request.query.split('=')[1] ?? '');
      return [
        { path: `/api/export?${request.query}&format=${formats[index % 3]}`, tells: request.tells, html: false },
        { path: `/thuc-hien/${encodeLoose(raw.slice(0, 200))}`, tells: request.tells, html: true },
        { path: `/so-sanh/son-ha-162-kh-hu-2024/${encodeLoose(raw.slice(0, 200))}`, tells: request.tells, html: true },
      ];
    });
    const failures: string[] = [];
    for (let next = 0; next < jobs.length; next += 4) {
      const batch = jobs.slice(next, next + 4);
      const responses: TimedResponse[] = await Promise.all(batch.map((job) => send(agent, origin, job.path, { timeoutMs: 10_000 })));
      responses.forEach((response, i) => {
        const job = batch[i];
        if (job === undefined) return;
        // A 503 that says Meilisearch did not answer in time is the designed answer on a loaded machine
        // (an export pages through the search); any other 5xx, or none at all, is a failure.
        const unavailable = response.status === 503 && response.body.includes('Máy chủ tìm kiếm hiện không phản hồi');
        if ((response.status >= 500 && !unavailable) || response.status === 0) failures.push(`${response.status} ${job.path.slice(0, 200)}: ${response.body.slice(0, 200)}`);
        const isFeed = response.contentType.startsWith('application/atom+xml');
        const body = job.html ? markupOutsideAttributes(response.body) : isFeed ? response.body : '';
        for (const tell of job.tells) if (body.includes(tell)) failures.push(`reflected ${tell} in ${job.path.slice(0, 200)}`);
      });
    }
    agent.destroy();
    expect(failures).toEqual([]);
  }, 240_000);
});

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}
