// The live app's DOM is valid HTML: after the app has taken over the prerendered page, the document
// of every route in both languages, the 404 page, the poem reversed, the timeline filtered and
// searched (with matches, and with none), and the alerts of broken content files, each serialised
// and checked with the W3C's Nu Html Checker in one run (scripts/validate-html.mjs; the built files
// themselves are checked by `node scripts/validate-html.mjs dist` in scripts/test.sh).
import { writeFileSync } from 'node:fs';
import { test, expect, type Page } from './support/test';
import { BROKEN_URL, PAGES_URL, PLAIN_URL, ROUTES, SERVER } from './support/urls';
import { loadScript } from './support/scripts';

/** The document as the browser holds it now, as HTML. */
async function serialise(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    return doctype + document.documentElement.outerHTML;
  });
}

test('the live DOM of every route and state is valid HTML (Nu Html Checker)', async ({ page }, testInfo) => {
  test.skip(SERVER === 'nginx', 'the DOM does not depend on the server: checked once, with the plain server');
  test.setTimeout(180_000);
  const documents = new Map<string, string>(); // file -> what it is

  async function keep(name: string) {
    const file = testInfo.outputPath(`${name}.html`);
    writeFileSync(file, await serialise(page));
    documents.set(file, `${name} (${page.url()})`);
  }

  await test.step('every route in both languages, and the 404 page', async () => {
    for (const route of ['', ...ROUTES]) {
      await page.goto(PLAIN_URL + (route ? `${route}/` : ''));
      await expect(page.locator('h1')).toHaveCount(1);
      await keep(`route-${route.replace(/\//g, '-') || 'home'}`);
    }
    for (const missing of ['no/such/page', 'en/missing']) {
      const response = await page.goto(PAGES_URL + missing);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveCount(1);
      await keep(`404-${missing.replace(/\//g, '-')}`);
    }
  });

  await test.step('the poem reversed', async () => {
    await page.goto(PLAIN_URL + 'en/poem/');
    await page.getByRole('button', { name: 'Read it bottom to top' }).click();
    await expect(page).toHaveURL(/order=reverse/);
    await expect(page.getByRole('button', { name: 'Read it top to bottom' })).toBeVisible();
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    await keep('poem-reversed');
  });

  await test.step('the timeline filtered, searched, and with nothing found', async () => {
    await page.goto(PLAIN_URL + 'timeline/?body=committee,hq&sort=desc');
    await expect(page.getByRole('status').filter({ hasText: /件中/ })).toBeVisible();
    const search = page.getByRole('searchbox', { name: 'キーワードで検索' });
    await search.fill('素案');
    await expect(page.locator('mark').first()).toHaveText('素案');
    await keep('timeline-filtered-searched');
    await search.fill('存在しない語');
    await expect(page.getByText('条件に合う項目はありません。')).toBeVisible();
    await keep('timeline-nothing-found');
  });

  await test.step('broken content files: wrong shape, not JSON, missing', async () => {
    for (const route of ['', 'poem/', 'en/timeline/']) {
      await page.goto(BROKEN_URL + route);
      await expect(page.getByRole('alert')).toBeVisible();
      await keep(`broken-${route.replace(/\//g, '-') || 'home'}`);
    }
  });

  const files = [...documents.keys()];
  expect(files.length).toBe(ROUTES.length + 1 + 2 + 1 + 2 + 3);
  const { check, describe } = await loadScript('validate-html.mjs');
  const problems: { file: string }[] = check(files);
  const report = problems.map((m) => describe(m, documents.get(m.file)));
  expect(report, `the live DOM has ${report.length} HTML problem(s) (documents in ${testInfo.outputDir})`).toEqual([]);
});
