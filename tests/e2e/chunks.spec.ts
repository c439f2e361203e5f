// Each page's code is a wasm chunk of its own (src/pages/chunks.rs): a first visit downloads the
// main wasm and the chunks its page names, beside each other; another page's chunks come when a
// link to it is pointed at or followed, and a link waits for them (with a progress bar) before it
// shows the page. A chunk that cannot be loaded gives a translated alert with a retry button.
import { test, expect, type Page } from './support/test';
import { PLAIN_URL, SERVER_TAG } from './support/urls';

/** The .wasm files the page requests, by name. */
function wasmRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) seen.push(r.url().split('/').pop()!);
  });
  return seen;
}

/** The chunks the prerendered page names on its loader script. */
const named = (page: Page) =>
  page.locator('script[data-chunks]').evaluate((s) => (s as HTMLElement).dataset.chunks!.split(' '));

test('a first visit loads the main wasm and its own page\'s chunks, each once, and no other page\'s', SERVER_TAG, async ({ page }) => {
  const seen = wasmRequests(page);
  await page.goto(PLAIN_URL + 'poem/');
  await expect(page.getByRole('button', { name: '下から読む' })).toBeEnabled();
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  const chunks = await named(page);
  expect(chunks[0]).toMatch(/^split_page_poem-[0-9a-f]{16}\.wasm$/);
  const main = seen.filter((f) => f.endsWith('_bg.wasm'));
  expect(main).toHaveLength(1);
  expect(seen.filter((f) => !f.endsWith('_bg.wasm')).sort()).toEqual([...chunks].sort());
  expect(seen.some((f) => f.startsWith('split_page_timeline-'))).toBe(false);

  // Following a link brings the timeline's chunk, and the page.
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'プラン決定までの経過' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('プラン決定までの経過');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(seen.filter((f) => f.startsWith('split_page_timeline-'))).toHaveLength(1);
});

test('a link waits for its page\'s code with a progress bar, and shows the page once it is there', SERVER_TAG, async ({ page }) => {
  await page.goto(PLAIN_URL + 'about/');
  await expect(page.locator('html')).toHaveAttribute('data-live', '');
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/split_page_poem-[0-9a-f]+\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: '逆転の発想' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-navigating', '');
  // Until the code is there, the page shown is the one the reader was on.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('このサイトについて');
  release();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('逆転の発想');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
});

for (const [lang, path, menu, link, alert, retry, heading] of [
  ['ja', '', 'メインメニュー', 'プラン決定までの経過', 'このページの表示に必要なプログラムを読み込めませんでした。', 'もう一度読み込む', 'プラン決定までの経過'],
  ['en', 'en/', 'Main menu', 'How the plan was decided', 'The program this page needs could not be loaded.', 'Try again', 'How the plan was decided'],
] as const) {
  test(`${lang}: a page whose code cannot be loaded says so, and its retry button loads it`, SERVER_TAG, async ({ page }) => {
    await page.goto(PLAIN_URL + path);
    await expect(page.locator('html')).toHaveAttribute('data-live', '');
    await page.route(/split_page_timeline-[0-9a-f]+\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: menu }).getByRole('link', { name: link }).click();
    await expect(page).toHaveURL(PLAIN_URL + path + 'timeline/');
    await expect(page.getByRole('alert')).toContainText(alert);
    // The page keeps its name as its heading.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.locator('html')).not.toHaveAttribute('data-navigating');
    await page.unroute(/split_page_timeline-[0-9a-f]+\.wasm$/);
    await page.getByRole('button', { name: retry }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
}
