// Prints the slowest tests of a run, so a test creeping towards its limit shows before it fails.
// Usage:
//   node scripts/slowest.mjs playwright REPORT.json [N]   Playwright's JSON report (E2E_JSON=…):
//       the N slowest tests (default 10), each with its share of its own timeout; a test over a
//       third of its timeout is marked, since a busy machine can take it over the limit
//   node scripts/slowest.mjs cargo LOG [N]                `cargo test` output: the N slowest test
//       binaries (libtest times a binary, not each test, on stable Rust)
import { readFileSync } from 'node:fs';

const [kind, file, count = '10'] = process.argv.slice(2);
const n = Number(count);
if (!['playwright', 'cargo'].includes(kind) || !file || !(n > 0)) {
  console.error('usage: node scripts/slowest.mjs playwright|cargo FILE [N]');
  process.exit(2);
}

const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6) + ' s';

/** Every test of a Playwright JSON report: title path, duration (its slowest attempt), timeout. */
export function playwrightTests(report) {
  const tests = [];
  const visit = (suite, titles) => {
    const path = suite.title ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const results = test.results ?? [];
        if (!results.length || results.every((r) => r.status === 'skipped')) continue;
        tests.push({
          title: [...path, spec.title].join(' › '),
          ms: Math.max(...results.map((r) => r.duration ?? 0)),
          timeout: test.timeout ?? report.config?.projects?.[0]?.timeout ?? 30_000,
          status: results.at(-1).status,
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, path);
  };
  for (const suite of report.suites ?? []) visit(suite, []);
  return tests;
}

/** Each test binary of a `cargo test` log and the time libtest gives for it. */
export function cargoBinaries(log) {
  const binaries = [];
  let current = null;
  for (const line of log.split('\n')) {
    const running = line.match(/^\s*(?:Running|Doc-tests)\s+(\S+)/);
    if (running) current = running[1];
    const result = line.match(/^test result: \w+\. (\d+) passed.*finished in ([\d.]+)s/);
    if (result && current) {
      binaries.push({ title: `${current} (${result[1]} tests)`, ms: Number(result[2]) * 1000 });
      current = null;
    }
  }
  return binaries;
}

if (kind === 'playwright') {
  const tests = playwrightTests(JSON.parse(readFileSync(file, 'utf8')));
  const total = tests.reduce((sum, t) => sum + t.ms, 0);
  console.log(`slowest ${Math.min(n, tests.length)} of ${tests.length} tests (${seconds(total).trim()} of test time in all):`);
  for (const t of tests.sort((a, b) => b.ms - a.ms).slice(0, n)) {
    const share = t.ms / t.timeout;
    const mark = share > 1 / 3 ? '  <- over a third of its timeout' : '';
    console.log(`${seconds(t.ms)}  ${(share * 100).toFixed(0).padStart(3)} %  ${t.title}${mark}`);
  }
} else {
  const binaries = cargoBinaries(readFileSync(file, 'utf8'));
  console.log(`slowest ${Math.min(n, binaries.length)} of ${binaries.length} test binaries:`);
  for (const b of binaries.sort((a, b) => b.ms - a.ms).slice(0, n)) console.log(`${seconds(b.ms)}  ${b.title}`);
}
