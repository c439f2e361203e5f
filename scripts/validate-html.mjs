// Checks HTML with the W3C's Nu Html Checker (npm `vnu-jar`, run with Java 11 or later): every .html
// file a build wrote (each route in both languages, 404.html), in one run of the checker (Java's
// start-up is the slow part). Prints `file:line:column: message` for every error and every
// warning not explained in WARNINGS below (and not about a CSS property in NEWER_CSS), and exits
// 1 if there is any.
//
// The same run also checks a known-bad document (SELF_TEST): unless the checker reports exactly
// its errors, the check fails, so a checker that did not run, or reports nothing, cannot pass.
//   node scripts/validate-html.mjs [DIST]          every .html under DIST (default dist)
//   node scripts/validate-html.mjs FILE.html ...    these files
// The e2e suite (tests/e2e/html.spec.ts) runs `check` on the live app's serialised documents.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const VNU_JAR = path.resolve(here, '../tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar');

// Warnings that are read and accepted, each with the reason. Any other warning fails the check
// like an error, so an entry must say why its warning cannot be fixed.
export const WARNINGS = [
  {
    // On every page, for the loader script, the stylesheet and noscript.css. The checker reads
    // the pages as file: URLs and then finds every resource blocked, whatever the policy allows
    // (with `script-src *` too: tried), so the warning says nothing about the policy here. Over
    // HTTP, where it does mean something, the browser is the judge: every e2e test fails on any
    // policy violation (tests/e2e/support/test.ts), and security.spec.ts loads every page.
    message: /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “[^”]+” blocked by “(script|style)-src” directive\.$/,
    why: 'file: URLs: every resource looks blocked to the checker; the e2e suite checks the policy in the browser',
  },
  {
    // On every page, for its stylesheet, which is inside the page (src/csp.rs) and allowed by its
    // SHA-256 in the policy. The checker reports any inline style as blocked, the hash matching or
    // not (it names the hash as a way out). The browser is the judge: security.spec.ts checks that
    // the policy names the hash of the page's one <style>, and any e2e test fails on a violation.
    message: /^Inline style violates Content Security Policy \(meta tag\): blocked by “style-src” directive \(missing “‘unsafe-inline’” or nonce\/hash\)\.$/,
    why: 'the checker matches no hashes; the browser accepts the stylesheet by its hash (security.spec.ts)',
  },
];

// CSS properties newer than the checker's CSS profile (it reports them as errors, "doesn't exist",
// since the stylesheet is inside the pages). Each is specified and shipped, and each is read
// only by browsers that know it.
export const NEWER_CSS = [];

/** A document with three known errors: a bogus comment (what Leptos's `<!>` markers are), an
 *  attribute twice, and `placeholder` on a month input. The check expects exactly these. */
const SELF_TEST = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>self-test</title></head>
<body><p>a<!>b</p>
<button type="button" disabled disabled>x</button>
<input type="month" placeholder="YYYY-MM" aria-label="month">
</body></html>
`;
const SELF_TEST_ERRORS = [/^Bogus comment/, /^Duplicate attribute “disabled”/, /^Attribute “placeholder” is only allowed when/];

/** Every .html file under `dir`, sorted. */
export function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => file.endsWith('.html') && statSync(file).isFile())
    .sort();
}

/** Runs the checker once on `files`; returns its messages, each with an absolute `file`. */
export function vnu(files) {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error('no `java` on PATH: the Nu Html Checker needs Java 11 or later (bash scripts/setup.sh installs default-jre-headless)');
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error || run.status !== 0) {
    throw new Error(`vnu did not run (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}${run.stdout}`);
  }
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`vnu wrote no JSON report: ${run.stdout}${run.stderr}`);
  }
  return report.messages.map((m) => ({ ...m, file: m.url ? fileURLToPath(m.url) : '(none)' }));
}

/** Whether a message fails the check: errors, fatal errors, and unexplained warnings. */
export function fails(m) {
  if (m.type === 'info' && m.subType === 'warning') return !WARNINGS.some((w) => w.message.test(m.message));
  const property = m.message.match(/^CSS: “([a-z-]+)”: Property “([a-z-]+)” doesn't exist\.$/);
  if (m.type === 'error' && property && property[1] === property[2] && NEWER_CSS.includes(property[1])) return false;
  return m.type !== 'info';
}

/** `file:line:column: message` (and the offending source, shortened). */
export function describe(m, name = m.file) {
  const where = m.lastLine ? `${name}:${m.firstLine ?? m.lastLine}:${m.firstColumn ?? m.lastColumn}` : name;
  const kind = m.type === 'info' ? m.subType ?? 'info' : m.type;
  const extract = m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').slice(0, 160)}` : '';
  return `${where}: ${kind}: ${m.message}${extract}`;
}

/** Checks `files` (absolute paths) together with the self-test document in one run. Returns the
 *  failing messages of `files`; throws if the self-test's errors are not exactly the expected. */
export function check(files) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'validate-html-'));
  try {
    const bad = path.join(tmp, 'self-test-invalid.html');
    writeFileSync(bad, SELF_TEST);
    const messages = vnu([bad, ...files]);
    const own = messages.filter((m) => m.file === bad && fails(m)).map((m) => m.message);
    const expected = SELF_TEST_ERRORS.every((re) => own.some((text) => re.test(text))) && own.length === SELF_TEST_ERRORS.length;
    if (!expected) {
      throw new Error(`the checker's self-test failed: a known-bad document gave ${JSON.stringify(own)}, ` +
        `expected one message each matching ${SELF_TEST_ERRORS.join(', ')}`);
    }
    return messages.filter((m) => m.file !== bad && fails(m));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const listed = args.length > 0 && args.every((a) => a.endsWith('.html'));
  const dist = path.resolve(listed ? '.' : args[0] ?? 'dist');
  const files = listed ? args.map((a) => path.resolve(a)) : htmlFiles(dist);
  if (files.length === 0) {
    console.error(`validate-html: no .html files in ${dist}; build first`);
    process.exit(1);
  }
  let failing;
  try {
    failing = check(files);
  } catch (error) {
    console.error(`validate-html: ${error.message}`);
    process.exit(1);
  }
  for (const m of failing) console.log(describe(m, path.relative(process.cwd(), m.file)));
  const pages = new Set(failing.map((m) => m.file)).size;
  console.log(failing.length
    ? `validate-html: ${failing.length} problem(s) in ${pages} of ${files.length} files`
    : `validate-html: ${files.length} files valid (Nu Html Checker; self-test ok)`);
  process.exit(failing.length ? 1 : 0);
}
