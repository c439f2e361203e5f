// Benchmarks in headless Chromium (figures to read, not a pass/fail test):
//  - poem button live: from navigation start until the live, enabled reverse button is on the page,
//    on an emulated slow phone (150 ms round trip, 1.6 Mbps down, 750 kbps up, 4x CPU, cache
//    disabled, 390x844 mobile), median of 5 loads, with the first contentful paint beside it;
//  - the poem reversal: click to the next frame, and frame intervals by requestAnimationFrame for 2 s and
//    long tasks, at normal speed and with 4x CPU throttling;
//  - the timeline search: time from a keystroke to the next painted frame,
//    with the shipped data and 1,000 and 10,000 generated entries.
//  - the anchor beside the reversal: a plain-JS FLIP of the same 12 lines in the same stylesheet
//    (bench/flip.js, on a page made from the built poem page and served beside the build), measured
//    the same way, with the app's figure as a multiple of it;
//  - the take-over at 4x CPU: total blocking time (long tasks' excess over 50 ms, from navigation
//    to 4 s after load) of every route, with its wasm and with the wasm requests aborted (the
//    prerendered page alone), median of 3 each, and the difference: what the live app adds; and the
//    longest task after the first paint, with and without the wasm (0: none over 50 ms).
// Usage: node scripts/bench.mjs DIST [--poem | --startup | --live] [--url=DEPLOYED_URL] [--before=URL]
//   (DIST built with --public-url /aomori/dx-plan/; --startup: the poem-live and take-over figures only)
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { spawn, execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const dist = process.argv[2] ?? 'dist';
// --url=…: the same build served as deployed (nginx with deploy/nginx.conf: brotli), for the load
// figure; python's http.server sends everything uncompressed, which a slow network would mostly measure.
const deployed = process.argv.find((a) => a.startsWith('--url='))?.slice('--url='.length);
const BASE = 'aomori/dx-plan';

function serve(entries, port) {
  const root = mkdtempSync(join(tmpdir(), 'bench-'));
  mkdirSync(join(root, 'aomori'), { recursive: true });
  cpSync(dist, join(root, BASE), { recursive: true });
  if (entries) {
    execFileSync('node', [new URL('generate-timeline.mjs', import.meta.url).pathname, String(entries), join(root, BASE, 'data/timeline.json')]);
  }
  flipAnchor(join(root, BASE));
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  return { url: `http://127.0.0.1:${port}/${BASE}/`, server };
}

/** The anchor page `flip/`: the built poem page's stylesheet and its list of 12 lines, with a
 *  button and a status, reversed by bench/flip.js (plain JS, no framework). */
function flipAnchor(site) {
  const poem = readFileSync(join(site, 'poem/index.html'), 'utf8');
  const style = poem.match(/<style[^>]*>[\s\S]*?<\/style>/)?.[0];
  const list = poem.match(/<ol[^>]* class="poem-lines"[^>]*>[\s\S]*?<\/ol>/)?.[0];
  if (!style || !list) throw new Error('flip anchor: no <style> or <ol class="poem-lines"> in the built poem page');
  mkdirSync(join(site, 'flip'), { recursive: true });
  cpSync(new URL('../bench/flip.js', import.meta.url).pathname, join(site, 'flip/flip.js'));
  writeFileSync(join(site, 'flip/index.html'), `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>FLIP anchor</title>${style}</head>
<body><main id="main"><div class="page poem-page"><div class="poem" data-order="original">
<div class="poem-controls"><button type="button" class="poem-toggle" aria-pressed="false">下から読む</button></div>
${list}<p class="poem-status" role="status"></p></div></div></main><script src="flip.js"></script></body></html>`);
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
  return { n: s.length, median: q(0.5), p95: q(0.95), max: s[s.length - 1] ?? NaN };
};
const ms = (x) => `${x.toFixed(1)} ms`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Waits until the live app has replaced the prerendered page (its mount is not what is measured). */
async function liveApp(page) {
  // (Builds before the islands had no data-live: there the prerendered page was removed.)
  await page.waitForFunction(() => (document.documentElement.hasAttribute('data-live') || !document.getElementById('prerendered')) && document.querySelector('main h1'));
  await page.waitForTimeout(300);
}

const median = (xs) => stats(xs).median;

async function poemLive(url, loads = 5) {
  const live = [];
  const fcp = [];
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const isLive = () => {
        // The prerendered button is disabled; the live one replaces it.
        const button = document.querySelector('button.poem-toggle');
        return button && !button.disabled;
      };
      new MutationObserver((_, observer) => {
        if (window.__live === undefined && isLive()) {
          window.__live = performance.now();
          observer.disconnect();
        }
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(url + 'poem/', { waitUntil: 'commit' });
    // Polled over CDP, not with page.waitForFunction: that injects Playwright's utility script
    // into the loading page, about 47 ms of main-thread work at 4x CPU, before the first paint
    // (traced): the figure was the harness's as much as the app's.
    const value = async (expression) => (await cdp.send('Runtime.evaluate', { expression, returnByValue: true })).result.value;
    const deadline = Date.now() + 60_000;
    while ((await value('window.__live')) === undefined) {
      if (Date.now() > deadline) throw new Error('poem button live: not within 60 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    live.push(await value('window.__live'));
    fcp.push(await value("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN"));
    await context.close();
  }
  return `poem button live (slow phone: 150 ms RTT, 1.6 Mbps, CPU x4, median of ${loads}): ${ms(median(live))} `
    + `[${live.map((x) => x.toFixed(0)).join(', ')}]; first contentful paint ${ms(median(fcp))}; `
    + `live at ${(median(live) / median(fcp)).toFixed(2)}x FCP`;
}

async function poem(url, throttle, anchor = false) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(url + (anchor ? 'flip/' : 'poem/'));
  if (anchor) await page.waitForTimeout(300);
  else await liveApp(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__longTasks.push(e.duration))).observe({ type: 'longtask' });
  });
  // Click to the next frame: the click's timestamp to the frame after it (rAF, then a task).
  await page.evaluate(() => {
    document.addEventListener('click', (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => { window.__clickToFrame = performance.now() - t0; }, 0));
    }, true);
  });
  const sampling = page.evaluate(() => new Promise((done) => {
    const frames = [];
    let last = performance.now();
    const start = last;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      if (now - start < 2000) requestAnimationFrame(tick); else done(frames);
    };
    requestAnimationFrame(tick);
  }));
  await page.locator('button.poem-toggle').click();
  const frames = await sampling;
  const longTasks = await page.evaluate(() => window.__longTasks);
  const clickToFrame = await page.evaluate(() => window.__clickToFrame);
  await page.close();
  const s = stats(frames);
  if (anchor) return { clickToFrame, longest: Math.max(0, ...longTasks) };
  return `poem reversal, CPU x${throttle}: click to next frame ${ms(clickToFrame)}; ${s.n} frames, median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}, frames > 33 ms: ${frames.filter((f) => f > 33).length}, long tasks: ${longTasks.length}${longTasks.length ? ` (max ${ms(Math.max(...longTasks))})` : ''}`;
}

/** The reversal beside the plain-JS anchor, median of `runs` clicks each, alternating. */
async function reversal(url, throttle, runs = 5) {
  const app = [];
  const anchor = [];
  for (let i = 0; i < runs; i++) {
    const line = await poem(url, throttle);
    app.push({ clickToFrame: Number(line.match(/click to next frame ([\d.]+)/)[1]), longest: Number(line.match(/max ([\d.]+) ms\)$/)?.[1] ?? 0) });
    anchor.push(await poem(url, throttle, true));
  }
  const m = (xs, key) => median(xs.map((x) => x[key]));
  const a = m(app, 'clickToFrame');
  const b = m(anchor, 'clickToFrame');
  return `reversal, CPU x${throttle}, median of ${runs}: click to next frame ${ms(a)} (app) vs ${ms(b)} (plain-JS FLIP): ${(a / b).toFixed(2)}x; `
    + `longest task ${ms(m(app, 'longest'))} vs ${ms(m(anchor, 'longest'))}`;
}

/** Total blocking time at 4x CPU from navigation to 4 s after load, with the wasm or without it. */
async function blocking(url, path, withWasm) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (!withWasm) await page.route('**/*.wasm', (route) => route.abort());
  await page.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__tasks.push([e.startTime, e.duration])))
      .observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url + path, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 4000));
  const { tasks, load, painted } = await page.evaluate(() => ({
    tasks: window.__tasks,
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    // The loader runs the wasm only once the first paint is reported: the take-over comes after.
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  }));
  await context.close();
  const counted = tasks.filter(([start]) => start < load + 4000);
  const tbt = counted.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
  // The longest task that starts after the first paint (0: none over 50 ms): with the wasm, the
  // take-over's, without the prerendered page's first layout, which precedes the paint and which
  // the difference of two TBTs only subtracts, noisily.
  const after = Math.max(0, ...counted.filter(([start]) => start >= painted).map(([, d]) => d));
  return { tbt, after };
}

// ROUTES=poem/,timeline/ node scripts/bench.mjs … : some routes only.
const ROUTES = process.env.ROUTES?.split(',') ?? ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];

/** What the take-over adds to the prerendered page's blocking time, per route; with `before` (the
 *  URL of another build), that build too, its loads interleaved with these. */
async function startup(url, before, runs = 3) {
  const lines = [];
  const builds = before ? [['before', before], ['now', url]] : [['', url]];
  for (const path of ROUTES) {
    const live = builds.map(() => []);
    const alone = builds.map(() => []);
    const longest = builds.map(() => []);
    const longestAlone = builds.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [b, [, u]] of builds.entries()) {
        const [withIt, without] = [await blocking(u, path, true), await blocking(u, path, false)];
        live[b].push(withIt.tbt);
        longest[b].push(withIt.after);
        alone[b].push(without.tbt);
        longestAlone[b].push(without.after);
      }
    }
    for (const [b, [name]] of builds.entries()) {
      const [x, y] = [median(live[b]), median(alone[b])];
      lines.push(`  ${name.padEnd(before ? 7 : 0)}/${path.padEnd(13)} TBT at 4x: ${ms(x).padStart(9)} with the wasm, ${ms(y).padStart(9)} without: the live app adds ${ms(x - y)} [${live[b].map((v) => v.toFixed(0)).join(', ')}]; `
        + `longest task after the first paint ${ms(median(longest[b]))} [${longest[b].map((v) => v.toFixed(0)).join(', ')}], ${ms(median(longestAlone[b]))} without`);
    }
  }
  return `take-over, total blocking time (CPU x4, navigation to load + 4 s, median of ${runs}):\n${lines.join('\n')}`;
}

async function search(url, label) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url + 'timeline/');
  await liveApp(page);
  await page.locator('ol.entries > li').first().waitFor();
  // Two figures per keystroke: to the next painted frame (the typed character),
  // and to the frame that paints the list's first change after it (the results).
  await page.evaluate(() => {
    window.__latency = [];
    window.__results = [];
    const afterPaint = (done) => requestAnimationFrame(() => setTimeout(done, 0));
    let pending = null;
    new MutationObserver(() => {
      if (!pending) return;
      const t0 = pending;
      pending = null;
      afterPaint(() => window.__results.push(performance.now() - t0));
    }).observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true, attributes: true });
    // beforeinput, not keydown: text inserted at once (as an IME commits it) has no keydown.
    document.addEventListener('beforeinput', () => {
      const t0 = performance.now();
      pending = t0;
      afterPaint(() => window.__latency.push(performance.now() - t0));
    }, true);
  });
  await page.getByRole('searchbox').focus();
  for (let round = 0; round < 3; round++) {
    for (const ch of ['推', '進', '本', '部']) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(150);
    }
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(150);
    }
  }
  const latency = await page.evaluate(() => window.__latency);
  const results = await page.evaluate(() => window.__results);
  await page.close();
  const s = stats(latency);
  const r = stats(results);
  return `timeline search, ${label}: ${s.n} keystrokes, keystroke to next frame median ${ms(s.median)}, p95 ${ms(s.p95)}, max ${ms(s.max)}; `
    + `to results painted median ${ms(r.median)}, p95 ${ms(r.p95)} (${r.n} keystrokes)`;
}

const servers = [];
try {
  const shipped = serve(null, 4601); servers.push(shipped.server);
  const k1 = serve(1000, 4602); servers.push(k1.server);
  const k10 = serve(10000, 4603); servers.push(k10.server);
  await new Promise((r) => setTimeout(r, 800));
  // --before=URL: another build (deployed the same way), measured beside this one.
  const before = process.argv.find((a) => a.startsWith('--before='))?.slice('--before='.length);
  if (deployed) {
    // Alternating with the other build, a round of loads each, so both see the same machine.
    for (let round = 0; round < (before ? 2 : 1); round++) {
      if (before) console.log(`before: ${await poemLive(before)}`);
      console.log(`${before ? 'now: ' : ''}${await poemLive(deployed)}`);
    }
  } else console.log('poem button live: skipped (needs --url= of the build served with compression, as benchmark.sh does)');
  // --live: the poem-live figures only.
  if (process.argv.includes('--live')) process.argv.push('--startup');
  // The take-over on the deployed build (compressed, as visitors get it), else on the plain server.
  else if (!process.argv.includes('--poem')) console.log(await startup(deployed ?? shipped.url, before));
  const only = process.argv.includes('--startup');
  if (!only) {
    console.log(await poem(shipped.url, 1));
    console.log(await poem(shipped.url, 4));
    console.log(await reversal(shipped.url, 1));
    console.log(await reversal(shipped.url, 4));
  }
  // --poem: the poem's figures only (quicker, for comparing builds).
  if (!only && !process.argv.includes('--poem')) {
    console.log(await search(shipped.url, '11 entries (shipped)'));
    console.log(await search(k1.url, '1,000 entries'));
    console.log(await search(k10.url, '10,000 entries'));
  }
} finally {
  servers.forEach((s) => s.kill());
  await browser.close();
}
