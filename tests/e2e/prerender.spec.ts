// Prerendered pages: every route is complete HTML before (and without) the wasm, and the live app
// takes over without layout shift, keeping scroll position and focus.
import { type Browser } from '@playwright/test';
import { expect, staticTest as test, type Page } from './support/test';
import { PLAIN_URL, SERVER_TAG } from './support/urls';

/** Holds the wasm back until the returned function is called, so the prerendered page can be
 *  measured before the live app exists. */
async function holdWasm(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const ROUTES = ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];
/** What the build's SITE_URL (scripts/test.sh) makes of the static head links. */
const SITE = 'https://example.org/aomori/dx-plan/';

/** Texts of the page's content blocks, leaving out the controls and the messages only the app writes. */
async function contentTexts(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    // The period bar's "this fiscal year" comes from the visitor's clock, so only the app has it.
    const app = 'button, form, [role=status], .share, .downloads, .permalink, .poem-controls, .poem-steps, .hint, .structure-detail, .period-status, .period-bar';
    return [...main.querySelectorAll<HTMLElement>('h1, h2, h3, p, li, dt, dd')]
      .filter((el) => el.offsetParent !== null && !el.closest(app) && !el.querySelector('p, li'))
      .map((el) => el.innerText.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
  });
}

async function staticPage(browser: Browser, path: string) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(PLAIN_URL + path);
  expect(response?.status()).toBe(200);
  return { page, close: () => context.close() };
}

for (const path of ROUTES) {
  test(`/${path} without JavaScript shows the live app's full content, its head, and no working-looking controls`, async ({ browser, page }) => {
    await page.goto(PLAIN_URL + path);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.getByRole('alert')).toHaveCount(0);
    const live = await contentTexts(page);
    const liveTitle = await page.title();
    expect(live.length).toBeGreaterThan(3);

    const s = await staticPage(browser, path);
    const lang = path.startsWith('en/') ? 'en' : 'ja';
    await expect(s.page.locator('html')).toHaveAttribute('lang', lang);
    await expect(s.page).toHaveTitle(liveTitle);
    await expect(s.page.getByRole('heading', { level: 1 })).toHaveCount(1);
    await expect(s.page.locator('link[rel=canonical]')).toHaveAttribute('href', SITE + path);
    await expect(s.page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', SITE + 'en/' + path.replace(/^en\//, ''));
    const description = await s.page.locator('meta[name=description]').getAttribute('content');
    expect(description && /[ぁ-んァ-ン一-龠]/.test(description)).toBe(lang === 'ja');
    const shown = (await s.page.getByRole('main').innerText()).replace(/\s+/g, ' ');
    for (const text of live) expect(shown).toContain(text);
    // Controls that need the app are hidden; the rest (explanations shown as buttons) are disabled.
    for (const button of await s.page.getByRole('button').all()) {
      if (await button.isVisible()) await expect(button).toBeDisabled();
    }
    await expect(s.page.getByRole('search')).toBeHidden();
    await s.close();
  });
}

test('without JavaScript the poem gives both readings, the timeline every entry, and links work', async ({ browser }) => {
  const s = await staticPage(browser, 'poem/');
  const lists = s.page.getByRole('main').getByRole('list');
  await expect(lists.first().getByRole('listitem')).toHaveCount(12);
  await expect(lists.first().getByRole('listitem').first()).toContainText('青森県はDXでもっとおもしろくなる。');
  const other = s.page.getByRole('region', { name: '下から上へ読んだ場合' });
  await expect(other.getByRole('listitem').first()).toHaveText('青森県だから仕方がない。');
  await expect(other.getByRole('listitem')).toHaveCount(12);

  await s.page.getByRole('navigation').getByRole('link', { name: 'プラン決定までの経過' }).click();
  await expect(s.page).toHaveURL(PLAIN_URL + 'timeline/');
  await expect(s.page.getByRole('heading', { level: 1 })).toHaveText('プラン決定までの経過');
  await expect(s.page.locator('main time[datetime]')).not.toHaveCount(0);
  for (const date of ['2023-03-07', '2023-09-28', '2023-10-27', '2024-02-29']) {
    await expect(s.page.locator(`main time[datetime="${date}"]`)).toHaveCount(1);
  }
  await expect(s.page.locator('main li[id]')).toHaveCount(11);

  await s.page.getByRole('link', { name: 'English' }).click();
  await expect(s.page).toHaveURL(PLAIN_URL + 'en/timeline/');
  await expect(s.page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(s.page.getByRole('heading', { level: 1 })).toHaveText('How the plan was decided');
  await s.close();
});

test('the 404 page, robots.txt and sitemap.xml are prerendered', async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + '404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page.getByRole('main').getByRole('link')).not.toHaveCount(0);
  await context.close();

  const robots = await (await request.get(PLAIN_URL + 'robots.txt')).text();
  expect(robots).toContain('User-agent: *');
  expect(robots).toContain(`Sitemap: ${SITE}sitemap.xml`);
  const sitemap = await (await request.get(PLAIN_URL + 'sitemap.xml')).text();
  expect(sitemap.match(/<loc>/g)).toHaveLength(8);
  for (const path of ROUTES) expect(sitemap).toContain(`<loc>${SITE}${path}</loc>`);
});

// A layout-shift observer cannot see the take-over: it replaces nodes (the islands, or the whole page
// for #app when a content file changed after the build), so every new node is new and none "moved".
// So compare the geometry itself: the header, every heading, every block of main and the footer,
// before (wasm held back) and after the take-over.

/** Box of the header, each heading, each block of main (two levels) and the footer, in document
 *  coordinates, of whichever root is on screen (#prerendered, live or not, or #app after a swap). */
async function geometry(page: Page): Promise<{ what: string; text: string; x: number; y: number; w: number; h: number }[]> {
  return page.evaluate(() => {
    const root = document.getElementById('prerendered') ?? document.getElementById('app');
    if (!root) throw new Error('no root');
    const els = new Set([
      ...root.querySelectorAll<HTMLElement>(':scope > header'),
      ...root.querySelectorAll<HTMLElement>('main h1, main h2, main h3'),
      ...root.querySelectorAll<HTMLElement>('main > *, main > * > *'),
      ...root.querySelectorAll<HTMLElement>(':scope > footer'),
    ]);
    return [...els].map((el) => {
      const r = el.getBoundingClientRect();
      const label = el.id ? '#' + el.id : el.classList.length ? '.' + el.classList[0] : '';
      const text = (el.innerText ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
      return { what: el.tagName.toLowerCase() + label, text, x: r.x + scrollX, y: r.y + scrollY, w: r.width, h: r.height };
    });
  });
}

/** Two animation frames: whatever the take-over set in motion has been laid out. */
const frames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

const SIZES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
} as const;
/** Visitor clocks: in the plan's period (the bar marks this year, which only the app knows), and
 *  before and after it (the overview only: the sentence under the bar changes). */
const CLOCKS = ['2026-06-15T12:00:00+09:00', '2024-01-15T12:00:00+09:00', '2029-06-01T12:00:00+09:00'];

for (const [size, options] of Object.entries(SIZES)) {
  for (const path of ROUTES) {
    test(`/${path} on a ${size}: the take-over moves and resizes nothing (header, headings, blocks, footer within 1 px)`, async ({ browser }) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const clocks = path === '' || path === 'en/' ? CLOCKS : CLOCKS.slice(0, 1);
      for (const clock of clocks) {
        await page.clock.setFixedTime(new Date(clock));
        const release = await holdWasm(page);
        await page.goto(PLAIN_URL + path, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        await expect(page.locator('#prerendered')).toHaveCount(1);
        const before = await geometry(page);
        expect(before.length).toBeGreaterThan(5);
        release();
        await expect(page.locator('html')).toHaveAttribute('data-live', '');
        await frames(page);
        const after = await geometry(page);
        const at = `/${path} on a ${size} at ${clock}`;
        expect(after.map((b) => b.what), `${at}: the same blocks`).toEqual(before.map((b) => b.what));
        const moved = after.flatMap((b, i) => {
          const a = before[i];
          const d = Math.max(Math.abs(b.x - a.x), Math.abs(b.y - a.y), Math.abs(b.w - a.w), Math.abs(b.h - a.h));
          return d > 1 ? [`${b.what} (${b.text}): ${[a.x, a.y, a.w, a.h].map(Math.round)} -> ${[b.x, b.y, b.w, b.h].map(Math.round)}`] : [];
        });
        expect(moved, `${at}: moved or resized at the take-over`).toEqual([]);
        await page.unrouteAll();
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
}

for (const width of [320, 390]) {
  test(`on a ${width} px phone no page is wider than the screen, before or after the take-over`, async ({ browser }) => {
    // A mobile browser zooms a page that is wider than the screen out until it fits: everything
    // gets smaller, and WCAG 1.4.10 (reflow at 320 CSS px) fails. The period bar once did this.
    const context = await browser.newContext({
      viewport: { width, height: 700 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    });
    const page = await context.newPage();
    const layout = () => page.evaluate(() => ({ viewport: innerWidth, page: document.documentElement.scrollWidth }));
    const fits = { viewport: width, page: width };
    for (const path of ROUTES) {
      const release = await holdWasm(page);
      await page.goto(PLAIN_URL + path, { waitUntil: 'load' });
      await expect(page.locator('#prerendered')).toHaveCount(1);
      expect(await layout(), `/${path} prerendered`).toEqual(fits);
      release();
      await expect(page.locator('html')).toHaveAttribute('data-live', '');
      expect(await layout(), `/${path} live`).toEqual(fits);
      await page.unrouteAll();
    }
    await context.close();
  });
}

for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
  test(`focus and scroll placed before the wasm arrives are kept when the app takes over (${viewport.width} px)`, SERVER_TAG, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.clock.setFixedTime(new Date(CLOCKS[0])); // in the plan period: the bar gets its badge
    const release = await holdWasm(page);
    await page.goto(PLAIN_URL + 'en/', { waitUntil: 'domcontentloaded' });
    const link = page.getByRole('link', { name: 'See how the plan was decided' }).last();
    await link.scrollIntoViewIfNeeded();
    await link.focus();
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(300);
    await expect(page.locator('#prerendered')).toHaveCount(1);
    // Where the reader sees the link: the app restores scrollY itself, so compare the link's place
    // on screen too (moved content above it would move it).
    const onScreen = () => page.evaluate(() => (document.activeElement as HTMLElement).getBoundingClientRect().top);
    const seenAt = await onScreen();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(link).toBeFocused();
    expect(await page.evaluate(() => document.activeElement?.isConnected && document.activeElement !== document.body)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(Math.abs((await onScreen()) - seenAt)).toBeLessThanOrEqual(1);
  });
}

test('content edited after the build is what the live app shows', async ({ page }) => {
  await page.route('**/data/poem.json', async (route) => {
    const response = await route.fetch();
    const poem = await response.json();
    poem.instruction.ja = '編集後の説明文です。';
    await route.fulfill({ response, json: poem });
  });
  await page.goto(PLAIN_URL + 'poem/');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await expect(page.getByRole('main')).toContainText('編集後の説明文です。');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// The take-over keeps what the prerendered page already shows and draws live only its islands
// (src/takeover/): the frame and the static text stay the same nodes, and the live app adds a
// fraction of the page's elements.
for (const path of ROUTES) {
  test(`/${path}: the take-over keeps the frame and the static parts, and draws only the islands`, SERVER_TAG, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const release = await holdWasm(page);
    await page.goto(PLAIN_URL + path, { waitUntil: 'load' });
    await page.evaluate(() => {
      const w = window as unknown as { __added: number; __kept: Element[]; __inert: Element[] };
      w.__kept = [...document.querySelectorAll('header, footer, main h2:not([data-island] *)')];
      w.__inert = [...document.querySelectorAll('[disabled]')];
      w.__added = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.addedNodes) if (n instanceof Element) w.__added += 1 + n.querySelectorAll('*').length;
      }).observe(document.body, { subtree: true, childList: true });
    });
    release();
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    const { kept, inert, added, total } = await page.evaluate(() => {
      const w = window as unknown as { __added: number; __kept: Element[]; __inert: Element[] };
      return {
        kept: w.__kept.every((el) => el.isConnected),
        inert: w.__inert.filter((el) => el.isConnected).map((el) => el.outerHTML.slice(0, 80)),
        added: w.__added,
        total: document.body.querySelectorAll('*').length,
      };
    });
    expect(kept, `/${path}: header, footer and the static headings are the prerendered nodes`).toBe(true);
    expect(await page.locator('#prerendered').count()).toBe(1);
    expect(inert, `/${path}: every prerendered (disabled) control replaced by a live one`).toEqual([]);
    // The overview and timeline pages keep their text (about 64% of their elements are in islands:
    // their controls, lists and results), the poem page its lines too (its controls, status and
    // print reading are drawn: 30%), the about page all but its share buttons (2%).
    const share = path.includes('about') ? 0.05 : path.includes('poem') ? 0.35 : 0.7;
    expect(added, `/${path}: ${added} of ${total} elements drawn anew`).toBeLessThan(total * share);
    expect(errors).toEqual([]);
  });
}

test('a content file edited after the build: the live app draws the whole page from it', async ({ page }) => {
  await page.route('**/data/plan.json', async (route) => {
    const response = await route.fetch();
    const plan = await response.json();
    plan.philosophy.ja = '編集後の基本理念です。';
    await route.fulfill({ response, json: plan });
  });
  await page.goto(PLAIN_URL);
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('main')).toContainText('編集後の基本理念です。');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link from the first page draws the next page whole, and back draws the first again', async ({ page }) => {
  await page.goto(PLAIN_URL);
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '逆転の発想' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('逆転の発想');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('#prerendered')).toHaveCount(0);
  await expect(page.getByRole('banner')).toHaveCount(1);
  await expect(page.getByRole('contentinfo')).toHaveCount(1);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('青森県DX推進プラン');
  await page.getByRole('button', { name: '暮らし・まち' }).click();
  await expect(page.getByRole('button', { name: '暮らし・まち' })).toHaveAttribute('aria-pressed', 'true');
});
