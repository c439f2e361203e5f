// What a screen reader says, with a virtual screen reader (@guidepup/virtual-screen-reader, see
// support/screen-reader.ts) in the live page: every page's landmarks and headings in reading
// order, the poem's controls and the status after a reversal and in step mode, the timeline's
// search and filters and the count they announce, and a failure alert with its retry button,
// in both languages. The phrases are the library's ("button, 下から読む", "polite: …"), which
// follow the ARIA and HTML-AAM specifications; real screen readers word them their own way.
import { expect, test, type Page } from './support/test';
import { BROKEN_URL, PAGES_URL, PLAIN_URL } from './support/urls';
import { forget, listen, outline, readAll, spoken, withScreenReader } from './support/screen-reader';

test.beforeEach(async ({ page }) => {
  await withScreenReader(page);
});

const DUMP = !!process.env.VSR_DUMP;

/** The frame every page shares, around its main landmark: the header with the menu, and the footer. */
const FRAME = {
  ja: { before: ['banner', 'navigation, メインメニュー', 'main'], after: ['contentinfo'] },
  en: { before: ['banner', 'navigation, Main menu', 'main'], after: ['contentinfo'] },
};

/** Compares what was said with what is expected; with VSR_DUMP=1, prints it instead (to review
 *  a change and copy it here). */
function expectSaid(actual: string[], expected: string[], what: string) {
  if (DUMP) console.log(`${what}:\n${JSON.stringify(actual, null, 2)}`);
  else expect(actual, what).toEqual(expected);
}

/** Waits until the screen reader has said `phrases` (in order, among others), and returns all it said. */
async function hears(page: Page, phrases: string[]): Promise<string[]> {
  if (!DUMP) {
    await expect.poll(async () => {
      const said = await spoken(page);
      let from = 0;
      return phrases.every((p) => (from = said.indexOf(p, from) + 1) > 0);
    }, { message: `heard ${JSON.stringify(phrases)}` }).toBe(true);
  } else {
    await page.waitForTimeout(1000);
  }
  return spoken(page);
}

/** What each page has inside its main landmark: its headings, and the regions, search and
 *  share box (complementary) they sit in. */
const PAGES: Record<'ja' | 'en', Record<string, string[]>> = {
  ja: {
    '': [
      "heading, 青森県DX推進プラン, level 1",
      "region, 基本理念",
      "heading, 基本理念, level 2",
      "region, プランがめざすこと",
      "heading, プランがめざすこと, level 2",
      "region, 位置付け",
      "heading, 位置付け, level 2",
      "heading, 指針, level 3",
      "heading, 個別計画(アクションプラン), level 3",
      "heading, 都道府県データ活用推進計画, level 3",
      "region, 期間",
      "heading, 期間, level 2",
      "region, プランの構成",
      "heading, プランの構成, level 2",
      "heading, 3つの分野, level 3",
      "heading, 重点的に取り組む3つのDX, level 3",
      "region, ロゴマークに込めた意味",
      "heading, ロゴマークに込めた意味, level 2",
      "region, プラン決定までの経過",
      "heading, プラン決定までの経過, level 2",
      "complementary, このページをシェア",
      "heading, このページをシェア, level 2",
    ],
    'poem/': [
      "heading, 逆転の発想, level 1",
      "region, 逆転の発想",
      "complementary, このページをシェア",
      "heading, このページをシェア, level 2",
    ],
    'timeline/': [
      "heading, プラン決定までの経過, level 1",
      "search, 項目の絞り込み",
      "region, 2022(令和4)年度 1件",
      "heading, 2022(令和4)年度 1件, level 2",
      "region, 2023(令和5)年度 10件",
      "heading, 2023(令和5)年度 10件, level 2",
      "region, データのダウンロード",
      "heading, データのダウンロード, level 2",
      "complementary, このページをシェア",
      "heading, このページをシェア, level 2",
    ],
    'about/': [
      "heading, このサイトについて, level 1",
      "region, 出典",
      "heading, 出典, level 2",
      "region, 非公式のサイトです",
      "heading, 非公式のサイトです, level 2",
      "region, データのダウンロード",
      "heading, データのダウンロード, level 2",
      "region, 利用について",
      "heading, 利用について, level 2",
      "region, アクセシビリティ",
      "heading, アクセシビリティ, level 2",
      "region, JIS X 8341-3:2016 試験結果",
      "heading, JIS X 8341-3:2016 試験結果, level 2",
      "region, 達成基準チェックリスト(レベルA・AA、38項目)",
      "complementary, このページをシェア",
      "heading, このページをシェア, level 2",
    ],
    'missing/': [
      "heading, ページが見つかりません, level 1",
    ],
  },
  en: {
    '': [
      "heading, Aomori Prefecture DX Promotion Plan, level 1",
      "region, Basic philosophy",
      "heading, Basic philosophy, level 2",
      "region, What the plan aims for",
      "heading, What the plan aims for, level 2",
      "region, Positioning",
      "heading, Positioning, level 2",
      "heading, Guideline, level 3",
      "heading, Individual plan (action plan), level 3",
      "heading, Prefectural Data Utilization Promotion Plan, level 3",
      "region, Period",
      "heading, Period, level 2",
      "region, Structure of the plan",
      "heading, Structure of the plan, level 2",
      "heading, Three fields, level 3",
      "heading, Three priority areas of DX, level 3",
      "region, What the logo means",
      "heading, What the logo means, level 2",
      "region, How the plan was decided",
      "heading, How the plan was decided, level 2",
      "complementary, Share this page",
      "heading, Share this page, level 2",
    ],
    'poem/': [
      "heading, Reverse Thinking, level 1",
      "region, Reverse Thinking",
      "complementary, Share this page",
      "heading, Share this page, level 2",
    ],
    'timeline/': [
      "heading, How the plan was decided, level 1",
      "search, Filter the entries",
      "region, FY2022 (Reiwa 4) 1 entry",
      "heading, FY2022 (Reiwa 4) 1 entry, level 2",
      "region, FY2023 (Reiwa 5) 10 entries",
      "heading, FY2023 (Reiwa 5) 10 entries, level 2",
      "region, Download the data",
      "heading, Download the data, level 2",
      "complementary, Share this page",
      "heading, Share this page, level 2",
    ],
    'about/': [
      "heading, About this site, level 1",
      "region, Source",
      "heading, Source, level 2",
      "region, An unofficial site",
      "heading, An unofficial site, level 2",
      "region, Downloading the data",
      "heading, Downloading the data, level 2",
      "region, Terms of use",
      "heading, Terms of use, level 2",
      "region, Accessibility",
      "heading, Accessibility, level 2",
      "region, JIS X 8341-3:2016 test report",
      "heading, JIS X 8341-3:2016 test report, level 2",
      "region, Success criteria checklist (levels A and AA, 38 criteria)",
      "complementary, Share this page",
      "heading, Share this page, level 2",
    ],
    'missing/': [
      "heading, Page not found, level 1",
    ],
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`every page's landmarks and headings, in reading order (${lang})`, async ({ page }) => {
    const prefix = lang === 'en' ? 'en/' : '';
    for (const path of ['', 'poem/', 'timeline/', 'about/', 'missing/']) {
      // Only the GitHub-Pages-style host answers an unknown path with the site's 404 page.
      await page.goto((path === 'missing/' ? PAGES_URL : PLAIN_URL) + prefix + path);
      await page.waitForLoadState('networkidle');
      const all = await readAll(page);
      expect(all.at(-1), `/${prefix}${path} read to its end`).toBe('end of document');
      expectSaid(outline(all), [...FRAME[lang].before, ...PAGES[lang][path], ...FRAME[lang].after], `/${prefix}${path}`);
    }
  });
}

const POEM = {
  ja: {
    reverse: '下から読む', original: '上から読む', step: '1行ずつ読む', read: '読み上げ', prev: '前の行', next: '次の行', play: '自動再生',
    reversed: 'polite: 下から上の順(12行目→1行目)で表示しています。',
    first: 'polite: 12行中1行目:青森県だから仕方がない。',
    second: 'polite: 12行中2行目:大人たちはみんな諦めている。',
    share: 'link, Facebookでシェア',
  },
  en: {
    reverse: 'Read it bottom to top', original: 'Read it top to bottom', step: 'Read line by line', read: 'Read aloud', prev: 'Previous line', next: 'Next line', play: 'Autoplay',
    reversed: 'polite: Now in bottom-to-top order: line 12 to line 1.',
    first: "polite: Line 1 of 12: It's Aomori, so nothing can be done.",
    second: 'polite: Line 2 of 12: The grown-ups have all given up.',
    share: 'link, Share on Facebook',
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`the poem: the toggle's name, the status after a reversal, step mode (${lang})`, async ({ page }) => {
    const t = POEM[lang];
    await page.goto(PLAIN_URL + (lang === 'en' ? 'en/' : '') + 'poem/');
    await listen(page);
    // The toggle says what it does; it has no pressed state to contradict its name.
    await page.getByRole('button', { name: t.reverse }).focus();
    expectSaid(await hears(page, [`button, ${t.reverse}`]), [`button, ${t.reverse}`], 'the toggle, focused');
    await forget(page);
    await page.keyboard.press('Enter');
    // The new order is announced; focus stays on the toggle, which now offers the way back.
    expectSaid(await hears(page, [t.reversed]), [t.reversed], 'after the reversal');
    await forget(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expectSaid(await hears(page, [`button, ${t.original}`]), [`button, ${t.step}, not pressed`, `button, ${t.original}`], 'the toggle again');

    // Step mode: each line is announced with its place in the reading (bottom to top now).
    await forget(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expectSaid(await hears(page, [t.second]), [`button, ${t.step}, not pressed`, t.first, t.second], 'step mode');
    // Tab goes on through the step controls and out of the poem (no keyboard trap).
    await forget(page);
    // (Chromium has speechSynthesis, so the read-aloud button is there.)
    const tabs = lang === 'en' ? 6 : 5;
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    const out = [
      ...(lang === 'en' ? ['button, Show the Japanese original, not pressed'] : []),
      `button, ${t.read}`,
      `button, ${t.prev}`, `button, ${t.next}`, `button, ${t.play}, not pressed`, t.share,
    ];
    expectSaid(await hears(page, [t.share]), out, 'tabbing on');
    await expect(page.getByRole('button', { name: t.step })).toHaveAttribute('aria-pressed', 'true');
  });
}

const TIMELINE = {
  ja: {
    search: 'searchbox, キーワードで検索, 全角・半角や大文字・小文字の違いは区別しません。スペースで区切ると、すべての語を含む項目を表示します。',
    query: '素案', found: 'polite: 全11件中3件を表示',
    body: /^策定委員会/, checkbox: 'checkbox, 策定委員会 (1), not checked', filtered: 'polite: 全11件中1件を表示',
    nothing: '存在しない語', none: 'polite: 全11件中0件を表示', empty: '条件に合う項目はありません。',
  },
  en: {
    search: 'searchbox, Search, Full-width and half-width characters and upper and lower case are treated alike. Separate words with spaces to find entries containing all of them.',
    query: 'draft', found: 'polite: Showing 5 of 11 entries',
    body: /^Planning Committee/, checkbox: 'checkbox, Planning Committee (2), not checked', filtered: 'polite: Showing 2 of 11 entries',
    nothing: 'zzzz', none: 'polite: Showing 0 of 11 entries', empty: 'No entries match these filters.',
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`the timeline: a search and its count, a body filter, an empty result (${lang})`, async ({ page }) => {
    const t = TIMELINE[lang];
    await page.goto(PLAIN_URL + (lang === 'en' ? 'en/' : '') + 'timeline/');
    await listen(page);
    const search = page.getByRole('searchbox');
    // Its label and its instructions (the description) are read with it.
    await search.focus();
    await page.keyboard.type(t.query);
    expectSaid(await hears(page, [t.search, t.found]), [t.search, t.found], 'searching');

    await forget(page);
    const body = page.getByRole('checkbox', { name: t.body });
    await body.focus();
    await page.keyboard.press('Space');
    expectSaid(await hears(page, [t.checkbox, t.filtered]), [t.checkbox, t.filtered], 'a body filter');
    await expect(body).toBeChecked();

    await forget(page);
    await search.fill(t.nothing);
    const said = await hears(page, [t.none]);
    expectSaid(said.filter((p) => p.startsWith('polite')), [t.none], 'nothing found');
    await expect(page.getByText(t.empty)).toBeVisible();
  });
}

const ALERT = {
  ja: {
    title: '「data/poem.json」を読み込めませんでした。', reason: /^ファイルの内容が正しい形式ではありません。/,
    retry: 'もう一度読み込む', heading: 'heading, 逆転の発想, level 1',
  },
  en: {
    title: 'Could not load “data/poem.json”.', reason: /^The file's content is not in the expected format\./,
    retry: 'Try again', heading: 'heading, Reverse Thinking, level 1',
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`a failure alert: its message, the retry button, and where focus goes after a retry (${lang})`, async ({ page }) => {
    const t = ALERT[lang];
    // The broken server's poem.json is cut off: the page shows an alert instead of the poem.
    let whole = false;
    await page.route('**/data/poem.json', async (route) => {
      if (!whole) return route.continue();
      await route.fulfill({ response: await page.request.get(PLAIN_URL + 'data/poem.json') });
    });
    await page.goto(BROKEN_URL + (lang === 'en' ? 'en/' : '') + 'poem/');
    await expect(page.getByRole('main').getByRole('alert')).toMatchAriaSnapshot(`
      - alert:
        - paragraph: ${JSON.stringify(t.title)}
        - paragraph: ${t.reason}
        - button ${JSON.stringify(t.retry)}
    `);
    await listen(page);
    await page.getByRole('button', { name: t.retry }).focus();
    expectSaid(await hears(page, [`button, ${t.retry}`]), [`button, ${t.retry}`], 'the retry button');

    // It fails again: the alert is drawn anew, and focus goes to its new retry button, not to the
    // page's body (where a screen reader would fall silent).
    await forget(page);
    await page.keyboard.press('Enter');
    expectSaid(await hears(page, [`button, ${t.retry}`]), [`button, ${t.retry}`], 'after a failed retry');
    await expect(page.getByRole('button', { name: t.retry })).toBeFocused();
    await expect(page.getByRole('alert')).toContainText(t.title);

    // The file is whole again: the poem appears, and focus goes to the page's heading.
    whole = true;
    await forget(page);
    await page.keyboard.press('Enter');
    expectSaid(await hears(page, [t.heading]), [t.heading], 'after a retry that worked');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('listitem').first()).toBeVisible();
  });
}
