// The foundation: every route by deep link under a sub-path, navigation,
// history, the language switch, failures of the content files, the 404 page
// and an axe-core scan of every route.
import AxeBuilder from '@axe-core/playwright';
import { expect, liveApp, type Page, test } from './support/test';
import { BROKEN_URL, PAGES_URL, PLAIN_URL, SERVER_TAG } from './support/urls';

type RouteCase = { path: string; lang: 'ja' | 'en'; h1: string; nav: string };

const ROUTE_CASES: RouteCase[] = [
  { path: '', lang: 'ja', h1: '青森県DX推進プラン', nav: 'プランの概要' },
  { path: 'poem/', lang: 'ja', h1: '逆転の発想', nav: '逆転の発想' },
  { path: 'timeline/', lang: 'ja', h1: 'プラン決定までの経過', nav: 'プラン決定までの経過' },
  { path: 'about/', lang: 'ja', h1: 'このサイトについて', nav: 'このサイトについて' },
  { path: 'en/', lang: 'en', h1: 'Aomori Prefecture DX Promotion Plan', nav: 'Overview' },
  { path: 'en/poem/', lang: 'en', h1: 'Reverse Thinking', nav: 'Reverse Thinking' },
  { path: 'en/timeline/', lang: 'en', h1: 'How the plan was decided', nav: 'How the plan was decided' },
  { path: 'en/about/', lang: 'en', h1: 'About this site', nav: 'About this site' },
];

/** Collects uncaught page errors; each test asserts there were none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

async function expectRoute(page: Page, c: RouteCase) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.h1);
  await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
  await expect(page).toHaveTitle(new RegExp(c.h1 === 'Aomori Prefecture DX Promotion Plan' || c.h1 === '青森県DX推進プラン' ? c.h1 : `^${c.h1} \\|`));
  await expect(page.getByRole('navigation').getByRole('link', { name: c.nav, exact: true })).toHaveAttribute('aria-current', 'page');
}

for (const c of ROUTE_CASES) {
  test(`deep link /${c.path} works under a sub-path on a static server, with landmarks and alternates`, SERVER_TAG, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(PLAIN_URL + c.path);
    expect(response?.status()).toBe(200);
    await expectRoute(page, c);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    // Content arrived from the JSON (no alert, no loading note left).
    await expect(page.getByRole('alert')).toHaveCount(0);
    const bare = c.path.replace(/^en\//, '').replace(/^en$/, '');
    await expect(page.locator('link[rel=alternate][hreflang=ja]')).toHaveAttribute('href', `${PLAIN_URL}${bare}`);
    await expect(page.locator('link[rel=alternate][hreflang=en]')).toHaveAttribute('href', `${PLAIN_URL}en/${bare}`);
    await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', PLAIN_URL + c.path);
    expect(errors).toEqual([]);
  });
}

test('the footer credits the source and says the site is unofficial', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('出典ページの更新日付:2024年2月29日');
  await expect(footer).toContainText('DX推進課');
  await expect(footer).toContainText('公式サイトではありません');
  await expect(footer.getByRole('link', { name: '青森県「青森県DX推進プランについて」' })).toHaveAttribute(
    'href',
    'https://www.pref.aomori.lg.jp/soshiki/seisaku/dxsuishin/aomori_dxsuishinplan.html',
  );
  await page.goto(PLAIN_URL + 'en/');
  await expect(page.getByRole('contentinfo')).toContainText('not an official website of Aomori Prefecture');
});

test('in-app navigation, back, forward and reload', SERVER_TAG, async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(PLAIN_URL);
  const nav = page.getByRole('navigation', { name: 'メインメニュー' });
  await nav.getByRole('link', { name: '逆転の発想' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expectRoute(page, ROUTE_CASES[1]);
  // Focus moves to the new page's heading, as after a page load.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await nav.getByRole('link', { name: 'プラン決定までの経過' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/');
  await expectRoute(page, ROUTE_CASES[2]);

  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expectRoute(page, ROUTE_CASES[1]);
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL);
  await expectRoute(page, ROUTE_CASES[0]);
  await page.goForward();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expectRoute(page, ROUTE_CASES[1]);

  await page.reload();
  await expectRoute(page, ROUTE_CASES[1]);
  // The brand link leads home.
  await page.getByRole('banner').getByRole('link', { name: /青森県DX推進プラン/ }).click();
  await expect(page).toHaveURL(PLAIN_URL);
  expect(errors).toEqual([]);
});

test('the language switch keeps the page and the query, and sets <html lang>', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/?sort=desc');
  await page.getByRole('list', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/?sort=desc');
  await expectRoute(page, ROUTE_CASES[6]);
  await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/?sort=desc');
  await expectRoute(page, ROUTE_CASES[2]);
  // Back and forward restore the whole entry: URL with its query, page, language and content.
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/?sort=desc');
  await expectRoute(page, ROUTE_CASES[6]);
  await expect(page.getByLabel('Order')).toHaveValue('desc');
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/?sort=desc');
  await expectRoute(page, ROUTE_CASES[2]);
  await expect(page.getByLabel('並び順')).toHaveValue('desc');
  await page.goForward();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/?sort=desc');
  await expectRoute(page, ROUTE_CASES[6]);
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto(PLAIN_URL + 'about/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown path shows a translated 404 page with a way home', async ({ page }) => {
  // GitHub-Pages style host: 404.html answers any missing path.
  const response = await page.goto(PAGES_URL + 'no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ページが見つかりません');
  await expect(page).toHaveTitle(/^ページが見つかりません/);
  await page.getByRole('main').getByRole('link', { name: 'トップページへ戻る' }).click();
  await expect(page).toHaveURL(PAGES_URL);
  await expectRoute(page, ROUTE_CASES[0]);

  await page.goto(PAGES_URL + 'en/missing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(PAGES_URL + 'en/');
});

test('deep links also work on the GitHub-Pages-style host', async ({ page }) => {
  for (const c of ROUTE_CASES) {
    const response = await page.goto(PAGES_URL + c.path);
    expect(response?.status()).toBe(200);
    await expectRoute(page, c);
  }
});

test('broken content files show translated alerts with retry, and navigation keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(BROKEN_URL + 'poem/');
  let alert = page.getByRole('alert');
  await expect(alert).toContainText('「data/poem.json」を読み込めませんでした。');
  await expect(alert).toContainText('正しい形式ではありません');
  await expect(alert.getByRole('button', { name: 'もう一度読み込む' })).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'プラン決定までの経過' }).click();
  alert = page.getByRole('alert');
  await expect(alert).toContainText('「data/timeline.json」を読み込めませんでした。');
  await expect(alert).toContainText('404');

  await page.getByRole('navigation').getByRole('link', { name: 'プランの概要' }).click();
  await expect(page.getByRole('alert')).toContainText('data/plan.json');
  await expect(page.getByRole('alert')).toContainText('missing field');

  // The About page needs no data file but its test report's (intact on this server) and still renders fully.
  await page.getByRole('navigation').getByRole('link', { name: 'このサイトについて' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('このサイトについて');
  await expect(page.getByRole('alert')).toHaveCount(0);

  // English messages, and retry asks the server again.
  await page.goto(BROKEN_URL + 'en/timeline/');
  alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load “data/timeline.json”.');
  await expect(alert).toContainText('status 404');
  let requests = 0;
  page.on('request', (r) => { if (r.url().endsWith('data/timeline.json')) requests += 1; });
  const retried = page.waitForResponse((r) => r.url().endsWith('data/timeline.json'));
  await alert.getByRole('button', { name: 'Try again' }).click();
  expect((await retried).status()).toBe(404);
  await expect(page.getByRole('alert')).toContainText('status 404');
  expect(requests).toBe(1);
  expect(errors).toEqual([]);
});

test('a retry succeeds once the file is back: the poem itself appears', async ({ page }) => {
  let fail = true;
  await page.route('**/data/poem.json', (route) => (fail ? route.fulfill({ status: 500, body: 'oops' }) : route.continue()));
  await page.goto(PLAIN_URL + 'en/poem/');
  await expect(page.getByRole('alert')).toContainText('status 500');
  const poem = page.getByRole('list', { name: 'Reverse Thinking, read top to bottom' }).getByRole('listitem');
  await expect(poem).toHaveCount(0);
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  // The content that was not there before: the 12 lines and the working controls.
  await expect(poem).toHaveCount(12);
  await expect(poem.first()).toContainText('Aomori will become even more interesting with DX.');
  await expect(page.getByRole('button', { name: 'Read it bottom to top' })).toBeEnabled();
});

test('a retry after a truncated JSON file shows the content once the file is whole again', async ({ page }) => {
  // The broken server's poem.json is cut off mid-string; the second request gets the real file.
  let requests = 0;
  await page.route('**/data/poem.json', async (route) => {
    requests += 1;
    if (requests === 1) return route.continue();
    await route.fulfill({ response: await page.request.get(PLAIN_URL + 'data/poem.json') });
  });
  await page.goto(BROKEN_URL + 'poem/');
  await expect(page.getByRole('alert')).toContainText('正しい形式ではありません');
  const poem = page.getByRole('list', { name: /^逆転の発想/ }).getByRole('listitem');
  await expect(poem).toHaveCount(0);
  await page.getByRole('alert').getByRole('button', { name: 'もう一度読み込む' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(poem).toHaveCount(12);
  await expect(poem.first()).toContainText('青森県はDXでもっとおもしろくなる。');
  await expect(page.getByRole('button', { name: '下から読む' })).toBeEnabled();
  expect(requests).toBe(2);
});

test('a format error names the field’s path in the browser too, and a syntax error its position', async ({ page }) => {
  // The browser build reads content with JSON.parse and serde-wasm-bindgen (not serde_json, as the
  // prerenderer does): its messages must still say where the problem is.
  const plan = await (await page.request.get(PLAIN_URL + 'data/plan.json')).json();
  plan.period.start_fiscal_year = 'soon';
  await page.route('**/data/plan.json', (route) => route.fulfill({ json: plan }));
  await page.goto(PLAIN_URL + 'en/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Could not load “data/plan.json”.');
  await expect(alert).toContainText('period.start_fiscal_year: invalid type: string "soon", expected i32');

  await page.unroute('**/data/plan.json');
  await page.goto(BROKEN_URL + 'en/poem/');
  await expect(page.getByRole('alert')).toContainText(/in JSON at position \d+/);
});

test.describe('axe-core', () => {
  for (const c of ROUTE_CASES) {
    test(`/${c.path} has no violations`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(PLAIN_URL + c.path);
      await liveApp(page);
      await expectRoute(page, c);
      await expect(page.getByRole('main').locator('section, ol, ul').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const prefix of ['', 'en/']) {
      test(`/${prefix}: the 404 page and a failure alert have no violations (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        const violations = async () =>
          (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
        await page.goto(PAGES_URL + prefix + 'nope');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await violations()).toEqual([]);
        await page.goto(BROKEN_URL + prefix + 'poem/');
        await expect(page.getByRole('alert')).toBeVisible();
        expect(await violations()).toEqual([]);
        await context.close();
      });
    }
  }
});
