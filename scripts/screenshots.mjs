// Screenshots for a person to look at, one by one: every route at 390 and 320 px (phones) and
// 1280 px (desktop), in both languages and both colour schemes, plus the states a visitor makes:
// the poem mid-reversal, the timeline with its filters open and with a search.
// Usage: node scripts/screenshots.mjs BASE_URL OUT_DIR [filter]
//   (BASE_URL of the live app, e.g. http://127.0.0.1:8080/aomori/dx-plan/; filter: part of a name)
// Warns, naming the culprits, where a page is wider than the screen.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [base = 'http://127.0.0.1:8080/', out = '/tmp/shots', filter = ''] = process.argv.slice(2);
const routes = ['', 'poem/', 'timeline/', 'about/', 'nope/'];
// A phone is emulated as one (touch, device pixels, and above all zooming out a page that is wider
// than the screen, which a desktop-sized window shows as a sideways scroll bar instead).
const phone = (width) => ({ viewport: { width, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
const sizes = { 390: phone(390), 320: phone(320), 1280: { viewport: { width: 1280, height: 900 } } };

/** On a phone the timeline's filters are folded: opens them. */
async function openFilters(page) {
  // Its name carries the count of active filters: found by its place, not its name.
  const open = page.locator('.filters-toggle');
  if (await open.isVisible()) await open.click();
}

/** What a visitor does before the picture, per route: [name, action, the whole page or the screen]. */
const states = {
  '': [['', null, true]],
  'poem/': [
    ['', null, true],
    // 400 ms into the reversal, where the lines cross: the stage only.
    ['-reversing', async (page) => {
      await page.locator('.poem').scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: /下から読む|Read it bottom to top/ }).click();
      await page.waitForTimeout(400);
      return '.poem';
    }, false],
  ],
  'timeline/': [
    ['', null, true],
    ['-filters', openFilters, false],
    ['-search', async (page) => {
      await openFilters(page);
      await page.getByRole('searchbox').fill(page.url().includes('/en/') ? 'meeting' : '会議');
      await page.keyboard.press('Enter');
    }, false],
  ],
  'about/': [['', null, true]],
  'nope/': [['', null, true]],
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
let shots = 0;
for (const lang of ['', 'en/']) {
  for (const route of routes) {
    for (const [size, device] of Object.entries(sizes)) {
      for (const scheme of ['light', 'dark']) {
        for (const [state, act, full] of states[route]) {
          const name = `${(lang + route).replaceAll('/', '_') || 'home'}${state}-${size}-${scheme}`;
          if (filter && !name.includes(filter)) continue;
          const page = await browser.newPage({ ...device, colorScheme: scheme });
          await page.goto(base + lang + route);
          await page.locator('h1').first().waitFor();
          // The live app (the 404 page has nothing to take over: its h1 is enough).
          await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'), null, { timeout: 15000 })
            .catch(() => {});
          await page.waitForTimeout(300);
          // An action may name the element to picture instead of the page.
          const only = act ? await act(page) : undefined;
          const { wide, culprits } = await page.evaluate((width) => ({
            wide: document.documentElement.scrollWidth - width,
            culprits: [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > width + 0.5)
              .slice(0, 3)
              .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''}`),
          }), device.viewport.width);
          if (wide > 0) console.warn(`${name}: the page is ${wide} px wider than the screen (${culprits.join(', ')})`);
          if (only) await page.locator(only).screenshot({ path: `${out}/${name}.png` });
          else await page.screenshot({ path: `${out}/${name}.png`, fullPage: full });
          await page.close();
          shots += 1;
        }
      }
    }
  }
}
await browser.close();
console.log(`${shots} screenshots in ${out}`);
