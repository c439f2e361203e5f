// Screenshots of every route at phone and desktop sizes, in both languages and
// colour schemes, for a person to look at: node scripts/screenshots.mjs BASE_URL OUT_DIR [filter]
import { createRequire } from 'node:module';
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base = 'http://127.0.0.1:8080/', out = '/tmp/shots', filter = ''] = process.argv.slice(2);
const routes = ['', 'poem/', 'timeline/', 'about/', 'nope/'];
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
for (const lang of ['', 'en/']) {
  for (const route of routes) {
    for (const [size, viewport] of Object.entries(sizes)) {
      for (const scheme of ['light', 'dark']) {
        const name = `${(lang + route).replaceAll('/', '_') || 'home'}-${size}-${scheme}`;
        if (filter && !name.includes(filter)) continue;
        const page = await browser.newPage({ viewport, colorScheme: scheme });
        await page.goto(base + lang + route);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
        await page.close();
      }
    }
  }
}
await browser.close();
