// The timeline: filters, search, URL state, history, downloads, both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, liveApp, type Page, test } from './support/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PLAIN_URL } from './support/urls';

const URL = PLAIN_URL + 'timeline/';

const entries = (page: Page) => page.locator('ol.entries > li');
const count = (page: Page) => page.getByRole('status').filter({ hasText: /件中|Showing/ });
const dates = (page: Page) => entries(page).locator('.entry-date time:first-child').allTextContents();

async function ready(page: Page, url = URL) {
  await page.goto(url);
  await expect(page.getByRole('searchbox')).toBeVisible();
}

test('all 11 entries, grouped by fiscal year with era names, ranges and milestones marked', async ({ page }) => {
  await ready(page);
  await expect(entries(page)).toHaveCount(11);
  await expect(count(page)).toHaveText('全11件中11件を表示');
  await expect(page.getByRole('heading', { level: 2, name: /^2022\(令和4\)年度/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^2023\(令和5\)年度/ })).toBeVisible();
  const range = page.locator('[id="2023-09-28-public-comment"]');
  await expect(range.locator('time')).toHaveCount(2);
  await expect(range.locator('time').first()).toHaveAttribute('datetime', '2023-09-28');
  await expect(range.locator('time').nth(1)).toHaveAttribute('datetime', '2023-10-27');
  // As the source writes it, with no computed day count.
  await expect(range.locator('.entry-date')).toHaveText('2023.9.28~10.27');
  await expect(page.locator('.milestone-tag')).toHaveText(['★ 素案決定', '★ 原案決定', '★ プラン決定']);
  // Body shown as text, not colour alone.
  await expect(page.locator('[id="2023-05-10-committee-1"]')).toContainText('策定委員会');
});

test('search is forgiving (full-width, case) and highlights matches', async ({ page }) => {
  await ready(page);
  const search = page.getByRole('searchbox', { name: 'キーワードで検索' });
  await search.fill('素案');
  await expect(count(page)).toHaveText('全11件中3件を表示');
  await expect(page).toHaveURL(URL + '?q=%E7%B4%A0%E6%A1%88');
  await expect(page.locator('mark').first()).toHaveText('素案');
  await search.fill('ｄｘ推進本部');
  await expect(count(page)).toHaveText('全11件中5件を表示');
  await expect(page.locator('mark').first()).toHaveText('DX推進本部');
  await search.fill('存在しない語');
  await expect(count(page)).toHaveText('全11件中0件を表示');
  await expect(page.getByText('条件に合う項目はありません。')).toBeVisible();
  await page.locator('.empty').getByRole('button', { name: '絞り込みを解除' }).click();
  await expect(count(page)).toHaveText('全11件中11件を表示');
  await expect(page).toHaveURL(URL);
});

test('body filters with counts, dates and sort each change the list and the URL', async ({ page }) => {
  await ready(page);
  await page.getByRole('checkbox', { name: /策定委員会 \(4\)/ }).check();
  await expect(count(page)).toHaveText('全11件中4件を表示');
  await expect(page).toHaveURL(URL + '?body=committee');
  await page.getByRole('checkbox', { name: /推進本部 \(2\)/ }).check();
  await expect(count(page)).toHaveText('全11件中6件を表示');
  await expect(page).toHaveURL(URL + '?body=committee,hq');

  await page.getByLabel('開始(年月)').selectOption('2023-06');
  await expect(page).toHaveURL(URL + '?body=committee,hq&from=2023-06');
  await page.getByLabel('終了(年月)').selectOption('2023-12');
  await expect(page).toHaveURL(URL + '?body=committee,hq&from=2023-06&to=2023-12');
  expect(await dates(page)).toEqual(['2023.6.2', '2023.6.7', '2023.7.26', '2023.11.22']);
  // Counts follow the other filters.
  await expect(page.getByRole('checkbox', { name: /推進本部幹事会 \(1\)/ })).toBeVisible();

  await page.getByLabel('並び順').selectOption('desc');
  await expect(page).toHaveURL(URL + '?body=committee,hq&from=2023-06&to=2023-12&sort=desc');
  expect(await dates(page)).toEqual(['2023.11.22', '2023.7.26', '2023.6.7', '2023.6.2']);

  await page.reload();
  await expect(count(page)).toHaveText('全11件中4件を表示');
  expect(await dates(page)).toEqual(['2023.11.22', '2023.7.26', '2023.6.7', '2023.6.2']);
  await expect(page.getByRole('checkbox', { name: /策定委員会/ })).toBeChecked();
  await expect(page.getByLabel('開始(年月)')).toHaveValue('2023-06');
  // A month picker names its months as the page writes them, from the entries' first to their last.
  await expect(page.getByLabel('開始(年月)').locator('option:checked')).toHaveText('2023年6月');
  await expect(page.getByLabel('終了(年月)').locator('option')).toHaveText(['指定なし', ...['3', '4', '5', '6', '7', '8', '9', '10', '11', '12'].map((m) => `2023年${m}月`), '2024年1月', '2024年2月']);

  await page.getByRole('search').getByRole('button', { name: '絞り込みを解除' }).click();
  await expect(page).toHaveURL(URL);
  await expect(count(page)).toHaveText('全11件中11件を表示');
});

test('a shared link reproduces the view; back/forward step through changes, not keystrokes', async ({ page }) => {
  await ready(page, URL + '?body=steering&sort=desc');
  expect(await dates(page)).toEqual(['2024.2.22', '2023.9.20', '2023.5.22']);
  await page.getByRole('searchbox').pressSequentially('原案', { delay: 50 });
  await expect(count(page)).toHaveText('全11件中1件を表示');
  await page.getByRole('checkbox', { name: /策定委員会/ }).check();
  await expect(count(page)).toHaveText('全11件中2件を表示');

  await page.goBack();
  await expect(page).toHaveURL(URL + '?body=steering&q=%E5%8E%9F%E6%A1%88&sort=desc');
  await expect(count(page)).toHaveText('全11件中1件を表示');
  await page.goBack();
  await expect(page).toHaveURL(URL + '?body=steering&sort=desc');
  await expect(count(page)).toHaveText('全11件中3件を表示');
  await expect(page.getByRole('searchbox')).toHaveValue('');
  await page.goForward();
  await expect(page.getByRole('searchbox')).toHaveValue('原案');
});

/** Resolves once the app has done what an input event schedules: the search is applied in a task
 *  after the next frame (src/pages/timeline.rs), then the list is redrawn in the frame after. */
const afterSearchUpdate = (page: Page) =>
  page.evaluate(() => new Promise((done) =>
    requestAnimationFrame(() => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 0)), 0))));

test('IME input: nothing is filtered while a composition is open, then once when it ends', async ({ page }) => {
  await ready(page);
  const search = page.getByRole('searchbox', { name: 'キーワードで検索' });
  await search.focus();
  // Record every URL the app writes (not the scroll position it saves in the current entry, a
  // replaceState without a URL) and every change to the list.
  await page.evaluate(() => {
    const w = window as any;
    w.__urls = [];
    for (const name of ['pushState', 'replaceState'] as const) {
      const original = history[name].bind(history);
      history[name] = (data: unknown, unused: string, url?: string | URL | null) => {
        if (url != null) w.__urls.push(`${name} ${new URL(url, location.href).href}`);
        original(data, unused, url);
      };
    }
    w.__composingInputs = 0;
    document.getElementById('timeline-q')!.addEventListener('input', (e) => {
      if ((e as InputEvent).isComposing) w.__composingInputs++;
    });
    w.__listChanges = 0;
    new MutationObserver((records) => (w.__listChanges += records.length))
      .observe(document.querySelector('main')!, { childList: true, subtree: true, characterData: true });
  });
  const cdp = await page.context().newCDPSession(page);
  // A real composition as a Japanese IME drives it: kana typed one by one, then converted.
  for (const kana of ['そ', 'そあ', 'そあん', '素案']) {
    await cdp.send('Input.imeSetComposition', { text: kana, selectionStart: kana.length, selectionEnd: kana.length });
    await afterSearchUpdate(page);
  }
  expect(await page.evaluate(() => (window as any).__composingInputs), 'the composition sent composing input events').toBeGreaterThanOrEqual(4);
  await expect(search).toHaveValue('素案');
  expect(await page.evaluate(() => (window as any).__urls)).toEqual([]);
  expect(await page.evaluate(() => (window as any).__listChanges)).toBe(0);
  await expect(page).toHaveURL(URL);
  await expect(count(page)).toHaveText('全11件中11件を表示');

  // Committing ends the composition: one update, with the converted text.
  await cdp.send('Input.insertText', { text: '素案' });
  await afterSearchUpdate(page);
  expect(await page.evaluate(() => (window as any).__urls)).toEqual([`pushState ${URL}?q=%E7%B4%A0%E6%A1%88`]);
  await expect(page).toHaveURL(URL + '?q=%E7%B4%A0%E6%A1%88');
  await expect(count(page)).toHaveText('全11件中3件を表示');
  await expect(search).toHaveValue('素案');
  await afterSearchUpdate(page);
  expect(await page.evaluate(() => (window as any).__urls)).toHaveLength(1);
});

test('unknown and malformed parameters are ignored with a quiet notice', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await ready(page, URL + '?body=hq,nobody&from=2023-13&sort=sideways&x=%E0%A4%A&q=');
  await expect(count(page)).toHaveText('全11件中2件を表示');
  await expect(page.getByText(/^URLに含まれる次の条件は認識できないため、適用していません:/)).toContainText('body=nobody');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('keyboard only: search, pick a body, clear', async ({ page }) => {
  await ready(page);
  await page.getByRole('searchbox').focus();
  await page.keyboard.type('会議');
  await expect(count(page)).toHaveText('全11件中2件を表示');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: /推進方向/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: /推進本部 \(/ })).toBeChecked();
  await expect(page).toHaveURL(/body=hq/);
  await page.getByRole('search').getByRole('button', { name: '絞り込みを解除' }).focus();
  await page.keyboard.press('Enter');
  await expect(count(page)).toHaveText('全11件中11件を表示');
});

test('permalinks and copy-link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await ready(page);
  // One control per entry: it follows the entry's link and copies it.
  await page.getByRole('link', { name: '2023.11.22の項目へのリンクをコピー' }).click();
  await expect(page).toHaveURL(URL + '#2023-11-22-committee-4');
  await expect(page.getByRole('status').filter({ hasText: 'リンクをコピーしました。' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(URL + '#2023-11-22-committee-4');
  // Opening the link scrolls to the entry.
  await page.goto(URL + '#2024-02-29-hq-2');
  await expect(page.locator('[id="2024-02-29-hq-2"]')).toBeInViewport();
});

test('downloads: CSV (BOM, header, ISO dates, RFC 4180) and JSON, all or filtered', async ({ page }) => {
  await ready(page, URL + '?body=committee');
  const [csvAll] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '全11件をCSVでダウンロード' }).click(),
  ]);
  expect(csvAll.suggestedFilename()).toBe('aomori-dx-timeline.csv');
  const csv = readFileSync(await csvAll.path(), 'utf8');
  expect(csv.startsWith('\uFEFFID,開始日,終了日,区分ID,区分,決定事項,')).toBe(true);
  const rows = csv.slice(1).split('\r\n');
  expect(rows).toHaveLength(13);
  expect(rows[12]).toBe('');
  expect(rows[8]).toBe('2023-09-28-public-comment,2023-09-28,2023-10-27,consultation,意見募集,,素案のパブリックコメント実施、市町村への意見照会,"Public comment on the draft (パブリックコメント), and municipalities consulted for their views",2023.9.28~10.27');

  const [jsonShown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '表示中の4件をJSONでダウンロード' }).click(),
  ]);
  expect(jsonShown.suggestedFilename()).toBe('aomori-dx-timeline-filtered.json');
  const json = JSON.parse(readFileSync(await jsonShown.path(), 'utf8'));
  expect(json.entries.map((e: { body: string }) => e.body)).toEqual(['committee', 'committee', 'committee', 'committee']);
});

test('downloads: the filtered CSV holds exactly the shown entries in the shown order; the full JSON every entry', async ({ page }) => {
  await ready(page, URL + '?body=committee,consultation&sort=desc');
  await expect(count(page)).toHaveText('全11件中5件を表示');
  const shownIds = await entries(page).evaluateAll((items) => items.map((li) => li.id));
  expect(shownIds).toHaveLength(5);
  expect(shownIds[0] > shownIds[4]).toBe(true);
  const [csvShown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '表示中の5件をCSVでダウンロード' }).click(),
  ]);
  expect(csvShown.suggestedFilename()).toBe('aomori-dx-timeline-filtered.csv');
  const rows = readFileSync(await csvShown.path(), 'utf8').slice(1).split('\r\n');
  expect(rows[0].startsWith('ID,開始日,終了日,区分ID,区分,決定事項,')).toBe(true);
  expect(rows.slice(1, -1).map((row) => row.split(',')[0])).toEqual(shownIds);
  expect(rows[rows.length - 1]).toBe('');

  const shipped = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/timeline.json'), 'utf8'));
  const [jsonAll] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '全11件をJSONでダウンロード' }).click(),
  ]);
  expect(jsonAll.suggestedFilename()).toBe('aomori-dx-timeline.json');
  // The export writes absent optional fields (end, milestone) as null.
  const json = JSON.parse(readFileSync(await jsonAll.path(), 'utf8'), (_k, v) => (v === null ? undefined : v));
  expect(json.entries.map((e: { id: string }) => e.id)).toEqual(shipped.entries.map((e: { id: string }) => e.id));
  expect(json.entries).toEqual(shipped.entries);
  expect(json.bodies).toEqual(shipped.bodies);
  expect(json.milestones).toEqual(shipped.milestones);
});

test('English: labels, dates in English style, filters kept by the language switch', async ({ page }) => {
  await ready(page, URL + '?q=draft&sort=desc');
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/?q=draft&sort=desc');
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('draft');
  await expect(count(page)).toHaveText(/^Showing \d+ of 11 entries$/);
  await page.getByRole('searchbox').fill('');
  await expect(page.getByRole('heading', { name: /^FY2023 \(Reiwa 5\)/ })).toBeVisible();
  await expect(page.locator('[id="2023-09-28-public-comment"] .entry-date')).toContainText('28 September 2023');
  await expect(page.locator('[id="2023-09-28-public-comment"] .entry-date')).toContainText('27 October 2023');
  await expect(page.locator('[id="2023-09-28-public-comment"] .entry-date')).toHaveText('28 September 2023 – 27 October 2023');
});

test.describe('axe-core on the timeline', () => {
  for (const path of ['timeline/', 'timeline/?body=committee,hq&q=%E7%B4%A0%E6%A1%88', 'timeline/?q=zzzz', 'en/timeline/?q=meeting']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`/${path} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(PLAIN_URL + path);
        await liveApp(page);
        await expect(page.getByRole('searchbox')).toBeVisible();
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await context.close();
      });
    }
  }
});

test('a large generated timeline (1,000 entries) lists 20 at a time and filters it all', async ({ page }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'tl-')), 'timeline.json');
  execFileSync('node', [resolve(__dirname, '../../scripts/generate-timeline.mjs'), '1000', file]);
  await page.route('**/data/timeline.json', (route) => route.fulfill({ path: file, contentType: 'application/json' }));
  await ready(page);
  await expect(count(page)).toHaveText('全1000件中1000件を表示 (先頭の20件を一覧に表示)');
  await expect(entries(page)).toHaveCount(20);
  await page.getByRole('button', { name: /さらに20件を表示/ }).click();
  await expect(entries(page)).toHaveCount(40);
  await page.getByRole('searchbox').fill('原案決定');
  await expect(count(page)).toHaveText('全1000件中91件を表示 (先頭の20件を一覧に表示)');
  await expect(entries(page)).toHaveCount(20);
  for (let shown = 20; shown < 80; shown += 20) {
    await page.getByRole('button', { name: `さらに20件を表示(残り${91 - shown}件)` }).click();
    await expect(entries(page)).toHaveCount(shown + 20);
  }
  await page.getByRole('button', { name: 'さらに11件を表示(残り11件)' }).click();
  await expect(entries(page)).toHaveCount(91);
});

test('on a phone the search key, or the button at the foot of the open filters, folds them and goes to the entries', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(URL);
  await liveApp(page);
  const fold = page.getByRole('button', { name: /^絞り込み($|\()/ });
  const inView = () => count(page).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  await fold.click();
  await expect(fold).toHaveAttribute('aria-expanded', 'true');
  await page.getByRole('searchbox').fill('会議');
  await page.getByRole('searchbox').press('Enter');
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(count(page)).toBeFocused();
  await expect(count(page)).toHaveText(/^全11件中[1-9]\d*件を表示$/);
  expect(await inView()).toBe(true);
  await expect(page).toHaveURL(URL + '?q=' + encodeURIComponent('会議'));

  await page.evaluate(() => scrollTo(0, 0));
  await fold.click();
  await page.getByRole('searchbox').fill('');
  await page.getByRole('checkbox', { name: /策定委員会/ }).check({ force: true });
  await page.getByRole('button', { name: '4件の結果を見る' }).click();
  await expect(fold).toHaveAttribute('aria-expanded', 'false');
  await expect(count(page)).toBeFocused();
  expect(await inView()).toBe(true);
  // On a desktop the filters never fold, and there is no such button.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByRole('button', { name: /件の結果を見る/ })).toBeHidden();
  await context.close();
});
