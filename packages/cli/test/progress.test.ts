// Progress off a terminal: one plain line every few seconds with the count and the rate, nothing once stopped.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { it } from 'node:test';
import { createProgress } from '../src/progress.js';

it('writes a plain progress line at each interval when stderr is not a terminal', async () => {
  const stream = Object.assign(new PassThrough(), { isTTY: false }) as unknown as NodeJS.WriteStream &
    PassThrough;
  let text = '';
  stream.setEncoding('utf8').on('data', (d: string) => (text += d));
  const progress = createProgress(stream, 20);
  progress.start(10);
  progress.update(4);
  const end = Date.now() + 10_000;
  while (text.split('\n').length < 3 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  progress.stop();
  const lines = text.trim().split('\n');
  assert.ok(lines.length >= 2, text);
  assert.match(
    lines[0] ?? '',
    /^oncelink: 4 of 10 links requested \(\d+\.\d\/s, about \d+ s left, still working\)$/,
  );
  const count = text.length;
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(text.length, count, 'silent once stopped');
});
