// Issues 14 and 26, "True to the source": what the prefecture wrote, as it wrote it, what the
// site adds said plainly, and plainly unofficial. What each page shows, in both languages,
// live and prerendered.
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
  // No made-up outline of the prefecture, no star, no loose shapes, no arrowhead: letters and circles on the X.
  await expect(svg.locator('rect, polygon, text, path.fill')).toHaveCount(0);
  await expect(svg.locator('.part-wish, .part-shape')).toHaveCount(0);
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
  // The A is the arrow (issue 26, item 3): the arrow lights the A alone, and nothing is added to it.
  await expect(svg.locator('.part-arrow')).toHaveCount(1);
  await expect(svg.locator('.part-arrow.part-a')).toHaveCount(1);
  await page.getByRole('button', { name: /矢印/ }).click();
  await expect(svg.locator('.logo-part.active')).toHaveCount(1);
  await expect(svg.locator('.part-d.active, .part-x.active')).toHaveCount(0);
  // "They form the shape of the prefecture": the source gives no outline and no arrangement, so
  // nothing lights up for it and nothing is dimmed (the row of letters is not the shape).
  await page.getByRole('button', { name: /青森県の形/ }).click();
  await expect(svg.locator('.logo-part.active')).toHaveCount(0);
  await expect(page.locator('.logo-explorer')).not.toHaveClass(/has-active/);
  // The caption says the arrangement and details are this site's, not the logo; the logo is linked on the source page.
  await expect(page.locator('.logo-figure figcaption')).toHaveText(
    'ロゴマークの説明にある「A」「D」「X」の3つの文字と「X」の円を、このサイトが描いた図です。文字の並べ方や形などの細部はこのサイトによる説明のためのもので、ロゴマークそのものではありません。青森県の形は描いていません。');
  await expect(page.getByRole('img', { name: /このサイトが描いた図です/ })).toBeVisible();
  const where = page.locator('.logo-where');
  await expect(where).toHaveText('ロゴマークそのものは、出典の青森県ホームページでご覧いただけます。');
  await expect(where.getByRole('link', { name: '出典の青森県ホームページ' })).toHaveAttribute('href', SOURCE_URL);

  await page.goto(PLAIN_URL + 'en/');
  await expect(page.locator('.logo-where').getByRole('link')).toHaveAttribute('href', SOURCE_URL);
  await expect(page.locator('.logo-figure figcaption')).toContainText("Their arrangement and every detail are this site's illustration, not the logo");
});

test('4. the footer labels the source page\'s date as the source\'s, and shows this site\'s own date apart', async ({ page }) => {
  for (const [path, source, site] of [
    ['', '出典ページの更新日付:2024年2月29日/総合政策部 DX推進課', /^このサイトの最終更新日:\d{4}年\d{1,2}月\d{1,2}日$/],
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
  for (const [path, word] of [['', '公式サイトではありません'], ['en/', 'not a website of Aomori Prefecture']] as const) {
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
    'このサイトは、青森県の公式サイトではありません。公式の情報は、青森県「青森県DX推進プランについて」をご覧ください。');
});

test('6. the plan\'s documents and the committee\'s member list point to the source page', async ({ page }) => {
  await page.goto(PLAIN_URL);
  const structure = page.getByRole('region', { name: 'プランの構成' });
  const documents = structure.locator('.plan-documents');
  // The source marks only the member list as a PDF: no format claimed for the plan's documents.
  await expect(documents).toHaveText('プラン本編・概要は、青森県「青森県DX推進プランについて」で公開されています。');
  await expect(documents.getByRole('link')).toHaveAttribute('href', SOURCE_URL);

  await page.goto(PLAIN_URL + 'timeline/');
  const members = page.locator('.committee-members');
  await expect(members).toContainText('策定委員会の委員名簿(PDF)は、');
  await expect(members.getByRole('link')).toHaveAttribute('href', SOURCE_URL);
  // Above the table, as on the source page.
  expect(await members.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('.timeline')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);

  await page.goto(PLAIN_URL + 'en/');
  await expect(page.locator('.plan-documents')).toHaveText(
    'The plan itself and its summary are linked from “About the Aomori Prefecture DX Promotion Plan” (青森県DX推進プランについて) on Aomori Prefecture\'s website.');
  await expect(page.locator('.plan-documents').getByRole('link', { name: /^“About the Aomori Prefecture DX Promotion Plan”/ })).toHaveAttribute('href', SOURCE_URL);
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
  // 16 additions and edits, then 5 things left out (issue 26, item 2).
  await expect(edits).toHaveCount(21);
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
  await expect(page.getByText(/^URLに含まれる次の条件は認識できないため、適用していません:body=nobody$/)).toBeVisible();
  await page.goto(PLAIN_URL);
  // One colon style, the source's half-width one (「更新日付:」, issue 26, item 7).
  await expect(page.locator('.basis').first()).toContainText('根拠:');
  await expect(page.getByRole('contentinfo')).toContainText('出典:');
  await expect(page.getByRole('contentinfo')).not.toContainText('：');
  await expect(page.getByRole('contentinfo')).not.toContainText(' · ');
});

// Issue 26, "True to the source, second pass".

// One test per page: each loads the page twice (live, and without JavaScript).
for (const [path, title] of [
    ['', '青森県DX推進プラン(非公式ガイド)'],
    ['poem/', '逆転の発想 | 青森県DX推進プラン(非公式ガイド)'],
    ['timeline/', 'プラン決定までの経過 | 青森県DX推進プラン(非公式ガイド)'],
    ['about/', 'このサイトについて | 青森県DX推進プラン(非公式ガイド)'],
    ['en/', 'Aomori Prefecture DX Promotion Plan (Unofficial guide)'],
    ['en/poem/', 'Reverse Thinking | Aomori Prefecture DX Promotion Plan (Unofficial guide)'],
    ['en/timeline/', 'How the plan was decided | Aomori Prefecture DX Promotion Plan (Unofficial guide)'],
    ['en/about/', 'About this site | Aomori Prefecture DX Promotion Plan (Unofficial guide)'],
] as const) {
  test(`11. /${path}: the title and og:title say it is unofficial; og:locale is ${path.startsWith('en/') ? 'British English' : 'Japanese'}`, async ({ page }) => {
    await page.goto(PLAIN_URL + path);
    await expect(page).toHaveTitle(title);
    const s = await withoutJs(page, path);
    await expect(s.page).toHaveTitle(title);
    await expect(s.page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    const [locale, other] = path.startsWith('en/') ? ['en_GB', 'ja_JP'] : ['ja_JP', 'en_GB'];
    await expect(s.page.locator('meta[property="og:locale"]')).toHaveAttribute('content', locale);
    await expect(s.page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', other);
    await s.close();
  });
}

test('12. the source\'s two lead paragraphs come before 「基本理念」, outside its section', async ({ page }) => {
  const lead = {
    ja: ['県では、本県におけるDX(デジタルトランスフォーメーション)を推進するための', '本プランでは、「青森県はDXでもっとおもしろくなる」を基本理念に掲げ、'],
    en: ['The prefecture has formulated the Aomori Prefecture DX Promotion Plan', 'With “Aomori will become even more interesting with DX” as its basic philosophy'],
  };
  for (const [path, lang, heading] of [['', 'ja', '基本理念'], ['en/', 'en', 'Basic philosophy']] as const) {
    for (const live of [true, false]) {
      const s = live ? { page, close: async () => {} } : await withoutJs(page, path);
      if (live) await page.goto(PLAIN_URL + path);
      const main = s.page.getByRole('main');
      const section = main.getByRole('region', { name: heading });
      const first = main.getByText(lead[lang][0]);
      const second = main.getByText(lead[lang][1]);
      await expect(first).toBeVisible();
      await expect(second).toBeVisible();
      await expect(section).not.toContainText(lead[lang][0]);
      await expect(section).not.toContainText(lead[lang][1]);
      // In the source's order: the notice, the two paragraphs, then the philosophy's section.
      const order = await main.evaluate((el, texts) => {
        const all = [...el.querySelectorAll('p, section')];
        const at = (text: string) => all.findIndex((node) => node.tagName === 'P' && node.textContent!.startsWith(text));
        const philosophy = all.findIndex((node) => node.tagName === 'SECTION');
        return [at(texts[0]), at(texts[1]), philosophy];
      }, lead[lang]);
      expect(order[0], `${path} live=${live}`).toBeGreaterThanOrEqual(0);
      expect(order[0]).toBeLessThan(order[1]);
      expect(order[1]).toBeLessThan(order[2]);
      await s.close();
    }
  }
});

test('13. English: the committee is named after the plan\'s provisional title; the poem in natural English', async ({ page }) => {
  const name = 'the Planning Committee for the “Aomori Prefecture DX Promotion Plan (provisional title)”';
  await page.goto(PLAIN_URL + 'en/');
  await expect(page.getByRole('region', { name: 'How the plan was decided' })).toContainText(name);
  await page.goto(PLAIN_URL + 'en/timeline/');
  await expect(page.getByRole('main')).not.toContainText('provisionally');
  for (const id of ['2023-05-10-committee-1', '2023-06-07-committee-2', '2023-07-26-committee-3', '2023-11-22-committee-4']) {
    await expect(page.locator(`[id="${id}"]`)).toContainText(name);
  }
  await expect(page.getByRole('checkbox', { name: /^DX Promotion Direction formulated and published/ })).toBeAttached();
  await page.goto(PLAIN_URL + 'en/poem/');
  const main = page.getByRole('main');
  await expect(main).toContainText('What do you think? You will probably see that the meaning is reversed.');
  const lines = main.getByRole('list', { name: 'Reverse Thinking, read top to bottom' }).getByRole('listitem');
  await expect(lines.nth(1)).toContainText("No, that's not true at all.");
  await expect(lines.nth(9)).toContainText("There are no jobs, and we can't even get married.");
  // One style for fiscal years, the timeline headings' own.
  await page.goto(PLAIN_URL + 'en/');
  await expect(page.getByRole('main')).toContainText('Five years, from FY2024 (Reiwa 6) to FY2028 (Reiwa 10)');
  await expect(page.getByRole('main')).not.toContainText(/fiscal 20\d\d/);
});

test('14. about: every addition and edit, what is left out, and terms that hold', async ({ page }) => {
  await page.goto(PLAIN_URL + 'about/');
  const region = page.getByRole('main').getByRole('region', { name: '非公式のサイトです' });
  await expect(region).toContainText('日本語の文章は出典のとおりに掲載していますが、次のものは、このサイトが加えたもの、または出典から編集したものです。');
  for (const text of [
    '出典はこれを「詩」とは呼んでいませんが、このサイトでは「詩」と呼んでいます。',
    '出典の冒頭の「この画像をクリックして、」を除き',
    '案内の文(「まずは普通に…」)と「いかがでしょうか。…」の間に置いています。',
    '「ロゴマークに込めた意味」(出典の見出しは「本県のDX推進のロゴマーク」)',
    '「3つの分野」「重点的に取り組む3つのDX」',
    '経過の年度ごとの見出し、',
    '時間軸の図を加えています。',
    '各ページの紹介画像を加えています。',
    '委員名簿とプラン本編・概要は、',
    '閲覧している日の年度の表示',
  ]) {
    await expect(region.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  }
  await expect(region).toContainText('出典にある次のものは、このサイトには掲載していません。');
  for (const text of ['プランの表紙とロゴマークの画像', 'への直接のリンク', '「プラン概要」の見出し', 'パンくずリスト', 'フォローするリンク']) {
    await expect(region.getByRole('listitem').filter({ hasText: text })).toHaveCount(1);
  }
  const terms = page.getByRole('main').getByRole('region', { name: '利用について' });
  await expect(terms).toContainText('このサイトが出典の文章の利用を許諾することはありません。');
  await expect(terms).toContainText('このサイト独自の部分(英語の翻訳、区分・決定事項の分類、列の名前、ID)は、このサイトのプログラムと同じMITライセンスの条件で再利用できます。');
  await expect(terms).toContainText('出典の日本語の文章は、MITライセンスの対象ではありません。');
  await expect(terms).toContainText('LICENSEファイル');
  await expect(terms).not.toContainText('公開しています');

  await page.goto(PLAIN_URL + 'en/about/');
  const en = page.getByRole('main').getByRole('region', { name: 'An unofficial site' });
  await expect(en).toContainText('The source does not call it a poem (詩); this site does.');
  await expect(en).toContainText('“Click this image, and” (この画像をクリックして、)');
  await expect(en).toContainText('The heading “Plan overview” (プラン概要)');
  const enTerms = page.getByRole('main').getByRole('region', { name: 'Terms of use' });
  await expect(enTerms).toContainText('This site grants no licence for it.');
  await expect(enTerms).toContainText("The source's Japanese text is not under the MIT License.");
  await expect(enTerms).not.toContainText('published under');
});
