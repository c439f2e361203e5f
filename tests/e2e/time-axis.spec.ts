// The timeline's pictures: the time axis to scale above the list, the filters folded behind one
// button on phones so the entries start on the first screen, and a header of about 100 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, liveApp, type Page, test } from './support/test';
import { PLAIN_URL } from './support/urls';

const PHONE = { deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const ROUTES = ['', 'poem/', 'timeline/', 'about/', 'en/', 'en/poem/', 'en/timeline/', 'en/about/'];

/** The axis's marks: the entry each links to, its drawn centre, and its state. The axis is a
 *  picture for sighted readers (aria-hidden; the list is the content), so it is read from the SVG. */
const marks = (page: Page) =>
  page.locator('figure svg a').evaluateAll((links) =>
    links.map((a) => {
      const r = (a.querySelector('text') as SVGGraphicsElement).getBoundingClientRect();
      const href = new URL(a.getAttribute('href')!, document.baseURI);
      return {
        href: href.hash,
        page: href.pathname + href.search,
        x: r.left + r.width / 2,
        tabindex: a.getAttribute('tabindex'),
        state: a.getAttribute('data-state') ?? '',
      };
    }),
  );
const entryIds = (page: Page) => page.locator('ol.entries > li').evaluateAll((lis) => lis.map((li) => li.id));

test('the axis: one mark per entry in date order, each linking to its entry, no extra tab stops', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/');
  const figure = page.getByRole('figure', { name: '2023年3月から2024年2月までの11件を日付の位置に示した時間軸。詳細は下の一覧のとおりです。' });
  await expect(figure).toBeVisible();
  const drawn = await marks(page);
  expect(drawn.map((m) => m.href)).toEqual((await entryIds(page)).map((id) => '#' + id));
  expect(new Set(drawn.map((m) => m.page))).toEqual(new Set(['/aomori/dx-plan/timeline/']));
  // To scale and in order: each mark right of the one before.
  for (let i = 1; i < drawn.length; i++) expect(drawn[i].x, drawn[i].href!).toBeGreaterThan(drawn[i - 1].x);
  // A week (22 and 29 February 2024) is much closer than two months (7 March to 10 May 2023).
  expect(drawn[10].x - drawn[9].x).toBeLessThan((drawn[1].x - drawn[0].x) / 4);
  // The picture is hidden from assistive technology and its links are no tab stops.
  await expect(figure.locator('svg')).toHaveAttribute('aria-hidden', 'true');
  expect(new Set(drawn.map((m) => m.tabindex))).toEqual(new Set(['-1']));
  // Months from March 2023 to February 2024, the milestones labelled, the fiscal year's start.
  await expect(figure.locator('text.month')).toHaveText(['3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月']);
  await expect(figure.locator('text.milestone-label')).toHaveText(['★素案決定', '★原案決定', '★プラン決定']);
  await expect(figure.locator('text.fy-label')).toHaveText('2023(令和5)年度');
  // The public comment is a bar from its start to its end (28 September to 27 October: about a month).
  const bar = await figure.locator('rect.range').boundingBox();
  const months = await figure.locator('text.month').evaluateAll((t) => t.map((e) => e.getBoundingClientRect().left));
  expect(bar!.width).toBeGreaterThan((months[7] - months[6]) * 0.85);
  expect(bar!.width).toBeLessThan((months[7] - months[6]) * 1.1);
  // A click on a mark goes to its entry.
  await figure.locator('a[href$="#2023-11-22-committee-4"]').click();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/#2023-11-22-committee-4');
  await expect(page.locator('[id="2023-11-22-committee-4"]')).toBeInViewport();
});

test('filtered entries fade on the axis; an entry pointed at or focused lights its mark', async ({ page }) => {
  await page.goto(PLAIN_URL + 'en/timeline/?body=committee');
  const committee = ['#2023-05-10-committee-1', '#2023-06-07-committee-2', '#2023-07-26-committee-3', '#2023-11-22-committee-4'];
  await expect.poll(async () => (await marks(page)).filter((m) => m.state !== 'faded').map((m) => m.href)).toEqual(committee);
  await expect.poll(async () => (await marks(page)).filter((m) => m.state === 'faded').length).toBe(7);
  const lit = async () => (await marks(page)).filter((m) => m.state === 'lit').map((m) => m.href);
  await page.locator('[id="2023-06-07-committee-2"]').hover();
  await expect.poll(lit).toEqual(['#2023-06-07-committee-2']);
  await page.getByRole('link', { name: 'Copy link to the entry of 22 November 2023' }).focus();
  await expect.poll(lit).toEqual(['#2023-11-22-committee-4']);
  // A mark's link keeps the filters, as the list's own links do.
  expect(new Set((await marks(page)).map((m) => m.page))).toEqual(new Set(['/aomori/dx-plan/en/timeline/?body=committee']));
  // Clearing the filter brings every mark back.
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect.poll(async () => (await marks(page)).filter((m) => m.state === 'faded').length).toBe(0);
});

test('the axis is in the page without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'en/timeline/');
  const figure = page.getByRole('figure', { name: /^Time axis of the 11 steps, March 2023 to February 2024/ });
  await expect(figure).toBeVisible();
  await expect(figure.locator('svg a')).toHaveCount(11);
  await expect(figure.locator('text.milestone-label')).toHaveText(['★Draft approved', '★Final draft approved', '★Plan adopted']);
  await context.close();
});

for (const [lang, path, toggle, one] of [
  ['ja', 'timeline/', '絞り込み', '絞り込み(1件の条件を適用中)'],
  ['en', 'en/timeline/', 'Filter', 'Filter (1 active)'],
] as const) {
  test(`${lang}: on a 390×844 phone the filters fold behind one button that counts them, and the first entry is on the first screen`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...PHONE });
    const page = await context.newPage();
    await page.goto(PLAIN_URL + path);
    await liveApp(page);
    // The source's summary folds behind its own button too, shown on demand.
    const summary = page.getByRole('button', { name: lang === 'ja' ? '経過の概要と委員名簿' : 'Summary and members' });
    await expect(summary).toHaveAttribute('aria-expanded', 'false');
    await expect(page.locator('#decision-summary')).toBeHidden();
    const first = page.locator('ol.entries > li').first();
    expect((await first.boundingBox())!.y).toBeLessThan(844 - 40);
    const button = page.getByRole('button', { name: toggle, exact: true });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('searchbox')).toBeHidden();
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((r) => r.violations)).toEqual([]);
    await summary.click();
    await expect(summary).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('#decision-summary')).toBeVisible();
    await expect(page.locator('#committee-members')).toBeVisible();
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('searchbox')).toBeVisible();
    await page.getByRole('search').getByRole('checkbox').first().check({ force: true });
    await expect(page.getByRole('button', { name: one })).toHaveAttribute('aria-expanded', 'true');
    expect(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze().then((r) => r.violations)).toEqual([]);
    await context.close();
  });
}

test('on a desktop the filters are open and there is no fold button', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('button', { name: '絞り込み', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: '経過の概要と委員名簿' })).toBeHidden();
  await expect(page.locator('#decision-summary')).toBeVisible();
});

test('on phones the header takes at most 100 px and no page is wider than the screen, down to 320 px', async ({ browser }) => {
  for (const width of [390, 320]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, ...PHONE });
    const page = await context.newPage();
    for (const path of ROUTES) {
      await page.goto(PLAIN_URL + path);
      await liveApp(page);
      const m = await page.evaluate(() => ({
        header: document.querySelector('header')!.getBoundingClientRect().height,
        wide: document.documentElement.scrollWidth - innerWidth,
      }));
      expect(m.header, `/${path} at ${width} px: header height`).toBeLessThanOrEqual(100);
      expect(m.wide, `/${path} at ${width} px: sideways scroll`).toBe(0);
      // Every menu item is whole on screen, on one row (nothing scrolls, nothing is cut), and
      // the other language, one tap away, is on the row above, apart from the menu.
      const links = page.getByRole('navigation').getByRole('link');
      for (const link of await links.all()) await expect(link, `/${path} at ${width} px`).toBeInViewport({ ratio: 1 });
      const tops = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
      expect(new Set(tops).size, `/${path} at ${width} px: menu rows`).toBe(1);
      const other = page.locator('.lang-switch a:not([aria-current])');
      await expect(other).toBeVisible();
      expect((await other.boundingBox())!.y + 10, `/${path} at ${width} px: the switch above the menu`).toBeLessThan(tops[0]);
    }
    await context.close();
  }
});
