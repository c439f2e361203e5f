// A virtual screen reader in the page: @guidepup/virtual-screen-reader reads the live DOM (roles,
// names, states, live regions) and records what a screen reader would say. It is not NVDA or
// VoiceOver; it follows the ARIA and HTML-AAM specifications, so it catches an unnamed control, a
// state or a status that is never announced, a wrong reading order.
//
// The library is bundled once per worker with esbuild into a script that defines `__vsr`, and
// injected with `addInitScript`: the release build's Content-Security-Policy allows no inline
// script, and an init script (added over the DevTools protocol) is not subject to it, so the page
// keeps its real policy and the suite still fails on any violation.
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

let bundled: Promise<string> | undefined;

/** The library as one classic script that sets `window.__vsr` (its exports). */
export function screenReaderScript(): Promise<string> {
  bundled ??= build({
    entryPoints: [createRequire(__filename).resolve('@guidepup/virtual-screen-reader/browser.js')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: '__vsr',
    platform: 'browser',
    target: 'es2022',
    // Playwright runs an init script inside a function of its own: make the global explicit.
    footer: { js: 'window.__vsr = __vsr;' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return bundled;
}

/** Makes the virtual screen reader available in every document `page` loads from now on. */
export async function withScreenReader(page: Page) {
  await page.addInitScript({ content: await screenReaderScript() });
}

type Virtual = {
  start(options: { container: Node }): Promise<void>;
  next(): Promise<void>;
  lastSpokenPhrase(): Promise<string>;
  spokenPhraseLog(): Promise<string[]>;
  clearSpokenPhraseLog(): Promise<void>;
};
declare global {
  interface Window {
    __vsr: { virtual: Virtual };
  }
}

/** Starts the virtual screen reader on the page as it is now (after the take-over: `goto` of the
 *  suite's `test` waits for it), with nothing said yet. From then on it speaks what gets focus
 *  and what changes in live regions (`polite: …`, `assertive: …`). */
export async function listen(page: Page) {
  await page.evaluate(async () => {
    await window.__vsr.virtual.start({ container: document.body });
    await window.__vsr.virtual.clearSpokenPhraseLog();
  });
}

/** Everything said since `listen` or the last `forget`. */
export const spoken = (page: Page) => page.evaluate(() => window.__vsr.virtual.spokenPhraseLog());

/** Forgets what was said so far. */
export const forget = (page: Page) => page.evaluate(() => window.__vsr.virtual.clearSpokenPhraseLog());

/** Reads the whole page from the top, item by item, as with a screen reader's "read next", and
 *  returns every phrase. */
export async function readAll(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const { virtual } = window.__vsr;
    await virtual.start({ container: document.body });
    for (let i = 0; i < 5000 && (await virtual.lastSpokenPhrase()) !== 'end of document'; i++) await virtual.next();
    return virtual.spokenPhraseLog();
  });
}

/** The landmarks and headings among `phrases`, in order: what a screen reader's landmark and
 *  heading lists (NVDA's D and H keys, VoiceOver's rotor) offer. */
export const outline = (phrases: string[]) =>
  phrases.filter((p) => /^(banner|navigation|main|region|complementary|contentinfo|search|form)\b/.test(p) || p.startsWith('heading, '));
