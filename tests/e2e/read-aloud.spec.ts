// Read aloud on the poem page, against a stub speech engine: what is spoken, in which order and
// language, the highlight following the voice, what stops it, and where the button is not offered.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, liveApp, type Page, test } from './support/test';
import { PLAIN_URL } from './support/urls';

/** The poem's lines as the site's data has them, top to bottom. */
const POEM: { lines: { ja: string; en: string }[] } = JSON.parse(
  readFileSync(resolve(__dirname, '../../public/data/poem.json'), 'utf8'),
);
const JA = POEM.lines.map((line) => line.ja);
const EN = POEM.lines.map((line) => line.en);

type Utterance = { text: string; lang: string; voice: string | null };

/** Stands in for the browser's speech engine (run by `page.addInitScript`, before the app): it
 *  records every utterance and speaks one line until the test ends it (`__speech.end()`) or fails
 *  it (`__speech.fail()`). Like Chrome, it reports a cancelled line as an `interrupted` error, a
 *  moment later (counted in `interrupted` once delivered, the signal that the app has had its
 *  chance to react); an utterance spoken over another counts in `overlaps`. */
function fakeSpeech() {
  const log: Utterance[] = [];
  let speaking: any = null;
  const state = { log, cancels: 0, overlaps: 0, interrupted: 0, end() {}, fail() {} };
  const finish = (how: 'end' | 'error', error?: string) => {
    const utterance = speaking;
    speaking = null;
    const handler = utterance?.[how === 'end' ? 'onend' : 'onerror'];
    handler?.call(utterance, { type: how, error, utterance });
  };
  state.end = () => finish('end');
  state.fail = () => finish('error', 'synthesis-failed');
  const voices = [
    { name: 'Fake English (US)', lang: 'en-US', default: true, localService: true, voiceURI: 'fake-en-us' },
    { name: 'Fake Japanese', lang: 'ja-JP', default: false, localService: true, voiceURI: 'fake-ja' },
  ];
  const synthesis = {
    get speaking() { return speaking !== null; },
    pending: false,
    paused: false,
    onvoiceschanged: null,
    getVoices: () => voices,
    speak(utterance: any) {
      if (speaking) state.overlaps++;
      speaking = utterance;
      log.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name ?? null });
    },
    cancel() {
      state.cancels++;
      const utterance = speaking;
      speaking = null;
      setTimeout(() => {
        utterance?.onerror?.call(utterance, { type: 'error', error: 'interrupted', utterance });
        state.interrupted++;
      }, 10);
    },
    pause() {},
    resume() {},
    addEventListener() {},
    removeEventListener() {},
  };
  class FakeUtterance {
    text: string; lang = ''; voice: unknown = null; onend: unknown = null; onerror: unknown = null;
    constructor(text = '') { this.text = text; }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  (window as any).__speech = state;
}

/** A browser without the Web Speech API. */
function noSpeech() {
  delete (window as any).speechSynthesis;
  delete (window as any).SpeechSynthesisUtterance;
  if ('speechSynthesis' in window) Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
}

const speech = (page: Page) => page.evaluate(() => {
  const s = (window as any).__speech;
  return { log: s.log as Utterance[], cancels: s.cancels as number, overlaps: s.overlaps as number, interrupted: s.interrupted as number };
});
const spokenTexts = async (page: Page) => (await speech(page)).log.map((u) => u.text);
const endLine = (page: Page) => page.evaluate(() => (window as any).__speech.end());

/** Waits until the engine has reported the cancelled line, and the app's handler (if any) has run. */
async function interruptDelivered(page: Page) {
  await expect.poll(async () => (await speech(page)).interrupted).toBe(1);
}

/** The highlighted line (step mode's and reading aloud's). */
const highlighted = (page: Page) => page.locator('ol.poem-lines > li[aria-current="step"]');
/** The poem's own live region (hidden while empty). */
const poemStatus = (page: Page) =>
  page.getByRole('region', { name: /^(逆転の発想|Reverse Thinking)$/ }).getByRole('status', { includeHidden: true });

const NAMES = {
  ja: { read: '読み上げ', stop: '停止', failed: '音声合成でエラーが発生したため、読み上げを停止しました。' },
  en: { read: 'Read aloud', stop: 'Stop', failed: 'Reading aloud stopped because of a speech error.' },
};
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Reads through the lines expected, ending each: the highlight is on the line spoken, in view. */
async function readThrough(page: Page, expected: string[], from = 0) {
  for (let i = from; i < expected.length; i++) {
    await expect.poll(() => spokenTexts(page)).toEqual(expected.slice(0, i + 1));
    await expect(highlighted(page)).toHaveCount(1);
    await expect(highlighted(page)).toContainText(expected[i]);
    await expect(highlighted(page)).toBeInViewport({ ratio: 1 });
    await endLine(page);
  }
}

test('ja: the 12 lines, top to bottom, one utterance each in Japanese; the highlight follows the voice', async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'poem/');
  const read = button(page, NAMES.ja.read);
  await read.focus();
  await page.keyboard.press('Enter');
  // The same button, now the way to stop, keeps the focus.
  await expect(button(page, NAMES.ja.stop)).toBeFocused();
  await readThrough(page, JA);
  // After the last line: silent, nothing highlighted, the button as it was.
  await expect(read).toBeFocused();
  await expect(highlighted(page)).toHaveCount(0);
  const { log, overlaps } = await speech(page);
  expect(log.map((u) => u.text)).toEqual(JA);
  expect(new Set(log.map((u) => u.lang))).toEqual(new Set(['ja-JP']));
  expect(new Set(log.map((u) => u.voice))).toEqual(new Set(['Fake Japanese']));
  expect(overlaps).toBe(0);
  await expect(poemStatus(page)).not.toContainText(NAMES.ja.failed);
});

test('en, reversed: the English lines bottom to top in an English voice; the page keeps them in view on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'en/poem/?order=reverse');
  await liveApp(page);
  await button(page, NAMES.en.read).click();
  await readThrough(page, [...EN].reverse());
  await expect(button(page, NAMES.en.read)).toBeVisible();
  const { log } = await speech(page);
  expect(log.map((u) => u.text)).toEqual([...EN].reverse());
  for (const u of log) {
    expect(u.lang).toMatch(/^en-(GB|US)$/);
    expect(u.voice).toBe('Fake English (US)');
  }
  await context.close();
});

test('reversing the poem stops the reading; read again, it goes bottom to top', async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'poem/');
  await button(page, NAMES.ja.read).click();
  await readThrough(page, JA.slice(0, 2));
  await expect(highlighted(page)).toContainText(JA[2]);
  await page.getByRole('button', { name: '下から読む' }).click();
  await expect(page).toHaveURL(/order=reverse/);
  await expect(button(page, NAMES.ja.read)).toBeVisible();
  await expect(highlighted(page)).toHaveCount(0);
  expect((await speech(page)).cancels).toBe(1);
  // Nothing more is spoken, and the engine's report of the cancelled line is no failure.
  await interruptDelivered(page);
  expect(await spokenTexts(page)).toEqual(JA.slice(0, 3));
  await expect(poemStatus(page)).toContainText('12行目→1行目');

  await button(page, NAMES.ja.read).click();
  await readThrough(page, [...JA.slice(0, 3), ...[...JA].reverse()], 3);
  expect((await speech(page)).overlaps).toBe(0);
});

test('the stop button cancels; step mode and reading aloud stop each other', async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'poem/');
  await button(page, NAMES.ja.read).click();
  await readThrough(page, JA.slice(0, 1));
  const stop = button(page, NAMES.ja.stop);
  await stop.focus();
  await page.keyboard.press('Space');
  await expect(button(page, NAMES.ja.read)).toBeFocused();
  await expect(highlighted(page)).toHaveCount(0);
  expect((await speech(page)).cancels).toBe(1);
  await interruptDelivered(page);
  expect(await spokenTexts(page)).toEqual(JA.slice(0, 2));
  await expect(poemStatus(page)).not.toContainText(NAMES.ja.failed);

  // Step mode stops a reading...
  await button(page, NAMES.ja.read).click();
  await expect.poll(spokenTexts.bind(null, page)).toHaveLength(3);
  const step = page.getByRole('button', { name: '1行ずつ読む' });
  await step.click();
  await expect(step).toHaveAttribute('aria-pressed', 'true');
  expect((await speech(page)).cancels).toBe(2);
  await expect(button(page, NAMES.ja.read)).toBeVisible();
  await expect(highlighted(page)).toContainText(JA[0]); // step mode's own first line
  // ...and reading leaves step mode, so only one line is ever highlighted.
  await page.getByRole('button', { name: '次の行' }).click();
  await button(page, NAMES.ja.read).click();
  await expect(step).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: '次の行' })).toHaveCount(0);
  await expect(highlighted(page)).toHaveCount(1);
  await expect(highlighted(page)).toContainText(JA[0]);
  expect((await spokenTexts(page)).at(-1)).toBe(JA[0]);
});

test('a failing engine stops the reading and says so politely', async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'en/poem/');
  await button(page, NAMES.en.read).click();
  await readThrough(page, EN.slice(0, 1));
  await expect(highlighted(page)).toContainText(EN[1]);
  await page.evaluate(() => (window as any).__speech.fail());
  await expect(poemStatus(page)).toHaveText(NAMES.en.failed);
  await expect(button(page, NAMES.en.read)).toBeVisible();
  await expect(highlighted(page)).toHaveCount(0);
  expect(await spokenTexts(page)).toEqual(EN.slice(0, 2));
});

test('leaving the page stops the reading', async ({ page }) => {
  await page.addInitScript(fakeSpeech);
  await page.goto(PLAIN_URL + 'poem/');
  await button(page, NAMES.ja.read).click();
  await expect.poll(() => spokenTexts(page)).toEqual(JA.slice(0, 1));
  await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'このサイトについて' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('このサイトについて');
  expect((await speech(page)).cancels).toBe(1);
  await endLine(page);
  expect(await spokenTexts(page)).toEqual(JA.slice(0, 1));
});

test('the view follows the voice smoothly, and at once with reduced motion', async ({ browser }) => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion, viewport: { width: 390, height: 600 } });
    const page = await context.newPage();
    await page.addInitScript(fakeSpeech);
    await page.addInitScript(() => {
      const calls: unknown[] = ((window as any).__scrolls = []);
      const scroll = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
        calls.push(options);
        return scroll.call(this, options);
      };
    });
    await page.goto(PLAIN_URL + 'poem/');
    await liveApp(page);
    await button(page, NAMES.ja.read).click();
    await readThrough(page, JA);
    const calls = await page.evaluate(() => (window as any).__scrolls);
    expect(calls).toHaveLength(12);
    const expected = reducedMotion === 'reduce' ? { block: 'nearest' } : { block: 'nearest', behavior: 'smooth' };
    for (const call of calls) expect(call).toEqual(expected);
    await context.close();
  }
});

test('without the Web Speech API there is no button, in either language', async ({ page }) => {
  await page.addInitScript(noSpeech);
  for (const [path, names] of [['poem/', NAMES.ja], ['en/poem/', NAMES.en]] as const) {
    await page.goto(PLAIN_URL + path);
    await expect(page.getByRole('group', { name: /詩の読み方|How to read the poem/ }).getByRole('button').first()).toBeEnabled();
    await expect(button(page, names.read)).toHaveCount(0);
  }
});

test('the prerendered pages offer no read-aloud button', async ({ page, browser }) => {
  for (const [path, names] of [['poem/', NAMES.ja], ['en/poem/', NAMES.en]] as const) {
    // The markup, without the stylesheet inside the page (its rules name .read-aloud).
    const html = (await (await page.request.get(PLAIN_URL + path)).text()).replace(/<style>[\s\S]*?<\/style>/g, '');
    expect(html).toContain('poem-controls');
    expect(html).not.toContain('read-aloud');
    expect(html).not.toContain(`>${names.read}<`);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const still = await context.newPage();
    await still.goto(PLAIN_URL + path);
    await expect(still.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(button(still, names.read)).toHaveCount(0);
    await context.close();
  }
});

test.describe('axe-core while reading aloud', () => {
  for (const path of ['poem/', 'en/poem/?order=reverse']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`/${path} (${colorScheme})`, async ({ browser }) => {
        const context = await browser.newContext({ colorScheme });
        const page = await context.newPage();
        await page.addInitScript(fakeSpeech);
        await page.goto(PLAIN_URL + path);
        await liveApp(page);
        await page.getByRole('button', { name: /^(読み上げ|Read aloud)$/ }).click();
        await endLine(page);
        await expect(highlighted(page)).toHaveCount(1);
        await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
        expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
        await context.close();
      });
    }
  }
});
