// Prints the median of each benchmark from vitest's --outputJson report,
// next to the budget the issues set for it.
import { readFileSync } from 'node:fs';

const BUDGETS = [
  [/createCluster \(no signing keys\)/, 5],
  [/createCluster \(with signing keys\)/, 150],
  [/mint \+ verify a bound token/, 2],
  [/as=Table/, 20],
  [/create a pod/, 5],
  [/binding|NoOpinion/, 0.2],
  [/^(shell|terminal): (?!complete)/, 2],
  [/^terminal: complete/, 5],
  [/^completion: /, 5],
  [/^playground: /, 2],
];

const report = JSON.parse(readFileSync(process.argv[2] ?? '.bench.json', 'utf8'));
console.log('\nbenchmark medians (ms)');
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const median = b.median ?? b.p50 ?? b.mean;
      const budget = BUDGETS.find(([re]) => re.test(b.name))?.[1];
      const verdict = budget === undefined ? '' : median <= budget ? `  ≤ ${budget} ✓` : `  > ${budget} ✗ over budget`;
      console.log(`  ${b.name.padEnd(52)} ${median.toFixed(4).padStart(10)}${verdict}`);
    }
  }
}
