// `npm run fuzz -- [--requests 50000] [--seed N]`: the fuzz suite as a long run, with its figures at the end.
import { parseArgs } from 'node:util';
import { runFuzz } from './run.js';

const { values } = parseArgs({
  options: { requests: { type: 'string', default: '2000' }, seed: { type: 'string' } },
});
const requests = Number(values.requests);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(requests) || requests < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run fuzz -- [--requests 50000] [--seed N] (whole numbers)');
  process.exit(2);
}
console.log(
  `fuzz: ${requests} requests and calls, seed ${seed} (replay with --seed ${seed} --requests ${requests})`,
);
const figures = await runFuzz(requests, seed, (line) => console.log(line));
console.log(JSON.stringify(figures, null, 2));
console.log(
  `fuzz: held over ${requests} runs (${figures.httpRequests} HTTP requests, ${figures.answers} answers, 0 x 5xx, 0 leaks) in ${(figures.ms / 1000).toFixed(1)} s`,
);
