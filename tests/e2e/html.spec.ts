// The live app's DOM is valid HTML: after the app has taken over the prerendered page, the document
// of every route in both languages, the 404 page, the poem reversed, the timeline filtered and
// searched (with matches, and with none), and the alerts of broken content files, each serialised
// and checked with the W3C's Nu Html Checker (scripts/validate-html.mjs), a few documents per test so
// that none runs long. The built files themselves are checked by `node scripts/validate-html.mjs dist`
// in scripts/test.sh.
import { writeFileSync } from 'node:fs';
import type { TestInfo } from '@playwright/test';
import { test, expect, type Page } from './support/test';
import { BROKEN_URL, PAGES_URL, PLAIN_URL, ROUTES } from './support/urls';
import { loadScript } from './support/scripts';

/** The document as the browser holds it now, as HTML. */
async function serialise(page: Page): Promise<string> {
  return page.evaluate(() => {
    const doctype = document.doctype ? `<!DOCTYPE ${document.doctype.name}>\n` : '';
    return doctype + document.documentElement.outerHTML;
  });
}

/** Serialises each state `visit` reaches (it calls `keep(name)` at each), checks them all with the
 *  Nu Html Checker in one run, and expects `count` documents with no problem. */
async function validStates(page: Page, testInfo: TestInfo, count: number,
  visit: (keep: (name: string) => Promise<void>) => Promise<void>) {
  const documents = new Map<string, string>(); // file -> what it is
  await visit(async (name: string) => {
    const file = testInfo.outputPath(`${name}.html`);
    writeFileSync(file, await serialise(page));
    documents.set(file, `${name} (${page.url()})`);
  });
  const files = [...documents.keys()];
  expect(files.length).toBe(count);
  const { check, describe } = await loadScript('validate-html.mjs');
  const problems: { file: string }[] = check(files);
  const report = problems.map((m) => describe(m, documents.get(m.file)));
  expect(report, `the live DOM has ${report.length} HTML problem(s) (documents in ${testInfo.outputDir})`).toEqual([]);
}

test.describe('the live DOM of every route and state is valid HTML (Nu Html Checker)', () => {
  // Each route on its own: one test never loads more than a few pages and one checker run.
  for (const route of ['', ...ROUTES]) {
    test(`the live DOM of /${route ? `${route}/` : ''} is valid HTML (Nu Html Checker)`, async ({ page }, testInfo) => {
      await validStates(page, testInfo, 1, async (keep) => {
        await page.goto(PLAIN_URL + (route ? `${route}/` : ''));
        await expect(page.locator('h1')).toHaveCount(1);
        await keep(`route-${route.replace(/\//g, '-') || 'home'}`);
      });
    });
  }

  test('the live DOM of the 404 page, in both languages, is valid HTML', async ({ page }, testInfo) => {
    await validStates(page, testInfo, 2, async (keep) => {
      for (const missing of ['no/such/page', 'en/missing']) {
        const response = await page.goto(PAGES_URL + missing);
        expect(response?.status()).toBe(404);
        await expect(page.locator('h1')).toHaveCount(1);
        await keep(`404-${missing.replace(/\//g, '-')}`);
      }
    });
  });

  test('the live DOM of the poem reversed is valid HTML', async ({ page }, testInfo) => {
    await validStates(page, testInfo, 1, async (keep) => {
      await page.goto(PLAIN_URL + 'en/poem/');
      await page.getByRole('button', { name: 'Read it bottom to top' }).click();
      await expect(page).toHaveURL(/order=reverse/);
      await expect(page.getByRole('button', { name: 'Read it top to bottom' })).toBeVisible();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      await keep('poem-reversed');
    });
  });

  test('the live DOM of the timeline filtered, searched and with nothing found is valid HTML', async ({ page }, testInfo) => {
    await validStates(page, testInfo, 2, async (keep) => {
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
  });

  // Each file broken its own way: plan.json the wrong shape, poem.json not JSON, timeline.json missing.
  for (const route of ['', 'poem/', 'en/timeline/']) {
    test(`the live DOM of /${route} with its content file broken is valid HTML`, async ({ page }, testInfo) => {
      await validStates(page, testInfo, 1, async (keep) => {
        await page.goto(BROKEN_URL + route);
        await expect(page.getByRole('alert')).toBeVisible();
        await keep(`broken-${route.replace(/\//g, '-') || 'home'}`);
      });
    });
  }
});
