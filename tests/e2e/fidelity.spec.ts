// Issue 14, "True to the source": what the prefecture wrote, as it wrote it, and plainly
// unofficial. What each page shows, in both languages, live and prerendered.
import { expect, test, type Page } from './support/test';
import { PLAIN_URL } from './support/urls';

const SOURCE_URL = 'https://www.pref.aomori.lg.jp/soshiki/seisaku/dxsuishin/aomori_dxsuishinplan.html';

/** The page without JavaScript: the prerendered HTML alone. */
async function withoutJs(page: Page, path: string) {
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: false });
  const staticPage = await context.newPage();
  await staticPage.goto(PLAIN_URL + path);
  return { page: staticPage, close: () => context.close() };
}

test('1. the public-comment range is written as the source writes it, both ends machine-readable, no day count', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/');
  const date = page.locator('[id="2023-09-28-public-comment"] .entry-date');
  await expect(date).toHaveText('2023.9.28~10.27');
  await expect(date.locator('time')).toHaveCount(2);
  await expect(date.locator('time').nth(0)).toHaveAttribute('datetime', '2023-09-28');
  await expect(date.locator('time').nth(0)).toHaveText('2023.9.28');
  await expect(date.locator('time').nth(1)).toHaveAttribute('datetime', '2023-10-27');
  await expect(date.locator('time').nth(1)).toHaveText('10.27');
  await expect(page.getByRole('main')).not.toContainText('日間');
  await expect(page.getByRole('main')).not.toContainText('→');

  await page.goto(PLAIN_URL + 'en/timeline/');
  const en = page.locator('[id="2023-09-28-public-comment"] .entry-date');
  await expect(en).toHaveText('28 September 2023 – 27 October 2023');
  await expect(en.locator('time')).toHaveCount(2);
  await expect(page.getByRole('main')).not.toContainText(/\d+ days/);
});

test('2. fiscal-year headings in the source\'s style; English FY', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/');
  const years = page.locator('.fiscal-year h2');
  await expect(years).toHaveCount(2);
  await expect(years.nth(0)).toContainText('2022(令和4)年度');
  await expect(years.nth(1)).toContainText('2023(令和5)年度');
  await expect(page.getByRole('main')).not.toContainText('年度(令和');
  await page.goto(PLAIN_URL + 'en/timeline/');
  await expect(page.locator('.fiscal-year h2').nth(1)).toContainText('FY2023 (Reiwa 5)');
});

test('3. the logo drawing shows only what the bullets state, and links to the logo', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const svg = page.locator('.logo-figure svg');
  // No made-up outline of the prefecture, no star, no loose shapes: letters, circles on the X, the A's arrowhead.
  await expect(svg.locator('rect, polygon, text')).toHaveCount(0);
  await expect(svg.locator('.part-wish, .part-shape:not(.part-a):not(.part-d):not(.part-x)')).toHaveCount(0);
  // The X's circles sit on its strokes and grow toward the tips: on each of the four arms,
  // the farther from the centre, the larger.
  const circles = await svg.locator('.part-circles circle').evaluateAll((els) =>
    els.map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')), r: Number(c.getAttribute('r')) })));
  expect(circles).toHaveLength(12);
  const centre = { x: 250, y: 86 };
  for (const [sx, sy] of [[-1, -1], [1, -1], [-1, 1], [1, 1]]) {
    const arm = circles
      .filter((c) => Math.sign(c.x - centre.x) === sx && Math.sign(c.y - centre.y) === sy)
      .map((c) => ({ d: Math.hypot(c.x - centre.x, c.y - centre.y), r: c.r }))
      .sort((a, b) => a.d - b.d);
    expect(arm).toHaveLength(3);
    for (let i = 1; i < arm.length; i++) expect(arm[i].r).toBeGreaterThan(arm[i - 1].r);
  }
  // The A is the arrow: the arrowhead is part of the A, and the arrow part lights the A.
  await expect(svg.locator('.part-arrow')).toHaveCount(2);
  await expect(svg.locator('.part-arrow.part-a')).toHaveCount(2);
  await page.getByRole('button', { name: /矢印/ }).click();
  await expect(svg.locator('.logo-part.active')).toHaveCount(2);
  await expect(svg.locator('.part-d.active, .part-x.active')).toHaveCount(0);
  // "Together they form the shape": the three letters light up, nothing else is drawn for it.
  await page.getByRole('button', { name: /青森県の形/ }).click();
  await expect(svg.locator('.logo-part.active')).toHaveCount(5);
  // The caption says it is not the logo; the logo is linked on the source page.
  await expect(page.locator('.logo-figure figcaption')).toHaveText('ロゴマークの考え方を説明するための図です(ロゴマークそのものではありません)。');
  const where = page.locator('.logo-where');
  await expect(where).toHaveText('ロゴマークそのものは、出典の青森県ホームページでご覧いただけます。');
  await expect(where.getByRole('link', { name: '出典の青森県ホームページ' })).toHaveAttribute('href', SOURCE_URL);

  await page.goto(PLAIN_URL + 'en/');
  await expect(page.locator('.logo-where').getByRole('link')).toHaveAttribute('href', SOURCE_URL);
});

test('4. the footer labels the source page\'s date as the source\'s, and shows this site\'s own date apart', async ({ page }) => {
  for (const [path, source, site] of [
    ['', '出典ページの更新日付:2024年2月29日/総合政策部 DX推進課', /^このサイトの最終更新日：\d{4}年\d{1,2}月\d{1,2}日$/],
    ['en/about/', 'Source page updated 29 February 2024 · DX Promotion Division (DX推進課), Policy Planning Department', /^This site last updated \d{1,2} [A-Z][a-z]+ \d{4}$/],
  ] as const) {
    await page.goto(PLAIN_URL + path);
    const footer = page.getByRole('contentinfo');
    await expect(footer.locator('.source-updated')).toHaveText(source);
    await expect(footer.locator('.site-updated')).toHaveText(site);
    // The build's date, the same in the prerendered page as in the live app.
    const live = await footer.locator('.site-updated').textContent();
    const s = await withoutJs(page, path);
    await expect(s.page.getByRole('contentinfo').locator('.site-updated')).toHaveText(live!);
    await expect(s.page.getByRole('contentinfo').locator('.source-updated')).toHaveText(source);
    await s.close();
  }
});

test('5. the home page says up front, inside main, that it is unofficial, and links to the official page', async ({ page }) => {
  for (const [path, word] of [['', '非公式'], ['en/', 'unofficial']] as const) {
    await page.goto(PLAIN_URL + path);
    const notice = page.getByRole('main').getByRole('note');
    await expect(notice).toContainText(word);
    await expect(notice.getByRole('link')).toHaveAttribute('href', SOURCE_URL);
    // Before the first section of the page.
    const before = await page.locator('main').evaluate((main) => {
      const note = main.querySelector('[role=note]');
      const section = main.querySelector('section');
      return !!note && !!section && !!(note.compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
  }
  await page.goto(PLAIN_URL);
  await expect(page.getByRole('main').getByRole('note')).toHaveText(
    'このサイトは、青森県の公式サイトではない非公式の紹介ページです。公式の情報は、青森県「青森県DX推進プランについて」をご覧ください。');
});

test('6. the plan\'s documents and the committee\'s member list point to the source page', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const structure = page.getByRole('region', { name: 'プランの構成' });
  const documents = structure.locator('.plan-documents');
  await expect(documents).toHaveText('プラン本編・概要(PDF)は、青森県「青森県DX推進プランについて」で公開されています。');
  await expect(documents.getByRole('link')).toHaveAttribute('href', SOURCE_URL);

  await page.goto(PLAIN_URL + 'timeline/');
  const members = page.locator('.committee-members');
  await expect(members).toContainText('策定委員会の委員名簿(PDF)は、');
  await expect(members.getByRole('link')).toHaveAttribute('href', SOURCE_URL);
  // Above the table, as on the source page.
  expect(await members.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('.timeline')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);

  await page.goto(PLAIN_URL + 'en/');
  await expect(page.locator('.plan-documents')).toContainText('(PDF, in Japanese)');
  await expect(page.locator('.plan-documents').getByRole('link')).toHaveAttribute('href', SOURCE_URL);
});

test('7. the timeline page opens with the source\'s summary of how the plan was decided', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/');
  const first = page.locator('main .page > p').first();
  await expect(first).toHaveText(/^2023\(令和5\)年4月に、外部有識者からなる.*2024\(令和6\)年2月に「青森県DX推進本部\(本部長:知事\)」において本プランを決定しました。$/);
  await page.goto(PLAIN_URL + 'en/timeline/');
  await expect(page.locator('main .page > p').first()).toContainText('In April 2023');
  await expect(page.locator('main .page > p').first().locator('[lang=ja]').first()).toBeAttached();
});

test('8. about: every edit, the downloads and their terms, the accessibility target; no maintainer steps', async ({ page }) => {
  await page.goto(PLAIN_URL + 'about/');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'データのダウンロード' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'オープンデータ' })).toHaveCount(0);
  const edits = main.getByRole('region', { name: '非公式のサイトです' }).getByRole('listitem');
  await expect(edits).toHaveCount(9);
  for (const text of ['「推進方向の策定・公表」', '「意見募集」', '「素案決定」', '説明のための図', '自動再生', '翻訳', '根拠']) {
    await expect(main.getByRole('region', { name: '非公式のサイトです' })).toContainText(text);
  }
  const terms = main.getByRole('region', { name: '利用について' });
  await expect(terms).toContainText('著作権は青森県に帰属');
  await expect(terms).toContainText('サイトポリシー');
  await expect(terms).toContainText('現状のまま');
  await expect(terms).toContainText('MITライセンス');
  await expect(main).toContainText('JIS X 8341-3:2016の適合レベルAAに準拠することを目標としています');
  await expect(main).not.toContainText('public/data');
  await expect(main).not.toContainText('公開し直す');

  await page.goto(PLAIN_URL + 'en/about/');
  await expect(page.getByRole('main')).not.toContainText('redeploy');
  await expect(page.getByRole('main').getByRole('region', { name: 'Terms of use' })).toContainText('MIT License');
});

test('9. English titles are spaced, also in og:site_name', async ({ page }) => {
  await page.goto(PLAIN_URL + 'en/');
  await expect(page).toHaveTitle('Aomori Prefecture DX Promotion Plan (Unofficial guide)');
  const s = await withoutJs(page, 'en/poem/');
  await expect(s.page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Aomori Prefecture DX Promotion Plan (Unofficial guide)');
  await s.close();
  await page.goto(PLAIN_URL);
  await expect(page).toHaveTitle('青森県DX推進プラン(非公式ガイド)');
});

test('10. Japanese interface wording in the register of public-sector sites', async ({ page }) => {
  await page.goto(PLAIN_URL + 'timeline/?body=nobody');
  const search = page.getByRole('search');
  await expect(search.locator('legend').first()).toHaveText('区分');
  await expect(search.locator('legend').nth(1)).toHaveText('時期');
  await expect(search.getByRole('button', { name: '絞り込みを解除' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '件中' })).toHaveText('全11件中11件を表示');
  await expect(page.getByText(/^URLに含まれる次の条件は認識できないため、適用していません：body=nobody$/)).toBeVisible();
  await page.goto(PLAIN_URL);
  await expect(page.locator('.basis').first()).toContainText('根拠：');
  await expect(page.getByRole('contentinfo')).toContainText('出典：');
  await expect(page.getByRole('contentinfo')).not.toContainText(' · ');
});
