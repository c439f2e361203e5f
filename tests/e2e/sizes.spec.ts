// scripts/sizes.mjs counts every file of a route's first visit, whatever the order of the
// attributes, and refuses to measure when it cannot find one kind (the wasm alone is most of the
// total: missing it, the budget would pass silently). Runs on copies of the built dist.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { loadScript } from './support/scripts';

type Row = { route: string; html: number; css: number; inlineCss: number; js: number; wasm: number; mainWasm: number; json: number; total: number };

const dist = path.resolve(__dirname, process.env.E2E_DIST ?? '../../dist');
let measure: (dist: string) => Row[];
test.beforeAll(async () => {
  ({ measure } = await loadScript('sizes.mjs'));
});

/** A copy of the dist, changed by `change(dir)`. */
function copy(change: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sizes-spec-'));
  cpSync(dist, dir, { recursive: true });
  change(dir);
  return dir;
}

/** Rewrites every file of `dir` whose name matches `name` (its .br/.gz copies are left as they are). */
function rewrite(dir: string, name: RegExp, edit: (text: string) => string) {
  for (const file of readdirSync(dir, { recursive: true }).map(String).filter((f) => name.test(f))) {
    const full = path.join(dir, file);
    writeFileSync(full, edit(readFileSync(full, 'utf8')));
  }
}

const wasmName = () => readdirSync(dist).find((f) => f.endsWith('_bg.wasm')) ?? 'no wasm in dist';

test('every route counts a stylesheet, a script, the wasm and the content JSON', () => {
  const rows: Row[] = measure(dist);
  expect(rows).toHaveLength(8);
  for (const row of rows) {
    for (const kind of ['html', 'js', 'wasm', 'json'] as const) expect(row[kind], `${row.route} ${kind}`).toBeGreaterThan(0);
    // The stylesheet is inside the page (src/csp.rs), its bytes in the html column.
    expect(row.css, `${row.route}: no stylesheet file`).toBe(0);
    expect(row.inlineCss, `${row.route}: the inline stylesheet`).toBeGreaterThan(2_000);
    expect(row.html, `${row.route}: the html holds the stylesheet`).toBeGreaterThan(row.inlineCss);
    expect(row.wasm, `${row.route}: the wasm is most of the page`).toBeGreaterThan(row.total / 2);
    // The wasm column is the main module and the page's chunks (src/pages/chunks.rs).
    expect(row.mainWasm, `${row.route}: the main wasm`).toBeGreaterThan(row.wasm / 2);
    expect(row.wasm - row.mainWasm, `${row.route}: the page's chunks`).toBeGreaterThan(0);
  }
});

test('the order of attributes and quotes does not change what is counted', () => {
  const dir = copy((d) => {
    // Every <link>/<script> with its attributes reversed and single-quoted; the loader's quotes doubled.
    rewrite(d, /index\.html$/, (html) => html.replace(/<(link|script)\s([^>]*?)(\/?)>/g, (_tag, name: string, attrs: string, slash: string) => {
      const list = [...attrs.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map((a) => (a[2] === undefined ? a[1] : `${a[1]}='${a[2]}'`));
      return `<${name.toUpperCase()} ${list.reverse().join('  ')}${slash}>`;
    }));
    rewrite(d, /^loader-.*\.js$/, (js) => js.replace(/'([^']*\.wasm)'/g, '"$1"'));
  });
  try {
    expect(readFileSync(path.join(dir, 'index.html'), 'utf8')).toContain(`<LINK `);
    // What is counted: the same files, so the same sizes (the html's own size changes with its text).
    const counted = (rows: Row[]) => rows.map(({ html: _html, total: _total, inlineCss: _css, ...rest }) => rest);
    expect(counted(measure(dir))).toEqual(counted(measure(dist)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const [what, change, error] of [
  ['the loader no longer names the wasm', (d: string) => rewrite(d, /^loader-.*\.js$/, (js) => js.replaceAll('.wasm', '.bin')), /loads no wasm/],
  ['a page names no chunks', (d: string) => rewrite(d, /^poem\/index\.html$/, (html) => html.replace(/ data-chunks="[^"]*"/, '').replace(/<link rel="preload" href="[^"]*\.wasm"[^>]*>/g, '')), /\/poem\/ loads no chunks/],
  ['a page has no stylesheet', (d: string) => rewrite(d, /^en\/poem\/index\.html$/, (html) => html.replace(/<link rel="stylesheet"[^>]*>|<style>[\s\S]*?<\/style>/g, '')), /\/en\/poem\/ loads no css/],
  ['a page preloads no content JSON', (d: string) => rewrite(d, /^about\/index\.html$/, (html) => html.replace(/<link rel="preload"[^>]*>/g, '')), /\/about\/ loads no json/],
  ['the wasm is empty', (d: string) => writeFileSync(path.join(d, wasmName()), ''), /wasm .* missing or empty/],
] as const) {
  test(`sizes.mjs refuses to measure when ${what}`, () => {
    const dir = copy(change);
    try {
      expect(() => measure(dir)).toThrow(error);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
