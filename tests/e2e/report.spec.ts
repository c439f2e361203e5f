// The accessibility test report on the about page (data/accessibility.json): the facts a JIS X
// 8341-3:2016 report states, and one table row per success criterion, as a table a screen reader
// can navigate (caption, column and row headers), readable on a 320 px phone.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, liveApp, test } from './support/test';
import { PLAIN_URL } from './support/urls';

type Text = { ja: string; en: string };
type Report = {
  target: string;
  tested: string;
  scope: string[];
  criteria: { id: string; level: string; name: Text; result: string; tests?: { file: string; test: string }[] }[];
};
const REPORT: Report = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/accessibility.json'), 'utf8'));

const WORDS = {
  ja: {
    page: 'about/', link: '達成基準ごとの試験結果と確認方法', heading: 'JIS X 8341-3:2016 試験結果',
    caption: `達成基準チェックリスト(レベルA・AA、${REPORT.criteria.length}項目)`,
    columns: ['番号', '達成基準', '適合レベル', '適用', '結果', '確認方法'],
    // JIS X 8341-3's three results: a criterion verified in part passes, and its note says so.
    applies: ['はい', 'いいえ'], results: { pass: '適合', fail: '不適合', partial: '適合', na: '非適用' },
    partialNote: '注記(確認は一部のみ)',
    date: (y: number, m: number, d: number) => `${y}年${m}月${d}日`,
  },
  en: {
    page: 'en/about/', link: 'Test report: the result for each success criterion and how it was verified', heading: 'JIS X 8341-3:2016 test report',
    caption: `Success criteria checklist (levels A and AA, ${REPORT.criteria.length} criteria)`,
    columns: ['No.', 'Success criterion', 'Level', 'Applies', 'Result', 'How it was verified'],
    applies: ['Yes', 'No'], results: { pass: 'Pass', fail: 'Fail', partial: 'Pass', na: 'Not applicable' },
    partialNote: 'Note (verified in part only)',
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
    // Each automated test is named by its file and title; on the Japanese page the (English)
    // titles are marked as English.
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

test('on a 320 px phone the report table scrolls in its own named region, not the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'about/');
  await liveApp(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320);
  const region = page.getByRole('region', { name: WORDS.ja.caption });
  const scroll = () => region.evaluate((el) => ({ left: el.scrollLeft, over: el.scrollWidth - el.clientWidth }));
  expect((await scroll()).over, 'the table is wider than its region').toBeGreaterThan(0);
  // The region takes keyboard focus (it is in the tab order), and the arrow keys scroll it.
  await region.focus();
  await expect(region).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await scroll()).left).toBeGreaterThan(0);
  await context.close();
});
