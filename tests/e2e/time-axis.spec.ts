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

for (const width of [390, 320]) {
  test(`on a ${width} px phone the header takes at most 100 px and no page is wider than the screen`, async ({ browser }) => {
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
  });
}

// The axis on any screen: its key on screen with it, and every word on it legible, apart from the
// others and from the lines (the fiscal year's rule, the milestones' leaders).
const LEGEND = {
  ja: { path: 'timeline/', name: '時間軸の記号の凡例', items: ['推進方向の策定・公表', '策定委員会', '推進本部', '推進本部幹事会', '意見募集', '★プラン策定の節目'] },
  en: {
    path: 'en/timeline/',
    name: 'Key to the time axis',
    items: ['DX Promotion Direction formulated and published', 'Planning Committee', 'DX Promotion Headquarters', 'Headquarters Steering Committee', 'Public comment', '★Milestone of the plan'],
  },
} as const;

for (const width of [390, 320]) {
  for (const lang of ['ja', 'en'] as const) {
    test(`${lang}: on a ${width} px phone the axis's key is on screen, a glyph before each name, named for screen readers`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 844 }, ...PHONE });
      const page = await context.newPage();
      await page.goto(PLAIN_URL + LEGEND[lang].path);
      await liveApp(page);
      const legend = page.getByRole('figure').getByRole('list', { name: LEGEND[lang].name });
      await expect(legend).toBeVisible();
      // (The ★ is in the text, hidden from screen readers; the bodies' glyphs are the badges' CSS.)
      await expect(legend.getByRole('listitem')).toHaveText([...LEGEND[lang].items]);
      // Whole on the screen's width, and compact: lines of 12 px text under the axis, at most four
      // at 390 px, six at 320 (the milestones' ★, which their labels name on the axis, is in the
      // key for screen readers only).
      expect((await legend.getByRole('listitem').last().boundingBox())!.width).toBeLessThanOrEqual(1);
      const box = (await legend.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.height).toBeLessThanOrEqual((width >= 390 ? 4 : 6) * 17);
      // The glyphs are the list's badges (the same CSS), hidden from screen readers.
      const glyphs = await legend.locator('li > [aria-hidden="true"]').evaluateAll((spans) =>
        spans.map((s) => {
          const before = getComputedStyle(s, '::before').content;
          return before === 'none' || before === 'normal' ? s.textContent : before.replace(/^"|"$/g, '');
        }),
      );
      expect(glyphs).toEqual(['◎', '◆', '■', '▲', '✎', '★']);
      await context.close();
    });
  }
}

/** The axis's words (months, years, labels) and marks as drawn: boxes of the visible ones, and
 *  the boxes of its lines that stand on labels (the fiscal year's rule, the leaders). */
const drawn = (page: Page) =>
  page.locator('figure svg').evaluate((svg) => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const shown = (e: Element) => getComputedStyle(e).display !== 'none' && e.getBoundingClientRect().width > 0;
    return {
      words: [...svg.querySelectorAll(':scope > text')].filter(shown).map((t) => ({ text: t.textContent!, ...box(t) })),
      marks: [...svg.querySelectorAll('a > text')].map((t) => ({ text: t.textContent!, ...box(t) })),
      lines: [...svg.querySelectorAll('line.fy-rule, line.leader')].map((l) => ({ text: l.getAttribute('class')!, ...box(l) })),
    };
  });
type Box = { text: string; left: number; right: number; top: number; bottom: number };
const meet = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

for (const width of [320, 390, 1280]) {
  for (const lang of ['ja', 'en'] as const) {
    test(`${lang}: at ${width} px no word on the axis touches another, a mark or a line, and the marks are large`, async ({ browser }) => {
      const phone = width < 1000 ? PHONE : {};
      const context = await browser.newContext({ viewport: { width, height: 900 }, ...phone });
      const page = await context.newPage();
      await page.goto(PLAIN_URL + LEGEND[lang].path);
      await liveApp(page);
      const { words, marks, lines } = await drawn(page);
      const labels = words.map((w) => w.text);
      expect(labels).toEqual(expect.arrayContaining(lang === 'ja' ? ['★素案決定', '★原案決定', '★プラン決定', '2023(令和5)年度', '2023年', '2024年'] : ['★Draft approved', '★Final draft approved', '★Plan adopted', 'FY2023 (Reiwa 5)', '2023', '2024']));
      for (let i = 0; i < words.length; i++) {
        for (let j = i + 1; j < words.length; j++) expect(meet(words[i], words[j]), `${words[i].text} and ${words[j].text}`).toBe(false);
        for (const mark of marks) expect(meet(words[i], mark), `${words[i].text} and the mark ${mark.text}`).toBe(false);
        for (const line of lines) expect(meet(words[i], line), `${words[i].text} and a ${line.text}`).toBe(false);
      }
      // Inside the page's width.
      for (const w of words) expect(w.left >= 0 && w.right <= width, w.text).toBe(true);
      // The fiscal year's rule is a line, and it stands on its own label.
      expect(lines.filter((l) => l.text === 'fy-rule')).toHaveLength(1);
      // On a wide screen the key names the ★ too.
      if (width >= 1000) await expect(page.getByRole('list', { name: LEGEND[lang].name }).getByRole('listitem').last()).toBeVisible();
      // Marks of at least 16 px (their glyphs' boxes; the ink of ◆ is about two thirds of it).
      for (const mark of marks) expect(Math.min(mark.right - mark.left, mark.bottom - mark.top), mark.text).toBeGreaterThanOrEqual(16);
      await context.close();
    });
  }
}
