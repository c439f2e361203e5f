// The app's own navigation (src/navigation/): which clicks stay in the app, scrolling on a new
// page and on back, and that an in-app navigation really did not load a page (every route is also
// a real prerendered page, so a full load would look the same but for a window marker).
import { test, expect, type Page } from './support/test';
import { PAGES_URL, PLAIN_URL } from './support/urls';

/** Marks this document; a full page load loses the mark. */
async function mark(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });
}
const stillSameDocument = (page: Page) =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

test('a plain click on a menu link stays in the app, at the top of the new page, with its heading focused', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(PLAIN_URL + 'timeline/');
  await mark(page);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  const scrolled = await page.evaluate(() => window.scrollY);
  // A click where the reader is (Playwright's own click would first scroll the link into view).
  // On a phone the menu names the page shortly: 「このサイト」.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'このサイト' }).dispatchEvent('click');
  await expect(page).toHaveURL(PLAIN_URL + 'about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('このサイトについて');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  expect(await stillSameDocument(page)).toBe(true);

  // Back: the timeline again, in the same document, where the reader left it.
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('プラン決定までの経過');
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  expect(await stillSameDocument(page)).toBe(true);
  await page.goForward();
  await expect(page).toHaveURL(PLAIN_URL + 'about/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('このサイトについて');
  expect(await stillSameDocument(page)).toBe(true);
});

test('the language switch and the poem order stay in the app; back and forward restore URL, query and page', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await mark(page);
  await page.getByRole('button', { name: '下から読む' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/?order=reverse');
  await page.getByRole('list', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/poem/?order=reverse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reverse Thinking');
  await expect(page.getByRole('button', { name: 'Read it top to bottom' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Reverse Thinking, read bottom to top' })).toBeVisible();
  expect(await stillSameDocument(page)).toBe(true);

  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/?order=reverse');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('逆転の発想');
  await expect(page.getByRole('button', { name: '上から読む' })).toBeVisible();
  await expect(page.getByRole('list', { name: '逆転の発想(下から上へ読む順)' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expect(page.getByRole('button', { name: '下から読む' })).toBeVisible();
  await expect(page.getByRole('list', { name: '逆転の発想(上から下へ読む順)' })).toBeVisible();
  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(PLAIN_URL + 'en/poem/?order=reverse');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reverse Thinking');
  expect(await stillSameDocument(page)).toBe(true);
});

test('a modified click, a new-tab link and a fragment of this page are left to the browser', async ({ page, context }) => {
  await page.goto(PLAIN_URL);
  await mark(page);
  const poemLink = page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '逆転の発想' });

  // Ctrl+click opens a new tab and leaves this page as it is.
  const opened = context.waitForEvent('page');
  await poemLink.click({ modifiers: ['Control'] });
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(PLAIN_URL + 'poem/');
  await tab.close();
  await expect(page).toHaveURL(PLAIN_URL);
  expect(await stillSameDocument(page)).toBe(true);

  // A link with a target is the browser's, even to a page of the site.
  await page.evaluate((href) => {
    const a = document.createElement('a');
    a.href = href;
    a.target = '_blank';
    a.textContent = 'in a new window';
    document.querySelector('main')?.prepend(a);
  }, PLAIN_URL + 'about/');
  const popup = context.waitForEvent('page');
  await page.getByRole('link', { name: 'in a new window' }).click();
  const other = await popup;
  await other.waitForLoadState();
  expect(other.url()).toBe(PLAIN_URL + 'about/');
  await other.close();
  await expect(page).toHaveURL(PLAIN_URL);

  // A fragment of this page (an entry's permalink): the browser's own jump, in the same document.
  await page.evaluate(() => document.querySelector('main a[target]')?.remove());
  await page.goto(PLAIN_URL + 'timeline/');
  await mark(page);
  await page.getByRole('link', { name: '2024.2.29の項目へのリンクをコピー' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/#2024-02-29-hq-2');
  await expect(page.locator('[id="2024-02-29-hq-2"]')).toBeInViewport();
  expect(await stillSameDocument(page)).toBe(true);
  // Back to the top of the page without the fragment, still the same document.
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/');
  expect(await stillSameDocument(page)).toBe(true);
});

test('a link to another page of the site from a full page load of a deep link keeps the base', async ({ page }) => {
  await page.goto(PLAIN_URL + 'en/about/');
  await mark(page);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'How the plan was decided' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('How the plan was decided');
  expect(await stillSameDocument(page)).toBe(true);
});

test('focus goes to the new page\'s heading after back, forward, the language switch and the 404 page\'s home link', async ({ page }) => {
  const h1 = page.getByRole('heading', { level: 1 });
  await page.goto(PLAIN_URL + 'poem/');
  await mark(page);
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'プラン決定までの経過' }).click();
  await expect(h1).toHaveText('プラン決定までの経過');
  await expect(h1).toBeFocused();

  // Focus somewhere else first, so that a focused heading is the app's doing.
  await page.getByRole('searchbox').focus();
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expect(h1).toHaveText('逆転の発想');
  await expect(h1).toBeFocused();

  await page.locator('button.poem-toggle').focus();
  await page.goForward();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/');
  await expect(h1).toHaveText('プラン決定までの経過');
  await expect(h1).toBeFocused();

  await page.getByRole('list', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/timeline/');
  await expect(h1).toHaveText('How the plan was decided');
  await expect(h1).toBeFocused();
  await page.getByRole('searchbox').focus();
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'timeline/');
  await expect(h1).toHaveText('プラン決定までの経過');
  await expect(h1).toBeFocused();
  expect(await stillSameDocument(page)).toBe(true);

  // The 404 page (a GitHub-Pages-style host answers with 404.html) and its link home.
  await page.goto(PAGES_URL + 'no/such/page');
  await expect(h1).toHaveText('ページが見つかりません');
  await mark(page);
  await page.getByRole('main').getByRole('link', { name: 'トップページへ戻る' }).click();
  await expect(page).toHaveURL(PAGES_URL);
  await expect(h1).toHaveText('青森県DX推進プラン');
  await expect(h1).toBeFocused();
  expect(await stillSameDocument(page)).toBe(true);
});
