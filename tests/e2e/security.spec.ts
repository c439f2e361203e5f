// The security policy and the real host: every page carries a strict Content-Security-Policy and
// integrity on what it loads; the policy really blocks injected code; a tampered script is refused;
// and (E2E_SERVER=nginx) the shipped deploy/nginx.conf sends the headers, types and cache rules.
import { test as plainTest } from '@playwright/test';
import { expect, test, watchPolicy } from './support/test';
import { PLAIN_URL, SERVER, SERVER_TAG } from './support/urls';
import { createHash } from 'node:crypto';

const ROUTES = ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];

test('every page has a strict policy, no inline script, integrity on every script and stylesheet link, and one inline stylesheet the policy names by hash', SERVER_TAG, async ({ request }) => {
  for (const route of [...ROUTES, '404.html']) {
    const html = await (await request.get(PLAIN_URL + route)).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1] ?? '';
    expect(policy, route).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy, route).not.toMatch(/unsafe-inline|'unsafe-eval'|unsafe-hashes/);
    // The stylesheet is in the page (the first paint waits for no request), allowed by its hash alone.
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles.length, route).toBe(1);
    expect(styles[0].length, route).toBeGreaterThan(10_000);
    const hash = createHash('sha256').update(styles[0], 'utf8').digest('base64');
    expect(policy.match(/style-src ([^;]*)/)?.[1], route).toBe(`'self' 'sha256-${hash}'`);
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length, route).toBeGreaterThan(0);
    for (const tag of scripts) {
      expect(tag, route).toMatch(/ src="[^"]+"/);
      expect(tag, route).toMatch(/ integrity="sha384-[A-Za-z0-9+/=]+"/);
    }
    const links = [...html.matchAll(/<link rel="(stylesheet|modulepreload)"[^>]*>/g)].map((m) => m[0]);
    expect(links.length, route).toBeGreaterThanOrEqual(2); // noscript.css, the app's JS
    for (const tag of links) expect(tag, route).toMatch(/ integrity="sha384-/);
    expect(html, route).not.toMatch(/ style="/);
  }
});

plainTest('the policy blocks injected inline script and style, and reports it', async ({ page, context }) => {
  const violations: string[] = [];
  await watchPolicy(context, violations);
  await page.goto(PLAIN_URL);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    document.querySelector('h1')?.setAttribute('style', 'color: red');
    const style = document.createElement('style');
    style.textContent = 'h1 { color: rgb(255, 0, 0) !important; }';
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.join('\n')).toMatch(/script-src-elem/);
  expect(violations.join('\n')).toMatch(/style-src-attr/);
  expect(violations.join('\n')).toMatch(/style-src-elem/);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveCSS('color', 'rgb(255, 0, 0)');
});

plainTest('a tampered loader is refused and the prerendered page stays readable', async ({ page }) => {
  await page.route('**/loader-*.js', async (route) => {
    const original = await (await route.fetch()).text();
    await route.fulfill({ body: original + '\n// tampered', contentType: 'text/javascript' });
  });
  const refused = page.waitForEvent('console', (m) => m.type() === 'error' && /integrity/i.test(m.text()));
  await page.goto(PLAIN_URL + 'poem/');
  await refused;
  await expect(page.locator('#prerendered')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await page.locator('#prerendered main').innerText()).length).toBeGreaterThan(200);
});

test.describe('the shipped nginx config', () => {
  test.skip(SERVER !== 'nginx', 'runs with E2E_SERVER=nginx (scripts/test.sh runs the whole suite so)');

  test('sends the security headers, precompressed files, the right types and cache rules', async ({ request }) => {
    const home = await request.get(PLAIN_URL, { headers: { 'accept-encoding': 'br, gzip' } });
    const h = home.headers();
    expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(h['content-security-policy']).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['permissions-policy']).toContain('camera=()');
    expect(h['content-type']).toBe('text/html; charset=utf-8');
    expect(h['content-encoding']).toBe('br');
    expect(h['cache-control']).toBe('no-cache');

    const html = await (await request.get(PLAIN_URL)).text();
    // Trunk writes the hash without leading zeros: 15 hex digits in about one build of 16.
    const wasm = html.match(/href="[^"]*\/(aomori-dx-[0-9a-f]{1,16}\.js)"/)?.[1]?.replace('.js', '_bg.wasm');
    expect(wasm).toBeTruthy();
    for (const [encoding, expected] of [['br', 'br'], ['gzip', 'gzip'], ['identity', undefined]] as const) {
      const r = await request.get(PLAIN_URL + wasm, { headers: { 'accept-encoding': encoding } });
      expect(r.status()).toBe(200);
      expect(r.headers()['content-type']).toBe('application/wasm');
      expect(r.headers()['content-encoding']).toBe(expected);
      expect(r.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    const json = await request.get(PLAIN_URL + 'data/plan.json', { headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers()['content-type']).toBe('application/json; charset=utf-8');
    expect(json.headers()['content-encoding']).toBe('gzip');
    expect(json.headers()['cache-control']).toBe('no-cache');
  });

  test('answers unknown paths with the site 404 page and status 404, headers included', async ({ request }) => {
    for (const path of ['no/such/page/', 'poem/extra', 'data/missing.json']) {
      const r = await request.get(PLAIN_URL + path);
      expect(r.status(), path).toBe(404);
      expect(r.headers()['x-content-type-options'], path).toBe('nosniff');
      // The 404 page itself (its prerendered body says which page it is).
      expect(await r.text(), path).toContain(`<div id="prerendered" data-path="${new URL(PLAIN_URL).pathname}404.html"`);
    }
    const bare = await request.get(PLAIN_URL + 'poem', { maxRedirects: 0 });
    expect(bare.status()).toBe(301);
    expect(bare.headers()['location']).toBe(new URL(PLAIN_URL).pathname + 'poem/');
  });
});
