// Share cards (link previews): every page's prerendered head names its own card, absolute under the
// SITE_URL the build used (scripts/test.sh), with its size, an alt text in the page's language and
// the large preview; the card is served as a PNG of 1200×630 and at most 200 KB. Crawlers do not run
// scripts, so the pages are read without JavaScript.
import { expect, staticTest as test } from './support/test';
import { PLAIN_URL, ROUTES } from './support/urls';

const SITE = 'https://example.org/aomori/dx-plan/';

/** Every page the build writes, its card, and a text the card's alt must name (what it shows). */
const PAGES: [path: string, card: string, shows: string][] = [
  ['', 'ja-home', '青森県はDXでもっとおもしろくなる'],
  ['poem/', 'ja-poem', '青森県だから仕方がない。'],
  ['timeline/', 'ja-timeline', 'プラン決定'],
  ['about/', 'ja-about', 'このサイトについて'],
  ['en/', 'en-home', 'Aomori will become even more interesting with DX'],
  ['en/poem/', 'en-poem', 'Reverse Thinking'],
  ['en/timeline/', 'en-timeline', 'Plan adopted'],
  ['en/about/', 'en-about', 'About this site'],
  ['404.html', 'ja-404', '非公式'],
];

test('the list covers every route in src/routes.txt', () => {
  expect(PAGES.map(([path]) => path.replace(/\/$/, '')).filter((p) => p && p !== '404.html').sort()).toEqual([...ROUTES].sort());
});

/** Width and height from a PNG's IHDR chunk (right after the 8-byte signature). */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

for (const [path, card, shows] of PAGES) {
  test(`/${path} names its own share card, a 1200×630 PNG of at most 200 KB`, async ({ browser, request }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    expect((await page.goto(PLAIN_URL + path))?.status()).toBe(200);
    const meta = (key: string) => page.locator(`meta[${key}]`).getAttribute('content');
    const lang = path.startsWith('en/') ? 'en' : 'ja';
    await expect(page.locator('html')).toHaveAttribute('lang', lang);

    const image = (await meta('property="og:image"')) ?? '';
    expect(image).toBe(`${SITE}cards/${card}.png`);
    expect(await meta('property="og:image:width"')).toBe('1200');
    expect(await meta('property="og:image:height"')).toBe('630');
    expect(await meta('name="twitter:card"')).toBe('summary_large_image');
    await expect(page.locator('meta[property="og:image"]')).toHaveCount(1);
    const alt = (await meta('property="og:image:alt"')) ?? '';
    expect(alt).toContain(shows);
    expect(/[ぁ-んァ-ン一-龠]/.test(alt), `alt in ${lang}: ${alt}`).toBe(lang === 'ja');
    await context.close();

    // The card at the same path on the test server.
    const response = await request.get(PLAIN_URL + image.slice(SITE.length));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect(pngSize(bytes)).toEqual([1200, 630]);
    expect(bytes.length).toBeLessThanOrEqual(200 * 1024);
  });
}
