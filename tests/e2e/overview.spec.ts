// The overview and about pages, the English edition and sharing.
import AxeBuilder from '@axe-core/playwright';
import { expect, liveApp, type Page, test } from './support/test';
import { PAGES_URL, PLAIN_URL } from './support/urls';

async function overviewAt(page: Page, isoTime: string, path = '') {
  await page.clock.setFixedTime(new Date(isoTime));
  await page.goto(PLAIN_URL + path);
  await expect(page.getByRole('list', { name: /計画期間|Plan period/ })).toBeVisible();
}

test('the source facts are on the overview, exactly', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const main = page.getByRole('main');
  await expect(main.getByText('青森県はDXでもっとおもしろくなる', { exact: true })).toBeVisible();
  await expect(main).toContainText('2024(令和6)年度から2028(令和10)年度の5年間');
  for (const name of ['産業・しごと', '暮らし・まち', '行政経営', '産業', '防災', '教育']) {
    await expect(main.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(main).toContainText('「官民データ活用推進基本法」に基づく「都道府県データ活用推進計画」');
  await expect(main).toContainText('2023(令和5)年4月に、外部有識者からなる');
  await main.getByRole('link', { name: '詩「逆転の発想」を読む' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
});

test('the period bar follows the visitor\'s clock: before, during and after', async ({ page }) => {
  await overviewAt(page, '2026-11-24T12:00:00+09:00');
  const now = page.locator('.period-bar li[aria-current="date"]');
  await expect(now).toContainText('2026(令和8)年度');
  await expect(now).toContainText('今年度');
  await expect(page.getByText('現在は2026(令和8)年度で、5年間の計画期間のうち3年目です。')).toBeVisible();

  await overviewAt(page, '2024-03-31T12:00:00+09:00');
  await expect(page.locator('.period-bar li[aria-current]')).toHaveCount(0);
  await expect(page.getByText('計画期間は2024(令和6)年度に始まります(あと1年)。')).toBeVisible();

  await overviewAt(page, '2029-04-02T12:00:00+09:00');
  await expect(page.getByText('計画期間は2028(令和10)年度で終了しました。')).toBeVisible();

  await overviewAt(page, '2026-11-24T12:00:00+09:00', 'en/');
  await expect(page.getByText('It is now FY2026 (Reiwa 8): year 3 of the 5-year plan period.')).toBeVisible();
});

test('the structure can be explored by keyboard', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const field = page.getByRole('button', { name: '暮らし・まち' });
  await field.focus();
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#structure-detail')).toHaveText('「暮らし・まち」の分野について、めざすべき社会像や取組方針を示しています。');
  await page.getByRole('button', { name: '防災', exact: true }).click();
  await expect(page.locator('#structure-detail')).toHaveText('「防災」のDXを、重点的に取り組むものに設定しています。');
  await expect(field).toHaveAttribute('aria-pressed', 'false');
});

test('keyboard only through the logo explanation highlights the matching drawing part', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const arrow = page.getByRole('button', { name: /矢印/ });
  await arrow.focus();
  // The A is the arrow: the A lights up, and nothing is added to it.
  await expect(page.locator('.logo-part.part-arrow.active')).toHaveCount(1);
  await expect(page.locator('.logo-part.part-a.active')).toHaveCount(1);
  await expect(page.locator('.logo-part.part-circles')).not.toHaveClass(/active/);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /未来の想い/ })).toBeFocused();
  // A mood, not a shape: nothing in the drawing stands for it, and nothing is dimmed.
  await expect(page.locator('.logo-part.active')).toHaveCount(0);
  await expect(page.locator('.logo-explorer')).not.toHaveClass(/has-active/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /未来の想い/ })).toHaveAttribute('aria-pressed', 'true');
  // Hovering the drawing highlights the explanation.
  await page.locator('.logo-part.part-circles circle').last().hover();
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('button', { name: /「X」は先端に行くほど円が大きく/ }) })).toHaveClass(/active/);
});

test('share links are built from the current page URL, encoded', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/?q=素案');
  const share = page.getByRole('complementary', { name: 'このページをシェア' });
  const current = encodeURIComponent(PLAIN_URL + 'timeline/?q=%E7%B4%A0%E6%A1%88');
  await expect(share.getByRole('link', { name: 'Facebookでシェア' })).toHaveAttribute('href', `https://www.facebook.com/sharer/sharer.php?u=${current}`);
  await expect(share.getByRole('link', { name: 'LINEでシェア' })).toHaveAttribute('href', `https://social-plugins.line.me/lineit/share?url=${current}`);
  await expect(share.getByRole('link', { name: 'Xでシェア' })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?url=${current.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}&text=`));
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute('href', /en%2Ftimeline%2F/);
});

test('copy link says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PLAIN_URL + 'about/');
  await page.getByRole('complementary').getByRole('button', { name: 'リンクをコピー' }).click();
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText('リンクをコピーしました。');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PLAIN_URL + 'about/');
});

test('about: source, unofficial statement, downloads, terms and accessibility policy', async ({ page }) => {
  await page.goto(PLAIN_URL + 'about/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: '非公式のサイトです' })).toBeVisible();
  await expect(main).toContainText('JIS X 8341-3:2016');
  // Maintainer steps are in the README, not on a visitor's page.
  await expect(main).not.toContainText('public/data/');
  await expect(main.getByRole('heading', { name: '利用について' })).toBeVisible();
  await expect(main.getByRole('link', { name: '青森県「青森県DX推進プランについて」' })).toBeVisible();
  await expect(main.getByRole('link', { name: 'timeline.json' })).toHaveAttribute('href', '/aomori/dx-plan/data/timeline.json');
  await main.getByRole('link', { name: '経過のページでCSV・JSONをダウンロード' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/#downloads-heading');
  await expect(page.getByRole('button', { name: '全11件をCSVでダウンロード' })).toBeVisible();
});

/** Japanese characters in the text of `main` and the shell outside elements marked lang="ja". */
async function unmarkedJapanese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || el.closest('[lang="ja"], script, style, [aria-hidden="true"]')) continue;
      if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(node.textContent ?? '')) found.push(node.textContent ?? '');
    }
    return found;
  });
}

for (const path of ['', 'poem/', 'timeline/', 'about/', 'nowhere/']) {
  test(`English /en/${path}: no unmarked Japanese, and the switch keeps the route`, async ({ page }) => {
    // Only the GitHub-Pages-style host answers unknown paths with the app's 404 page.
    const base = path === 'nowhere/' ? PAGES_URL : PLAIN_URL;
    await page.goto(base + 'en/' + path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.waitForLoadState('networkidle');
    expect(await unmarkedJapanese(page)).toEqual([]);
    await page.getByRole('link', { name: '日本語' }).click();
    await expect(page).toHaveURL(base + (path === 'nowhere/' ? '' : path));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  });
}

test.describe('axe-core, both languages, light and dark', () => {
  for (const path of ['', 'about/', 'en/', 'en/about/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`/${path} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(PLAIN_URL + path);
        await liveApp(page);
        await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await context.close();
      });
    }
  }
});

for (const path of ['', 'poem/', 'timeline/', 'about/']) {
  test(`Japanese /${path}: no English interface strings left`, async ({ page }) => {
    await page.goto(PLAIN_URL + path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // English marked as English is content, not a missed translation (the language switch's
    // 「English」, the test report's test titles).
    const text = await page.locator('body').evaluate((body) => {
      let text = body.innerText;
      for (const el of body.querySelectorAll<HTMLElement>('[lang="en"]')) text = text.replace(el.innerText, '');
      return text;
    });
    for (const english of ['Overview', 'Reverse Thinking', 'How the plan was decided', 'About this site', 'Unofficial guide',
      'Skip to main content', 'Share this page', 'Copy link', 'Read it bottom to top', 'Read line by line', 'Search',
      'Clear filters', 'Download', 'Source:', 'Basic philosophy', 'Positioning', 'fiscal', 'Fiscal']) {
      expect(text, english).not.toContain(english);
    }
  });
}

/** Every element (and ::before/::after) whose style would move: a transition longer than 0 s or
 *  an animation longer than the 0.01 ms the reduced-motion rule allows. */
const motionStyles = (page: Page) =>
  page.evaluate(() => {
    const ms = (list: string) => Math.max(...list.split(',').map((d) => parseFloat(d) * (d.trim().endsWith('ms') ? 1 : 1000)));
    const found: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      for (const pseudo of [null, '::before', '::after']) {
        const s = getComputedStyle(el, pseudo);
        const what = `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${pseudo ?? ''}`;
        if (ms(s.transitionDuration) + ms(s.transitionDelay) > 0) found.push(`${what} transition ${s.transitionDuration}`);
        if (s.animationName !== 'none' && ms(s.animationDuration) + ms(s.animationDelay) > 0.01) found.push(`${what} animation ${s.animationDuration}`);
      }
    }
    return [...new Set(found)];
  });

/** Focuses the logo explanation of the arrow, waits until the app has highlighted the drawing and
 *  three more frames, and says how many transitions or animations that started. */
const motionOnLogoFocus = (page: Page) =>
  page.evaluate(async () => {
    let started = 0;
    const count = () => started++;
    document.addEventListener('transitionrun', count);
    document.addEventListener('animationstart', count);
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    const button = [...document.querySelectorAll<HTMLElement>('.logo-explanation')].find((b) => b.textContent?.includes('矢印'));
    button!.focus();
    for (let i = 0; i < 300 && !document.querySelector('.logo-part.active'); i++) await frame();
    for (let i = 0; i < 3; i++) await frame();
    document.removeEventListener('transitionrun', count);
    document.removeEventListener('animationstart', count);
    return { highlighted: document.querySelector('.logo-part.active') !== null, started };
  });

test('reduced motion: no transition or animation anywhere on any page, and the logo explanation highlights at once', async ({ browser }) => {
  // The check can see motion: without the preference the logo's parts fade.
  const moving = await browser.newContext();
  const normal = await moving.newPage();
  await normal.goto(PLAIN_URL);
  // Pages of a context made here are not the fixture's: wait for the live app's take-over.
  await expect(normal.locator('html')).toHaveAttribute('data-live', '');
  expect(await motionStyles(normal)).not.toEqual([]);
  const normalFocus = await motionOnLogoFocus(normal);
  expect(normalFocus.highlighted).toBe(true);
  expect(normalFocus.started).toBeGreaterThan(0);
  await moving.close();

  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  for (const path of ['', 'poem/', 'timeline/', 'about/']) {
    await page.goto(PLAIN_URL + path);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await motionStyles(page), `/${path}`).toEqual([]);
  }
  await page.goto(PLAIN_URL);
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  // The period bar marks this year and the logo explanation highlights its drawing: no movement.
  await expect(page.locator('.period-bar')).toBeVisible();
  expect(await motionOnLogoFocus(page)).toEqual({ highlighted: true, started: 0 });
  await expect(page.locator('.logo-part.part-arrow.active')).toHaveCount(1);
  await page.getByRole('button', { name: '暮らし・まち' }).click();
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  expect(await motionStyles(page)).toEqual([]);
  await context.close();
});
