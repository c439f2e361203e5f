// Keyboard walk-through: every route, in both languages, with Tab alone from the top of the page.
//  - The order: the accessibility tree's focusable nodes (role and name, from Chromium's own tree
//    over CDP) are the page's tabbable elements in DOM order, and Tab visits exactly those, in that
//    order, once each, then leaves the page: nothing skipped, nothing out of order, no trap. The
//    frame's part of it: the skip link, the header, main, the footer.
//  - The focus is always visible: every focused element (or, for a visually hidden input, its
//    label) has an outline or a box-shadow ring of at least 2 px whose colour has at least 3:1
//    against the background around it, unclipped by any ancestor, on screen and not covered.
//  - On a phone, where the layout is one column, each stop is level with or below the last
//    (left to right within a row): the focus follows what the reader sees.
// A desktop in the light scheme and a phone in the dark one.
import { type CDPSession } from '@playwright/test';
import { expect, liveApp, type Page, test } from './support/test';
import { PLAIN_URL, ROUTES } from './support/urls';

type Stop = {
  index: number;
  landmark: 'none' | 'banner' | 'main' | 'contentinfo';
  problems: string[];
  rect: { top: number; bottom: number; left: number };
};

/** Numbers the page's tabbable elements in DOM order (`data-kbd`); returns how many. */
function markTabbables(): number {
  const selector = 'a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
  const tabbable = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) =>
    el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[inert]') &&
    !(el instanceof HTMLInputElement && el.type === 'hidden') &&
    el.checkVisibility({ visibilityProperty: true }));
  document.querySelectorAll('[data-kbd]').forEach((el) => el.removeAttribute('data-kbd'));
  tabbable.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
  return tabbable.length;
}

/** The focused element: its number, landmark, and what is wrong with how its focus shows. */
function inspectFocus(): Stop | null {
  const el = document.activeElement as HTMLElement | null;
  if (!el || el === document.body || !el.hasAttribute('data-kbd')) return null;
  const problems: string[] = [];
  const rgba = (css: string): number[] | null => {
    const m = css.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/);
    return m ? [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : +m[4]] : null;
  };
  const luminance = ([r, g, b]: number[]) => {
    const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const contrast = (a: number[], b: number[]) => {
    const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
    return (x + 0.05) / (y + 0.05);
  };
  /** The solid colour behind `from`'s box: its ancestors' backgrounds, composited. */
  const backdrop = (from: Element): number[] => {
    const layers: number[][] = [];
    for (let node: Element | null = from.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.backgroundImage !== 'none') problems.push(`an image or gradient behind it (${node.tagName.toLowerCase()})`);
      const colour = rgba(style.backgroundColor);
      if (colour && colour[3] > 0) {
        layers.push(colour);
        if (colour[3] === 1) break;
      }
    }
    let result = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) result = [r * a + result[0] * (1 - a), g * a + result[1] * (1 - a), b * a + result[2] * (1 - a)];
    return result;
  };

  // A visually hidden input shows its focus on its label.
  const box = el.getBoundingClientRect();
  const hidden = (box.width <= 1 || box.height <= 1 || getComputedStyle(el).opacity === '0');
  const shown: HTMLElement = hidden ? ((el as HTMLInputElement).labels?.[0] ?? el) : el;
  if (hidden && shown === el) problems.push('visually hidden, with no label to show its focus');
  const style = getComputedStyle(shown);
  const behind = backdrop(shown);
  const rings: string[] = [];
  let visible = false;
  const outline = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
  const outlineColour = rgba(style.outlineColor);
  if (outline > 0 && outlineColour) {
    const c = contrast(outlineColour, behind);
    rings.push(`outline ${outline}px ${c.toFixed(2)}:1`);
    if (outline >= 2 && c >= 3 && outlineColour[3] === 1) visible = true;
  }
  // Computed box-shadows: "rgb(…) 0px 0px 0px 8px[, …]"
  for (const shadow of style.boxShadow === 'none' ? [] : style.boxShadow.split(/,(?![^(]*\))/)) {
    const colour = rgba(shadow.match(/rgba?\([^)]*\)/)?.[0] ?? '');
    const lengths = (shadow.replace(/rgba?\([^)]*\)/, '').match(/-?[\d.]+px/g) ?? []).map(parseFloat);
    const spread = lengths[3] ?? 0;
    if (!colour || shadow.includes('inset')) continue;
    const c = contrast(colour, behind);
    rings.push(`shadow ${spread}px ${c.toFixed(2)}:1`);
    if (spread >= 2 && c >= 3 && colour[3] === 1) visible = true;
  }
  if (!visible) problems.push(`no focus ring of 2 px at 3:1 on rgb(${behind.map(Math.round)}) (${rings.join(', ') || 'none'})`);

  // Not clipped by a scrolling or clipping ancestor, on screen, and not covered by anything.
  const ring = Math.max(outline + (parseFloat(style.outlineOffset) || 0), 0);
  const r = shown.getBoundingClientRect();
  for (let node = shown.parentElement; node && node !== document.documentElement; node = node.parentElement) {
    const s = getComputedStyle(node);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    const clip = node.getBoundingClientRect();
    if (r.left - ring < clip.left - 0.5 || r.right + ring > clip.right + 0.5 || r.top - ring < clip.top - 0.5 || r.bottom + ring > clip.bottom + 0.5) {
      problems.push(`its focus ring is clipped by ${node.tagName.toLowerCase()} (overflow ${s.overflowX}/${s.overflowY})`);
    }
  }
  // A region taller or wider than the screen (the test report's scrolling table) cannot be wholly
  // on it: it must then fill the screen that way, its ring's sides in view.
  const offAxis = (start: number, end: number, size: number) =>
    end - start > size ? start > 0.5 || end < size - 0.5 : start < -0.5 || end > size + 0.5;
  if (offAxis(r.top, r.bottom, innerHeight) || offAxis(r.left, r.right, innerWidth)) {
    problems.push(`not fully on screen (${[r.left, r.top, r.right, r.bottom].map(Math.round)})`);
  } else {
    // A link that wraps has several boxes: look at the middle of its first.
    const first = shown.getClientRects()[0] ?? r;
    const hit = document.elementFromPoint(first.left + first.width / 2, first.top + first.height / 2);
    if (hit && !shown.contains(hit) && !el.contains(hit) && hit !== el) problems.push(`covered by ${hit.tagName.toLowerCase()}.${hit.className}`);
  }
  const landmark = el.closest('main') ? 'main' : el.closest('footer') ? 'contentinfo' : el.closest('header') ? 'banner' : 'none';
  return { index: Number(el.getAttribute('data-kbd')), landmark, problems, rect: { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left } };
}

/** The accessibility tree's focusable nodes that are tabbable elements, in tree order. */
async function axTabbables(cdp: CDPSession): Promise<{ index: number; label: string }[]> {
  await cdp.send('DOM.enable');
  await cdp.send('Accessibility.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const ordered: typeof nodes = [];
  const visit = (n: (typeof nodes)[number]) => {
    ordered.push(n);
    for (const id of n.childIds ?? []) {
      const child = byId.get(id);
      if (child) visit(child);
    }
  };
  nodes.filter((n) => !n.parentId || !byId.has(n.parentId)).forEach(visit);
  const found: { index: number; label: string }[] = [];
  for (const n of ordered) {
    const focusable = n.properties?.some((p) => p.name === 'focusable' && p.value.value === true);
    if (n.ignored || !focusable || n.backendDOMNodeId === undefined) continue;
    const { node } = await cdp.send('DOM.describeNode', { backendNodeId: n.backendDOMNodeId });
    const attributes = node.attributes ?? [];
    const at = attributes.indexOf('data-kbd');
    if (at < 0 || at % 2 === 1) continue;
    found.push({ index: Number(attributes[at + 1]), label: `${n.role?.value} "${n.name?.value ?? ''}"` });
  }
  return found;
}

const FRAME = ['none', 'banner', 'main', 'contentinfo'];
const SIZES = {
  desktop: { viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: 'dark' as const },
};

async function walk(page: Page) {
  const count = await page.evaluate(markTabbables);
  expect(count).toBeGreaterThan(8);
  const cdp = await page.context().newCDPSession(page);
  const tree = await axTabbables(cdp);
  await cdp.detach();
  const labels = new Map(tree.map((t) => [t.index, t.label]));
  const label = (i: number) => labels.get(i) ?? `(not in the accessibility tree) #${i}`;
  // The tree's order is the DOM's, every tabbable element is in it, and each has a name.
  expect(tree.map((t) => t.index), 'accessibility tree order = DOM order').toEqual([...Array(count).keys()]);
  for (const t of tree) expect(t.label, 'every stop has a name').not.toMatch(/ ""$/);

  // From the top of the page, Tab alone.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  let left = false;
  for (let presses = 0; presses < count + 10; presses++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(inspectFocus);
    if (!stop) {
      left = await page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
      break;
    }
    // A month input's fields are stops of their own: one element, one stop.
    if (stops.at(-1)?.index !== stop.index) stops.push(stop);
  }
  expect(stops.map((s) => label(s.index)), 'Tab visits every tabbable element once, in order').toEqual(
    [...Array(count).keys()].map(label),
  );
  expect(left, 'after the last element, Tab leaves the page (no trap)').toBe(true);
  const problems = stops.flatMap((s) => s.problems.map((p) => `${label(s.index)}: ${p}`));
  expect(problems, 'the focus is visible at every stop').toEqual([]);
  return { stops, label };
}

for (const route of ['', ...ROUTES]) {
  const en = route === 'en' || route.startsWith('en/');
  const path = route === '' || route.endsWith('/') ? route : route + '/';
  for (const [size, options] of Object.entries(SIZES)) {
    test(`/${path} (${size}): Tab walks the page in order, with the focus always visible`, async ({ browser }) => {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(PLAIN_URL + path);
      await liveApp(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const { stops, label } = await walk(page);

      // The frame: the skip link, the header (the site's name, the language switch, then the
      // menu in its order), the page, the footer.
      expect(label(stops[0].index)).toBe(`link "${en ? 'Skip to main content' : '本文へ移動'}"`);
      const ranks = stops.map((s) => FRAME.indexOf(s.landmark));
      expect(ranks, `${size}: skip link, header, main, footer`).toEqual([...ranks].sort((a, b) => a - b));
      const header = stops.filter((s) => s.landmark === 'banner').map((s) => label(s.index));
      const menu = await page.getByRole('navigation', { name: en ? 'Main menu' : 'メインメニュー' }).getByRole('link').allInnerTexts();
      const languages = await page.getByRole('list', { name: en ? 'Language' : '言語' }).getByRole('link').allInnerTexts();
      expect(header.slice(1), `${size}: the header`).toEqual([...languages, ...menu].map((name) => `link "${name.trim()}"`));
      expect(stops.filter((s) => s.landmark === 'contentinfo').length, 'the footer has its source link').toBeGreaterThan(0);

      if (size === 'phone') {
        // One column: each stop is level with or below the last, never above it.
        const back = stops.slice(1).flatMap((s, i) => {
          const before = stops[i];
          return s.rect.bottom <= before.rect.top + 1 ? [`${label(before.index)} -> ${label(s.index)}`] : [];
        });
        expect(back, `${size}: the focus never goes back up the page`).toEqual([]);
      }
      await context.close();
    });
  }
}
