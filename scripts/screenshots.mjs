// Screenshots of every route at phone and desktop sizes, in both languages and
// colour schemes, for a person to look at: node scripts/screenshots.mjs BASE_URL OUT_DIR [filter]
import { createRequire } from 'node:module';
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base = 'http://127.0.0.1:8080/', out = '/tmp/shots', filter = ''] = process.argv.slice(2);
const routes = ['', 'poem/', 'timeline/', 'about/', 'nope/'];
// The phone is emulated as one (touch, device pixels, and above all zooming out a page that is wider
// than the screen, which a desktop-sized window shows as a sideways scroll bar instead).
const sizes = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1280, height: 900 } },
};

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
for (const lang of ['', 'en/']) {
  for (const route of routes) {
    for (const [size, device] of Object.entries(sizes)) {
      for (const scheme of ['light', 'dark']) {
        const name = `${(lang + route).replaceAll('/', '_') || 'home'}-${size}-${scheme}`;
        if (filter && !name.includes(filter)) continue;
        const page = await browser.newPage({ ...device, colorScheme: scheme });
        await page.goto(base + lang + route);
        await page.locator('h1').first().waitFor();
        await page.waitForTimeout(300);
        const wide = await page.evaluate((width) => document.documentElement.scrollWidth - width, device.viewport.width);
        if (wide > 0) console.warn(`${name}: the page is ${wide} px wider than the screen`);
        await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
        await page.close();
      }
    }
  }
}
await browser.close();
