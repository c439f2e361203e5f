// First-visit transfer of every prerendered route (brotli, as deploy/nginx.conf serves it): the page's
// HTML and everything it loads at once: stylesheets, scripts, the wasm and the preloaded content JSON.
// Then the home page's files one by one, raw / gzip / brotli. Exits 1, naming the route and the
// overshoot, when a route is over its budget.
//   node scripts/sizes.mjs [DIST]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Budgets in bytes (1 KB = 1,024 bytes), checked on every build by scripts/test.sh.
// The goal (issue 7) is 150 KB for the home page and 160 KB for any route. The wasm alone is about
// 210 KB brotli today, so the enforced limits are the current sizes plus a small margin: a ratchet
// that fails the build when a change makes the site heavier, to be lowered as the wasm shrinks.
export const GOAL = { home: 150 * 1024, route: 160 * 1024 };
export const BUDGET = { home: 236 * 1024, route: 240 * 1024 };

const ROUTES = ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];

/** Brotli size of a built file: its .br copy when the build wrote one, else compressed here. */
function brotliSize(file) {
  if (existsSync(`${file}.br`)) return readFileSync(`${file}.br`).length;
  return zlib.brotliCompressSync(readFileSync(file), {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: 0 },
  }).length;
}

/** Gzip size of a built file, likewise from its .gz copy or compressed here at level 9. */
function gzipSize(file) {
  if (existsSync(`${file}.gz`)) return readFileSync(`${file}.gz`).length;
  return zlib.gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Files a page loads on a first visit, by kind, as paths relative to the dist folder. */
function loads(dist, html, base) {
  const local = (url) => url.replace(/^https?:\/\/[^/]+/, '').replace(base, '').replace(/^\//, '');
  const noNoscript = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const attrs = (re) => [...noNoscript.matchAll(re)].map((m) => local(m[1]));
  const css = attrs(/<link rel="stylesheet" href="([^"]+)"/g);
  const js = [...attrs(/<script type="module" src="([^"]+)"/g), ...attrs(/<link rel="modulepreload" href="([^"]+)"/g)];
  const json = attrs(/<link rel="preload" href="([^"]+\.json)"/g);
  const wasm = js
    .flatMap((file) => [...readFileSync(path.join(dist, file), 'utf8').matchAll(/new Request\('([^']+\.wasm)'/g)])
    .map((m) => local(m[1]));
  return { css, js: [...new Set(js)], wasm: [...new Set(wasm)], json };
}

export function measure(dist) {
  const index = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const base = (index.match(/<base href="([^"]*)"/)?.[1] ?? '/').replace(/\/?$/, '/');
  return ROUTES.map((route) => {
    const page = path.join(dist, route, 'index.html');
    const html = readFileSync(page, 'utf8');
    const files = loads(dist, html, base);
    const sum = (list) => list.reduce((n, f) => n + brotliSize(path.join(dist, f)), 0);
    const row = { route: `/${route}`, html: brotliSize(page), css: sum(files.css), js: sum(files.js), wasm: sum(files.wasm), json: sum(files.json) };
    row.total = row.html + row.css + row.js + row.wasm + row.json;
    row.budget = route === '' ? BUDGET.home : BUDGET.route;
    row.goal = route === '' ? GOAL.home : GOAL.route;
    row.files = [path.join(route, 'index.html'), ...files.css, ...files.js, ...files.wasm, ...files.json];
    return row;
  });
}

const kb = (n) => (n / 1024).toFixed(1);

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const rows = measure(dist);
  console.log(`First visit, brotli, KB (1,024 bytes): ${dist}`);
  console.log('route           html    css     js   wasm   json |  total budget   goal');
  for (const r of rows) {
    const cells = [r.html, r.css, r.js, r.wasm, r.json].map((n) => kb(n).padStart(6)).join(' ');
    console.log(`${r.route.padEnd(13)} ${cells} | ${kb(r.total).padStart(6)} ${kb(r.budget).padStart(6)} ${kb(r.goal).padStart(6)}${r.total > r.goal ? '  (over the goal)' : ''}`);
  }

  const home = rows[0];
  console.log(`\nThe home page's files, bytes`);
  const line = (...cells) => console.log(cells[0].padEnd(46) + cells.slice(1).map((c) => String(c).padStart(10)).join(''));
  line('file', 'raw', 'gzip', 'brotli');
  const total = [0, 0, 0];
  for (const file of home.files) {
    const full = path.join(dist, file);
    const sizes = [readFileSync(full).length, gzipSize(full), brotliSize(full)];
    sizes.forEach((n, i) => (total[i] += n));
    line(file, ...sizes);
  }
  line(`total (${home.files.length} files)`, ...total);

  const over = rows.filter((r) => r.total > r.budget);
  for (const r of over) {
    console.error(`sizes: ${r.route} is over its budget: ${r.total} bytes > ${r.budget} (${kb(r.total - r.budget)} KB too many). ` +
      'Make it smaller, or, if the growth is worth it, raise BUDGET in scripts/sizes.mjs and say why in the commit.');
  }
  process.exit(over.length ? 1 : 0);
}
