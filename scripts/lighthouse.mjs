// Benchmark, not a test: Lighthouse 12.8.2 (bench/package.json) with Debian's Chromium on every route in
// both languages, mobile and desktop, served with brotli/gzip like a real host. Beside each route it
// measures a plain static HTML page of the same text (the prerendered page with its scripts and
// preloads taken out), the goal being FCP and LCP within 10 % of it.
//   (cd bench && npm ci) && node scripts/lighthouse.mjs [DIST] [--app-only] [--url=URL] [--runs=N]
//     [--routes=,poem/,…] [--forms=mobile,desktop]
// --runs: N audits of each route and form, and their medians (this machine is noisy: TBT varies by
// ±100 ms between runs); a run whose LCP is over 2 s is listed with its LCP element and its observed
// (unthrottled) LCP, since about one mobile run in six has shown 2.3–2.4 s.
// --url: audit a site already served there (scripts/benchmark.sh: nginx with deploy/nginx.conf)
// instead of serving DIST here; the plain-HTML twin needs this script's own server, so it is left out.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const require = createRequire(new URL('../bench/package.json', import.meta.url));
const { default: lighthouse } = await import(require.resolve('lighthouse'));
const chromeLauncher = await import(require.resolve('chrome-launcher'));
const desktopConfig = (await import(require.resolve('lighthouse/core/config/desktop-config.js'))).default;

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const external = args.find((a) => a.startsWith('--url='))?.slice('--url='.length);
const appOnly = args.includes('--app-only') || !!external;
const BASE = '/aomori/dx-plan/';
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const ROUTES = option('routes')?.split(',') ?? ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];
const FORMS = option('forms')?.split(',') ?? ['mobile', 'desktop'];
const RUNS = Math.max(1, Number(option('runs') ?? 1));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8' };

/** The prerendered page as plain HTML: no module script, no wasm or JSON preloads. */
function staticOf(html) {
  return html
    .replace(/<script type="module">[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="(modulepreload|preload)"[^>]*>/g, '');
}

// One server, two sites: /aomori/dx-plan/… is the build, /static/aomori/dx-plan/… its plain-HTML twin.
const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const plain = url.pathname.startsWith('/static' + BASE);
  const rel = url.pathname.slice((plain ? '/static' : '').length + BASE.length);
  if (!url.pathname.startsWith((plain ? '/static' : '') + BASE) || rel.includes('..')) {
    res.writeHead(404).end();
    return;
  }
  let file = path.join(dist, decodeURIComponent(rel));
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    let body = await readFile(file);
    const ext = path.extname(file);
    if (plain && ext === '.html') body = Buffer.from(staticOf(body.toString()));
    const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    const accept = req.headers['accept-encoding'] ?? '';
    // Every file compressed, wasm too, as a host with precompressed files would serve it.
    if (/\bbr\b/.test(accept)) {
      body = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } });
      headers['content-encoding'] = 'br';
    } else if (/\bgzip\b/.test(accept)) {
      body = zlib.gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const site = external ?? `http://127.0.0.1:${server.address().port}${BASE}`;
const origin = new URL(site).origin;

const chrome = await chromeLauncher.launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});

async function audit(url, form, categories, attempt = 1) {
  const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories };
  const result = await lighthouse(url, flags, form === 'desktop' ? desktopConfig : undefined);
  const { audits, categories: cats, runtimeError } = result.lhr;
  // A run that could not measure (Lighthouse reports why) is tried again once.
  if (runtimeError || audits['cumulative-layout-shift']?.numericValue === undefined) {
    const why = runtimeError?.message ?? audits['cumulative-layout-shift']?.errorMessage ?? 'no metrics';
    if (attempt < 2) return audit(url, form, categories, attempt + 1);
    throw new Error(`Lighthouse could not measure ${url} (${form}): ${why}`);
  }
  const score = (id) => (cats[id] ? Math.round(cats[id].score * 100) : '');
  const lcpElement = audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  // Observed (unthrottled) LCP: Lighthouse simulates the slow phone from the observed trace.
  const observedLcp = result.lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint;
  return {
    lcpNode: lcpElement ? `${lcpElement.nodeLabel?.slice(0, 40)} (${lcpElement.selector})` : '?',
    observedLcp,
    perf: score('performance'), a11y: score('accessibility'), bp: score('best-practices'), seo: score('seo'),
    fcp: audits['first-contentful-paint'].numericValue, lcp: audits['largest-contentful-paint'].numericValue,
    tbt: audits['total-blocking-time'].numericValue, cls: audits['cumulative-layout-shift'].numericValue,
  };
}

const ms = (v) => `${Math.round(v)}`.padStart(6);
console.log(`Lighthouse 12.8.2, ${external ? 'served' : `${dist}, served with brotli`} on ${site}`);
console.log('route            form     perf a11y  bp seo    FCP    LCP   TBT    CLS | plain FCP    LCP | LCP/plain');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
/** The median of each figure over RUNS audits; slow-LCP runs are listed on their own lines. */
async function audits(url, form, categories) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url, form, categories));
  for (const r of runs.filter((r) => r.lcp > 2000)) {
    console.log(`  slow LCP ${Math.round(r.lcp)} ms on ${url} (${form}): ${r.lcpNode}; FCP ${Math.round(r.fcp)}, observed LCP ${Math.round(r.observedLcp)}`);
  }
  const out = { ...runs[0] };
  for (const key of ['perf', 'a11y', 'bp', 'seo', 'fcp', 'lcp', 'tbt', 'cls']) {
    if (runs[0][key] !== '') out[key] = median(runs.map((r) => r[key]));
  }
  return out;
}

if (RUNS > 1) console.log(`(medians of ${RUNS} runs)`);
for (const route of ROUTES) {
  for (const form of FORMS) {
    const app = await audits(`${site}${route}`, form, ['performance', 'accessibility', 'best-practices', 'seo']);
    const plain = appOnly ? null : await audits(`${origin}/static${BASE}${route}`, form, ['performance']);
    const ratio = plain ? `${((app.lcp / plain.lcp) * 100).toFixed(0)}%` : '';
    console.log(`/${route.padEnd(15)} ${form.padEnd(8)} ${String(app.perf).padStart(4)} ${String(app.a11y).padStart(4)} ${String(app.bp).padStart(3)} ${String(app.seo).padStart(3)} ${ms(app.fcp)} ${ms(app.lcp)} ${ms(app.tbt)} ${app.cls.toFixed(3)} |` +
      (plain ? ` ${ms(plain.fcp)} ${ms(plain.lcp)} | ${ratio.padStart(5)}` : ''));
  }
}
await chrome.kill();
server.close();
