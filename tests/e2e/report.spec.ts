// The accessibility test report on the about page (data/accessibility.json): the facts a JIS X
// 8341-3:2016 report states, and one table row per success criterion, as a table a screen reader
// can navigate (caption, column and row headers), each row a block of its own on a phone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, liveApp, test } from './support/test';
import { PLAIN_URL } from './support/urls';

type Text = { ja: string; en: string };
type Report = {
  target: string;
  tested: string;
  scope: string[];
  criteria: { id: string; level: string; name: Text; result: string; tests?: { file: string; test: string; what: Text }[] }[];
};
const REPORT: Report = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/accessibility.json'), 'utf8'));

const WORDS = {
  ja: {
    page: 'about/', link: '達成基準ごとの試験結果と確認方法', heading: 'JIS X 8341-3:2016 試験結果',
    caption: `達成基準チェックリスト(レベルA・AA、${REPORT.criteria.length}項目)`,
    columns: ['番号', '達成基準', '適合レベル', '適用', '結果', '確認方法'],
    // JIS X 8341-3's three results: a criterion verified in part passes, and its note says so.
    applies: ['はい', 'いいえ'], results: { pass: '適合', fail: '不適合', partial: '適合', na: '非適用' },
    partialNote: '注記(確認は一部のみ)', automated: '自動テスト:', named: '自動テストのファイル名とテスト名',
    date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  },
  en: {
    page: 'en/about/', link: 'Test report: the result for each success criterion and how it was verified', heading: 'JIS X 8341-3:2016 test report',
    caption: `Success criteria checklist (levels A and AA, ${REPORT.criteria.length} criteria)`,
    columns: ['No.', 'Success criterion', 'Level', 'Applies', 'Result', 'How it was verified'],
    applies: ['Yes', 'No'], results: { pass: 'Pass', fail: 'Fail', partial: 'Pass', na: 'Not applicable' },
    partialNote: 'Note (verified in part only)', automated: 'Automated test: ', named: 'The tests’ files and titles',
    date: (y: number, m: number, d: number) =>
      `${d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][m - 1]} ${y}`,
  },
};

for (const lang of ['ja', 'en'] as const) {
  test(`the test report: target, date, every page, and a table of every criterion with caption and headers (${lang})`, async ({ page }) => {
    const w = WORDS[lang];
    await page.goto(PLAIN_URL + w.page);
    // The accessibility section links to the report, further down the same page.
    await page.getByRole('region', { name: lang === 'ja' ? 'アクセシビリティ' : 'Accessibility' }).getByRole('link', { name: w.link }).click();
    await expect(page).toHaveURL(PLAIN_URL + w.page + '#about-report');
    const report = page.getByRole('region', { name: w.heading });
    await expect(report.getByRole('heading', { level: 2 })).toHaveText(w.heading);
    await expect(report.getByRole('definition').first()).toHaveText(REPORT.target);
    const [y, m, d] = REPORT.tested.split('-').map(Number);
    await expect(report.locator(`time[datetime="${REPORT.tested}"]`)).toHaveText(w.date(y, m, d));
    // Every page of the site, each a link.
    const scope = report.locator('.report-scope').getByRole('link');
    await expect(scope).toHaveText(REPORT.scope.map((route) => `/aomori/dx-plan/${route ? `${route}/` : ''}`));

    // A table named by its caption, in a focusable region of the same name (it may scroll).
    await expect(report.getByRole('region', { name: w.caption })).toHaveAttribute('tabindex', '0');
    const table = report.getByRole('table', { name: w.caption });
    await expect(table.getByRole('columnheader')).toHaveText(w.columns);
    await expect(table.getByRole('rowheader')).toHaveText(REPORT.criteria.map((c) => c.id));
    const rows = table.getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(REPORT.criteria.length);
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1, 5).map((td) => (td as HTMLElement).innerText.trim())));
    expect(cells).toEqual(REPORT.criteria.map((c) => [
      c.name[lang], c.level, w.applies[c.result === 'na' ? 1 : 0], w.results[c.result as keyof typeof w.results],
    ]));
    // What each automated test checks, in the page's language; its file and title one click away,
    // and on the Japanese page the (English) titles are marked as English.
    const tests = REPORT.criteria[0].tests!;
    await expect(rows.first().locator('.report-checks > li').filter({ hasText: w.automated }))
      .toHaveText(tests.map((t) => w.automated + t.what[lang]));
    const more = rows.first().getByRole('group');
    await expect(more.getByText(tests[0].file)).toBeHidden();
    await more.getByText(w.named).click();
    await expect(more.getByText(tests[0].file)).toBeVisible();
    // A criterion verified in part says so in its note, not as a fourth result.
    const partial = REPORT.criteria.findIndex((c) => c.result === 'partial');
    if (partial >= 0) {
      await expect(rows.nth(partial).getByRole('listitem').filter({ hasText: w.partialNote })).toHaveCount(1);
    }
    const first = REPORT.criteria[0].tests![0];
    const named = rows.first().getByRole('listitem').filter({ hasText: first.test });
    await expect(named.locator('code')).toHaveText(first.file);
    if (lang === 'ja') await expect(named.locator('span[lang="en"]')).toHaveText(first.test);
  });
}

test('on a phone each criterion of the report is a block: no sideways scroll, no row taller than the screen', async ({ browser }) => {
  for (const [width, lang] of [[390, 'ja'], [320, 'ja'], [390, 'en']] as const) {
    const context = await browser.newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(PLAIN_URL + WORDS[lang].page);
    await liveApp(page);
    const at = `${lang} at ${width} px`;
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${at}: the page`).toBe(width);
    const region = page.getByRole('region', { name: WORDS[lang].caption });
    expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth), `${at}: the report`).toBeLessThanOrEqual(0);
    // Still a table to a screen reader, its headers and rows in place.
    const table = page.getByRole('table', { name: WORDS[lang].caption });
    await expect(table.getByRole('columnheader')).toHaveText(WORDS[lang].columns);
    const rows = table.getByRole('rowgroup').last().getByRole('row');
    await expect(rows).toHaveCount(REPORT.criteria.length);
    const boxes = await rows.evaluateAll((trs) => trs.map((tr) => {
      const box = tr.getBoundingClientRect();
      const [number, name] = [...tr.children].map((cell) => cell.getBoundingClientRect());
      return { height: box.height, right: box.right, headingLine: Math.abs(number.top - name.top) < 4 };
    }));
    expect(Math.max(...boxes.map((b) => b.height)), `${at}: the tallest row`).toBeLessThan(844);
    expect(Math.max(...boxes.map((b) => b.right)), `${at}: the widest row`).toBeLessThanOrEqual(width);
    expect(boxes.every((b) => b.headingLine), `${at}: number and name on one line, as a heading`).toBe(true);
    // Each value is named by its column on screen.
    const level = rows.first().locator('td').nth(1);
    expect(await level.evaluate((td) => getComputedStyle(td, '::before').content)).toContain(WORDS[lang].columns[2]);
    await context.close();
  }
});
