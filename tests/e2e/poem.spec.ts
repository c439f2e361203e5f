// The poem: one click reverses the 12 lines in the DOM, the URL follows,
// and it works by keyboard, with reduced motion and in both languages.
import AxeBuilder from '@axe-core/playwright';
import { expect, liveApp, type Page, test } from './support/test';
import { PLAIN_URL } from './support/urls';

const JA = [
  '青森県はDXでもっとおもしろくなる。',
  'いや、そんなことは絶対にない。',
  'やる気を起こすなんてできっこない。',
  'それでも誰かが言うだろう。',
  '失敗したらやり直し、未来を切り開け。',
  'こどもたちに託せる明日のために。',
  '今こそ挑戦のときだ。',
  'そうだとしても、',
  '絶望感が覆い尽くす。',
  '仕事もないし、結婚もできない。',
  '大人たちはみんな諦めている。',
  '青森県だから仕方がない。',
];

/** The poem's own live region (the share box has another). */
const poemStatus = (page: Page) => page.getByRole('region', { name: /^(逆転の発想|Reverse Thinking)$/ }).getByRole('status');

const lines = (page: Page) => page.getByRole('list', { name: /逆転の発想|Reverse Thinking/ }).getByRole('listitem');

/** The text of each line in DOM order, without the visible line number. */
async function domOrder(page: Page): Promise<string[]> {
  // The line's own text: its pieces around the <wbr>s, without the original shown under a translation.
  return lines(page).evaluateAll((items) => items.map((li) => [...(li.querySelector('.line-text')?.childNodes ?? [])]
    .filter((n) => !(n instanceof Element && n.classList.contains('line-original')))
    .map((n) => n.textContent).join('')));
}

/** Waits until no animation is running (the reversal has finished). */
async function settled(page: Page) {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

/** Records every script animation as it starts (CSS transitions, the stage's colours, are not the
 *  movement) in `window.__started`, so a slow test machine cannot miss the ones that already ended. */
async function recordAnimations(page: Page) {
  await page.evaluate(() => {
    const started: Animation[] = ((window as any).__started = []);
    const animate = Element.prototype.animate;
    Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
      const animation = animate.apply(this, args);
      started.push(animation);
      return animation;
    };
  });
}

/** How many animations have started so far. */
const startedCount = (page: Page) => page.evaluate(() => (window as any).__started.length as number);

/** Waits until an animation started after the first `before` is running: the lines are moving. */
async function moving(page: Page, before: number) {
  await page.waitForFunction(
    (n) => ((window as any).__started as Animation[]).slice(n).some((a) => a.playState === 'running'),
    before,
  );
}

test('one click reverses the lines in the DOM and the URL; a second click restores them', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  expect(await domOrder(page)).toEqual(JA);

  const toggle = page.getByRole('button', { name: '下から読む' });
  // Its name says what it does, so it has no pressed state (which would contradict the name).
  await expect(toggle).not.toHaveAttribute('aria-pressed');
  await toggle.click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/?order=reverse');
  const pressed = page.getByRole('button', { name: '上から読む' });
  await expect(pressed).not.toHaveAttribute('aria-pressed');
  await expect(page.getByRole('list', { name: '逆転の発想(下から上へ読む順)' })).toBeVisible();
  await expect(pressed).toBeFocused();
  expect(await domOrder(page)).toEqual([...JA].reverse());
  await expect(poemStatus(page).filter({ hasText: '12行目→1行目' })).toBeVisible();
  // Line numbers stay the source's: the reversed reading shows 12 → 1.
  await expect(lines(page).first()).toHaveAttribute('value', '12');
  await expect(lines(page).first()).toContainText('12');
  await settled(page);

  await pressed.click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  expect(await domOrder(page)).toEqual(JA);
  await expect(poemStatus(page).filter({ hasText: '1行目→12行目' })).toBeVisible();
});

test('at rest no empty band is left under the last line; the status takes its room once it speaks', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'poem/');
  await liveApp(page);
  const stage = page.getByRole('region', { name: '逆転の発想' });
  // The room under the last line, as much as beside it (the stage's own padding), and no more.
  const gap = () =>
    stage.evaluate((el) => {
      const last = el.querySelector('ol')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { below: box.bottom - last.bottom, beside: last.left - box.left };
    });
  const rest = await gap();
  expect(rest.below, JSON.stringify(rest)).toBeLessThanOrEqual(rest.beside + 8);
  await expect(poemStatus(page)).toHaveText(/^\s*$/);
  await page.getByRole('button', { name: '下から読む' }).click();
  await expect(poemStatus(page)).toHaveText(/12行目→1行目/);
  // Spoken, and shown: the status is on screen below the lines, whole.
  const status = await poemStatus(page).boundingBox();
  expect(status!.height).toBeGreaterThan(16);
  expect((await gap()).below).toBeGreaterThan(status!.height);
  await context.close();
});

test('the reversal moves the lines one after another (FLIP with transform and opacity)', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  const toggle = page.getByRole('button', { name: '下から読む' });
  await expect(toggle).toBeEnabled();
  await recordAnimations(page);
  await toggle.click();
  await expect.poll(() => page.evaluate(() => (window as any).__started.length)).toBeGreaterThanOrEqual(11);
  const running = await page.evaluate(() =>
    ((window as any).__started as Animation[]).map((a) => {
      const effect = a.effect as KeyframeEffect;
      return { delay: effect.getTiming().delay, props: [...new Set(effect.getKeyframes().flatMap((k) => Object.keys(k)))] };
    }),
  );
  const delays = running.map((r) => Number(r.delay)).sort((a, b) => a - b);
  expect(delays[0]).toBe(0);
  expect(delays[delays.length - 1]).toBeGreaterThan(400);
  for (const r of running) {
    // Only what the compositor animates, off the main thread.
    expect(r.props.filter((p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p)).sort()).toEqual(['opacity', 'transform']);
  }
  await settled(page);
  await expect(page).toHaveURL(/order=reverse/);
});

test('on a phone the lines stay inside the frame while they move, and no line is drawn half-seen over another', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'poem/');
  await liveApp(page);
  const toggle = page.getByRole('button', { name: '下から読む' });
  await page.locator('.poem').scrollIntoViewIfNeeded();
  // Every frame of the movement: each line's box against the frame's, and which lines overlap.
  const sampling = page.evaluate(() => new Promise<{ outside: string[]; overlaps: number; blended: string[] }>((done) => {
    const frame = document.querySelector('.poem')!;
    const result = { outside: [] as string[], overlaps: 0, blended: [] as string[] };
    const start = performance.now();
    const tick = () => {
      const box = frame.getBoundingClientRect();
      const items = [...document.querySelectorAll('ol.poem-lines > li')].map((li, index) => ({ index,
        key: li.getAttribute('data-key'), rect: li.getBoundingClientRect(),
        opacity: Number(getComputedStyle(li).opacity), z: Number(getComputedStyle(li).zIndex) || 0,
      }));
      for (const i of items) {
        if (i.rect.left < box.left - 0.5 || i.rect.right > box.right + 0.5) result.outside.push(`line ${i.key}: ${i.rect.left.toFixed(0)}–${i.rect.right.toFixed(0)} in ${box.left.toFixed(0)}–${box.right.toFixed(0)}`);
      }
      for (const a of items) for (const b of items) {
        // Overlapping by more than a card's edge (where a line lands beside another) ...
        if (a === b || a.rect.bottom <= b.rect.top + 10 || b.rect.bottom <= a.rect.top + 10) continue;
        // ... shows the line on top (by z-index: rising lines above, falling ones beneath; else the
        // later in the list) either opaque, its card hiding the other's text, or faint: never
        // half-seen, its text over the other's.
        const aOnTop = a.z !== b.z ? a.z > b.z : a.index > b.index;
        if (!aOnTop) continue;
        result.overlaps += 1;
        if (a.opacity > 0.5 && a.opacity < 0.95 && b.opacity > 0.5) result.blended.push(`line ${a.key} at ${a.opacity.toFixed(2)} over line ${b.key} at ${b.opacity.toFixed(2)}`);
      }
      if (performance.now() - start < 1400) requestAnimationFrame(tick); else done(result);
    };
    requestAnimationFrame(tick);
  }));
  await toggle.click();
  const { outside, overlaps, blended } = await sampling;
  expect(outside).toEqual([]);
  expect(overlaps, 'lines crossed during the movement').toBeGreaterThan(0);
  expect(blended).toEqual([]);
  await context.close();
});

test('a reversed link opens reversed, survives reload, and back/forward step through the order', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/?order=reverse');
  await expect(lines(page)).toHaveCount(12);
  expect(await domOrder(page)).toEqual([...JA].reverse());
  await page.reload();
  await expect(lines(page)).toHaveCount(12);
  expect(await domOrder(page)).toEqual([...JA].reverse());

  await page.getByRole('button', { name: '上から読む' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/');
  expect(await domOrder(page)).toEqual(JA);
  await page.goBack();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/?order=reverse');
  await expect.poll(() => domOrder(page)).toEqual([...JA].reverse());
  await page.goForward();
  await expect.poll(() => domOrder(page)).toEqual(JA);
});

test('a bad order value is ignored without error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Anything but order=reverse (any case) reads top to bottom; a repeated parameter takes the first.
  for (const [q, order] of [
    ['?order=sideways', JA], ['?order=', JA], ['?order=%E0%A4%A', JA], ['?foo=bar', JA], ['?order=x&order=reverse', JA],
    ['?order=REVERSE', [...JA].reverse()], ['?order=reverse&order=x', [...JA].reverse()],
  ] as const) {
    await page.goto(PLAIN_URL + 'poem/' + q);
    await expect(lines(page)).toHaveCount(12);
    expect(await domOrder(page), q).toEqual(order);
    await expect(page.getByRole('button', { name: order === JA ? '下から読む' : '上から読む' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('rapid triple click ends in a consistent, non-overlapping order', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  const toggle = page.locator('button.poem-toggle');
  await expect(toggle).toBeEnabled();
  await recordAnimations(page);
  // The movement at a quarter of its speed (about 5 s): on a busy machine a click can take longer
  // than the 1.3 s movement itself (once in CI, the third click found it over).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.25 });
  // At each click, how many animations were running: the second and third must land mid-movement.
  await page.evaluate(() => {
    const w = window as any;
    w.__runningAtClick = [];
    document.querySelector('button.poem-toggle')!.addEventListener('click', () => {
      w.__runningAtClick.push((w.__started as Animation[]).filter((a) => a.playState === 'running').length);
    }, { capture: true });
  });
  await toggle.click();
  await moving(page, 0);
  const afterFirst = await startedCount(page);
  await toggle.click();
  await moving(page, afterFirst);
  await toggle.click();
  const runningAtClick: number[] = await page.evaluate(() => (window as any).__runningAtClick);
  expect(runningAtClick).toHaveLength(3);
  expect(runningAtClick[0]).toBe(0);
  expect(runningAtClick[1], 'the second click landed during the movement').toBeGreaterThan(0);
  expect(runningAtClick[2], 'the third click landed during the movement').toBeGreaterThan(0);
  await settled(page);
  await expect(page).toHaveURL(/order=reverse/);
  expect(await domOrder(page)).toEqual([...JA].reverse());
  // Every line sits in its own box, top to bottom, with no transform left.
  const boxes = await lines(page).evaluateAll((items) =>
    items.map((li) => ({ top: li.getBoundingClientRect().top, bottom: li.getBoundingClientRect().bottom, t: getComputedStyle(li).transform })),
  );
  for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
  for (const b of boxes) expect(b.t).toBe('none');
});

test('with reduced motion the order changes at once, with no animation running', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'poem/');
  await liveApp(page);
  await expect(lines(page)).toHaveCount(12);
  await page.getByRole('button', { name: '下から読む' }).click();
  await expect(page).toHaveURL(/order=reverse/);
  expect(await domOrder(page)).toEqual([...JA].reverse());
  expect(await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
  await context.close();
});

/** Playwright's fake clock, installed before the page loads. Its timer ids start at 10^12 and
 *  web-sys reads an interval's id as an i32, so the app could never clear an interval: hand the
 *  page small ids, as a browser does, and map them back. */
async function installClock(page: Page) {
  await page.clock.install();
  await page.addInitScript(() => {
    const set = window.setInterval.bind(window);
    const clear = window.clearInterval.bind(window);
    const ids = new Map<number, number>();
    let next = 1;
    window.setInterval = ((...args: Parameters<typeof setInterval>) => {
      ids.set(next, set(...args) as unknown as number);
      return next++;
    }) as typeof setInterval;
    window.clearInterval = ((id?: number) => {
      clear(ids.get(id ?? 0) ?? id);
      ids.delete(id ?? 0);
    }) as typeof clearInterval;
  });
}

/** Stops the page's clock (installed before the page loaded, so every timer is the fake one): from
 *  now on only `page.clock.runFor` moves it. */
async function pauseClock(page: Page) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
}

test('keyboard only: reverse, step through the lines with the arrow keys, autoplay can be paused', async ({ page }) => {
  await installClock(page);
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  const toggle = page.getByRole('button', { name: '下から読む' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/order=reverse/);
  await expect(page.getByRole('button', { name: '上から読む' })).toBeFocused();

  await page.keyboard.press('Tab');
  const step = page.getByRole('button', { name: '1行ずつ読む' });
  await expect(step).toBeFocused();
  await page.keyboard.press('Space');
  await expect(step).toHaveAttribute('aria-pressed', 'true');
  // Reading bottom to top: the first current line is line 12.
  const current = page.locator('li[aria-current="step"]');
  await expect(current).toContainText('青森県だから仕方がない。');
  await expect(poemStatus(page)).toContainText('12行中1行目');
  await page.keyboard.press('ArrowDown');
  await expect(current).toContainText('大人たちはみんな諦めている。');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await expect(current).toContainText('大人たちはみんな諦めている。');
  await expect(step).toBeFocused();

  await page.getByRole('button', { name: '次の行' }).focus();
  await page.keyboard.press('Enter');
  await expect(current).toContainText('仕事もないし、結婚もできない。');
  const play = page.getByRole('button', { name: '自動再生' });
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  // The autoplay's 2.4 s interval on a clock the test moves: exact, and no waiting.
  await pauseClock(page);
  await play.focus();
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(current).toContainText('絶望感が覆い尽くす。');
  await page.clock.runFor(2300);
  await expect(current).toContainText('絶望感が覆い尽くす。');
  await page.clock.runFor(100);
  await expect(current).toContainText('そうだとしても、');
  await page.keyboard.press('Enter');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await page.clock.runFor(3 * 2400);
  await expect(current).toContainText('そうだとしても、');
});

test('autoplay never starts by itself', async ({ page }) => {
  await installClock(page);
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  await pauseClock(page);
  await page.clock.runFor(5 * 2400);
  await expect(page.locator('li[aria-current]')).toHaveCount(0);
  await page.getByRole('button', { name: '1行ずつ読む' }).click();
  await expect(page.locator('li[aria-current="step"]')).toContainText(JA[0]);
  await page.clock.runFor(5 * 2400);
  await expect(page.locator('li[aria-current="step"]')).toContainText(JA[0]);
});

test('English: its own reversible translation, marked and labelled, with the original one click away', async ({ page }) => {
  await page.goto(PLAIN_URL + 'en/poem/');
  await expect(lines(page)).toHaveCount(12);
  await expect(page.getByRole('list', { name: 'Reverse Thinking, read top to bottom' })).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Unofficial translation')).toBeVisible();
  const order = await domOrder(page);
  expect(order[0]).toBe('Aomori will become even more interesting with DX.');
  expect(order[11]).toBe("It's Aomori, so nothing can be done.");
  await page.getByRole('button', { name: 'Read it bottom to top' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'en/poem/?order=reverse');
  expect(await domOrder(page)).toEqual([...order].reverse());
  await expect(poemStatus(page)).toContainText('line 12 to line 1');
  const original = page.getByRole('button', { name: 'Show the Japanese original' });
  await original.click();
  await expect(original).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.line-original[lang="ja"]').first()).toHaveText(JA[11]);
  // The Japanese page keeps the order.
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(PLAIN_URL + 'poem/?order=reverse');
  await expect.poll(() => domOrder(page)).toEqual([...JA].reverse());
});

test('print shows both readings', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.print-only li');
  await expect(printed).toHaveCount(12);
  await expect(printed.first()).toHaveText(JA[11]);
  await expect(page.getByRole('button', { name: '下から読む' })).toBeHidden();
});

test.describe('axe-core on the poem', () => {
  for (const path of ['poem/', 'poem/?order=reverse', 'en/poem/', 'en/poem/?order=reverse']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`/${path} (${colorScheme}), also in step mode`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.goto(PLAIN_URL + path);
        await liveApp(page);
        await expect(lines(page)).toHaveCount(12);
        await settled(page);
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await page.locator('.poem-controls button').nth(1).click();
        await page.getByRole('button', { name: /次の行|Next line/ }).click();
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await context.close();
      });
    }
  }
});

test('print also gives the page address and the source', async ({ page }) => {
  await page.goto(PLAIN_URL + 'poem/');
  await expect(lines(page)).toHaveCount(12);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('contentinfo').getByText(`このページのURL:${PLAIN_URL}poem/`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'メインメニュー' })).toBeHidden();
});
