// Japanese typography and page rhythm (issue 18), measured in the laid-out page:
// the poem's lines stay whole on a phone and break only between phrases on a narrower one,
// dates and numbers are never split, running text keeps a readable measure, every h1 has room
// under the header, and the 404 page offers no share buttons.
import { expect, liveApp, test, type Page } from './support/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PAGES_URL, PLAIN_URL, ROUTES } from './support/urls';

const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const ALL = ['', ...ROUTES];

/** The poem's Japanese lines, each as its text and the start index of each of its line boxes
 *  after the first (where the browser broke it), with the places it may break: word boundaries
 *  (Intl.Segmenter, the ICU dictionary) and the end of each 「、」. */
async function poemLines(page: Page) {
  await expect(page.locator('.poem-lines .line-text')).toHaveCount(12);
  await expect(page.locator('.poem-lines .line-text').last()).toBeVisible();
  const lines = await page.locator('.poem-lines .line-text').evaluateAll((spans) =>
    spans.map((span) => {
      const nodes: Text[] = [];
      const walk = document.createTreeWalker(span, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest('.line-original') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      while (walk.nextNode()) nodes.push(walk.currentNode as Text);
      let text = '';
      const tops: number[] = [];
      for (const node of nodes) {
        for (let i = 0; i < node.length; i += 1) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          text += node.data[i];
          tops.push(rect ? rect.top : NaN);
        }
      }
      const size = parseFloat(getComputedStyle(span).fontSize);
      const breaks: number[] = [];
      for (let i = 1; i < tops.length; i += 1) if (tops[i] - tops[i - 1] > size / 2) breaks.push(i);
      const allowed = new Set<number>();
      for (const s of new Intl.Segmenter('ja', { granularity: 'word' }).segment(text)) allowed.add(s.index);
      [...text].forEach((c, i) => c === '、' && allowed.add(i + 1));
      return { text, breaks, allowed: [...allowed], wbr: span.querySelectorAll('wbr').length, laidOut: tops.every(Number.isFinite) };
    }),
  );
  for (const line of lines) expect(line.laidOut, `「${line.text}」 is laid out`).toBe(true);
  return lines;
}

test('at 390 px every Japanese line of the poem is one line; the <wbr>s sit after its commas, prerendered too', async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, ...PHONE });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'poem/');
  await liveApp(page);
  const lines = await poemLines(page);
  expect(lines).toHaveLength(12);
  for (const line of lines) expect(line.breaks, `「${line.text}」 wraps at 390 px`).toEqual([]);
  // One <wbr> after each comma that has text after it (lines 2, 5 and 10), from the content.
  expect(lines.map((l) => l.wbr)).toEqual([0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0]);
  // The same break opportunities in the prerendered page (the same component renders both).
  const html = await (await request.get(PLAIN_URL + 'poem/')).text();
  const list = html.slice(html.indexOf('class="poem-lines"'), html.indexOf('</ol>', html.indexOf('class="poem-lines"')));
  expect(list.match(/<wbr>/g) ?? []).toHaveLength(3);
  await context.close();
});

test('at 320 px the poem breaks only between phrases, never inside a word, with or without auto-phrase', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, ...PHONE });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'poem/');
  await liveApp(page);
  const lines = await poemLines(page);
  const styles = await page.locator('.poem-lines .line-text').first().evaluate((e) => {
    const s = getComputedStyle(e);
    return { wordBreak: s.wordBreak, lineBreak: s.lineBreak, lang: e.closest('[lang]')?.getAttribute('lang') };
  });
  expect(styles).toEqual({ wordBreak: 'auto-phrase', lineBreak: 'strict', lang: 'ja' });
  expect(lines.some((l) => l.breaks.length > 0), 'some line wraps at 320 px').toBe(true);
  for (const line of lines) {
    for (const at of line.breaks) {
      expect(line.allowed, `「${line.text}」 breaks inside a word: 「${line.text.slice(0, at)} / ${line.text.slice(at)}」`).toContain(at);
    }
  }
  // A browser without auto-phrase keeps words whole (keep-all) and breaks at the <wbr> after 「、」.
  await page.locator('.poem-lines .line-text').evaluateAll((spans) => spans.forEach((s) => ((s as HTMLElement).style.wordBreak = 'keep-all')));
  for (const line of await poemLines(page)) {
    if (!line.text.slice(0, -1).includes('、')) continue;
    for (const at of line.breaks) expect(line.text[at - 1], `「${line.text}」 without auto-phrase`).toBe('、');
  }
  await context.close();
});

test('English poem lines that wrap keep a hanging indent', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 700 }, ...PHONE });
  const page = await context.newPage();
  await page.goto(PLAIN_URL + 'en/poem/');
  await liveApp(page);
  await expect(page.locator('.poem-lines .line-text')).toHaveCount(12);
  await expect(page.locator('.poem-lines .line-text').first()).toBeVisible();
  const wrapped = await page.locator('.poem-lines .line-text').evaluateAll((spans) =>
    spans
      .map((span) => {
        const range = document.createRange();
        range.selectNodeContents(span);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const lefts = [...new Set(rects.map((r) => Math.round(r.left)))].sort((a, b) => a - b);
        return { text: span.textContent, first: rects.length ? Math.round(rects[0].left) : NaN, lefts };
      })
      .filter((l) => l.lefts.length > 1),
  );
  expect(wrapped.length).toBeGreaterThan(0);
  // Continuation lines start further right than the first.
  for (const line of wrapped) expect(Math.max(...line.lefts), line.text ?? '').toBeGreaterThan(line.first);
  await context.close();
});

/** Japanese running text breaks anywhere, strictly, but never inside a date or number, nor inside a
 *  name the content keeps whole (plan.json → unbreakable). */
const DATE_OR_NUMBER = /\d{4}\.\d{1,2}\.\d{1,2}|(令和|平成)\d{1,2}年度?|\d{4}(\(令和\d{1,2}\))?年(度|\d{1,2}月(\d{1,2}日)?)?|\d+(,\d{3})+|\d+(\.\d+)?%/g;
const NAMES: string[] = JSON.parse(readFileSync(resolve(__dirname, '../../public/data/plan.json'), 'utf8')).unbreakable;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WHOLE = new RegExp([DATE_OR_NUMBER.source, ...NAMES.map(escape)].join('|'), 'g');

for (const width of [320, 390]) {
  test(`at ${width} px no name, date or number is broken across lines, on any page`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, ...PHONE });
    const page = await context.newPage();
    const broken: string[] = [];
    const seen = new Set<string>();
    for (const path of ALL) {
      await page.goto(PLAIN_URL + path);
      await liveApp(page);
      const found = await page.evaluate((source) => {
        const re = new RegExp(source, 'g');
        const out: { text: string; lines: number }[] = [];
        // Each element's text as one string (a name may span text nodes), with each character's box.
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const blocks = new Map<Element, { text: string; at: [Text, number][] }>();
        while (walk.nextNode()) {
          const node = walk.currentNode as Text;
          let el = node.parentElement;
          if (!el || el.closest('.print-only, [hidden], script, style') || !el.getClientRects().length) continue;
          while (el.parentElement && getComputedStyle(el).display === 'inline') el = el.parentElement;
          const block = blocks.get(el) ?? { text: '', at: [] };
          for (let i = 0; i < node.length; i += 1) block.at.push([node, i]);
          block.text += node.data;
          blocks.set(el, block);
        }
        for (const [el, block] of blocks) {
          const size = parseFloat(getComputedStyle(el).fontSize);
          for (const m of block.text.matchAll(re)) {
            const tops: number[] = [];
            for (let i = m.index!; i < m.index! + m[0].length; i += 1) {
              const [node, offset] = block.at[i];
              const range = document.createRange();
              range.setStart(node, offset);
              range.setEnd(node, offset + 1);
              const rect = [...range.getClientRects()].find((r) => r.width > 0);
              if (rect) tops.push(rect.top);
            }
            const lines = tops.filter((t, i) => i === 0 || t - tops[i - 1] > size / 2).length;
            out.push({ text: m[0], lines });
          }
        }
        return out;
      }, WHOLE.source);
      for (const f of found) seen.add(f.text);
      broken.push(...found.filter((f) => f.lines !== 1).map((f) => `/${path}: 「${f.text}」`));
    }
    expect(broken, 'names, dates and numbers broken across lines').toEqual([]);
    // The pages show dates and most of the names (the rest are on the pages' other states).
    expect([...seen].filter((t) => /\d/.test(t)).length).toBeGreaterThan(10);
    for (const name of ['青森県DX推進プラン', '一人ひとり', '本部会議', '取組方針']) expect(seen, name).toContain(name);
    await context.close();
  });
}

test('Japanese running text breaks anywhere but strictly; headings and labels only between phrases', async ({ page }) => {
  for (const path of ['', 'timeline/', 'about/']) {
    await page.goto(PLAIN_URL + path);
    const style = (e: Element) => {
      const s = getComputedStyle(e);
      return [s.wordBreak, s.lineBreak];
    };
    expect(await page.locator('main p').first().evaluate(style), `/${path} p`).toEqual(['normal', 'strict']);
    expect(await page.locator('main h1').evaluate(style), `/${path} h1`).toEqual(['auto-phrase', 'strict']);
    expect(await page.locator('main h2').first().evaluate(style), `/${path} h2`).toEqual(['auto-phrase', 'strict']);
    // Names and dates in running text are kept whole by the page's markup, not by hand.
    await expect(page.locator('main p .whole').first()).toHaveCSS('white-space', 'nowrap');
  }
});

for (const width of [320, 390]) {
  test(`at ${width} px no Japanese heading leaves fewer than 3 characters on its last line`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 }, ...PHONE });
    const page = await context.newPage();
    const short: string[] = [];
    let wrapped = 0;
    for (const path of ROUTES.filter((r) => !r.startsWith('en')).concat([''])) {
      await page.goto(PLAIN_URL + path);
      await liveApp(page);
      const lasts = await page.locator('main :is(h1, h2, h3, .hero-philosophy)').evaluateAll((els) =>
        els
          .filter((e) => e.getClientRects().length && !e.closest('.print-only'))
          .map((e) => {
            const range = document.createRange();
            range.selectNodeContents(e);
            const size = parseFloat(getComputedStyle(e).fontSize);
            const text = e.textContent ?? '';
            const walk = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
            const tops: { c: string; top: number }[] = [];
            while (walk.nextNode()) {
              const node = walk.currentNode as Text;
              for (let i = 0; i < node.length; i += 1) {
                const r = document.createRange();
                r.setStart(node, i);
                r.setEnd(node, i + 1);
                const rect = [...r.getClientRects()].find((x) => x.width > 0);
                if (rect) tops.push({ c: node.data[i], top: rect.top });
              }
            }
            const lastTop = tops.length ? tops[tops.length - 1].top : 0;
            const last = tops.filter((t) => Math.abs(t.top - lastTop) < size / 2).map((t) => t.c).join('').trim();
            return { text, last, lines: new Set(tops.map((t) => Math.round(t.top / (size / 2)))).size };
          }),
      );
      for (const h of lasts) {
        if (h.lines > 1) wrapped += 1;
        if (h.lines > 1 && [...h.last.replace(/[」』）)。、]/g, '')].length < 3) short.push(`/${path} 「${h.text}」 ends 「${h.last}」`);
      }
    }
    expect(short, 'headings with a short last line').toEqual([]);
    expect(wrapped, 'some headings wrap').toBeGreaterThan(0);
    await context.close();
  });
}

/** The longest line of running text on the page: every text in the main content and the footer
 *  outside headings, controls and the wide components, line box by line box, as characters (for
 *  English) and as its width in ic, the advance of one Japanese character (for Japanese, where
 *  half-width letters and digits are narrower). */
async function longestLine(page: Page) {
  return page.evaluate(() => {
    const skip = 'h1, h2, h3, button, nav, svg, label, select, .print-only, .poem-lines, .period-bar, .structure-items, .entry-tags, .chips, .share, .hero-links';
    const lines = new Map<string, { text: string; left: number; right: number; size: number }>();
    const blocks = new Map<Element, number>();
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const node = walk.currentNode as Text;
      let el = node.parentElement;
      if (!el || !el.closest('main, footer') || el.closest(skip) || !el.getClientRects().length) continue;
      while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
      if (!el) continue;
      if (!blocks.has(el)) blocks.set(el, blocks.size);
      const size = parseFloat(getComputedStyle(el).fontSize);
      for (let i = 0; i < node.length; i += 1) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.width === 0) continue;
        const key = `${blocks.get(el)}:${Math.round(rect.bottom / (size / 2))}`;
        const line = lines.get(key) ?? { text: '', left: rect.left, right: rect.right, size };
        line.text += node.data[i];
        line.left = Math.min(line.left, rect.left);
        line.right = Math.max(line.right, rect.right);
        lines.set(key, line);
      }
    }
    let chars = { n: 0, text: '' };
    let ic = { n: 0, text: '' };
    for (const line of lines.values()) {
      const text = line.text.trim();
      if ([...text].length > chars.n) chars = { n: [...text].length, text };
      const width = (line.right - line.left) / line.size;
      if (width > ic.n) ic = { n: Math.round(width * 10) / 10, text };
    }
    return { chars, ic };
  });
}

test('running text keeps a readable measure on every page: at most 45 characters wide in Japanese, 75 characters in English', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const report: string[] = [];
  const over: string[] = [];
  for (const path of [...ALL, 'nope/', 'en/nope/']) {
    await page.goto((path.endsWith('nope/') ? PAGES_URL : PLAIN_URL) + path);
    await liveApp(page);
    const { chars, ic } = await longestLine(page);
    const [longest, max, unit] = path.startsWith('en') ? [chars, 75, 'characters'] : [ic, 45, 'ic'];
    report.push(`/${path}: ${longest.n} ${unit}`);
    if (longest.n > max) over.push(`/${path}: ${longest.n} ${unit} 「${longest.text}」`);
    expect(longest.n, `/${path} has running text`).toBeGreaterThan(max / 2);
  }
  console.log(`longest line of running text, 1280 px: ${report.join(', ')}`);
  expect(over).toEqual([]);
  await context.close();
});

for (const [size, device] of [
  ['phone', { viewport: { width: 390, height: 844 }, ...PHONE }],
  ['desktop', { viewport: { width: 1280, height: 900 } }],
] as const) {
  test(`on a ${size} every page's h1 has the same room under the header (at least 1.5rem), and sections the same gaps`, async ({ browser }) => {
    const context = await browser.newContext(device);
    const page = await context.newPage();
    const gaps = new Map<string, number>();
    for (const path of [...ALL, 'nope/', 'en/nope/']) {
      await page.goto((path.endsWith('nope/') ? PAGES_URL : PLAIN_URL) + path);
      await liveApp(page);
      const m = await page.evaluate(() => {
        const header = document.querySelector('.site-header')!.getBoundingClientRect();
        const h1 = document.querySelector('main h1')!.getBoundingClientRect();
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        // Each section heading: the space above it (from what precedes) and below it (to what follows).
        const headings = [...document.querySelectorAll('main h2')]
          .filter((h) => h.getClientRects().length && !h.closest('.hero, .print-only, .share'))
          .map((h) => {
            const r = h.getBoundingClientRect();
            const prevEl = h.previousElementSibling ?? h.parentElement?.previousElementSibling;
            const nextEl = h.nextElementSibling;
            return {
              text: h.textContent,
              above: prevEl ? r.top - prevEl.getBoundingClientRect().bottom : null,
              below: nextEl ? nextEl.getBoundingClientRect().top - r.bottom : null,
              margin: parseFloat(getComputedStyle(h).marginTop),
            };
          });
        return { space: (h1.top - header.bottom) / rem, headings };
      });
      expect(m.space, `/${path}: room above the h1`).toBeGreaterThanOrEqual(1.5);
      gaps.set(path, m.space);
      for (const h of m.headings) {
        expect(h.margin, `/${path} 「${h.text}」: the gap before a section`).toBe(48);
        if (h.above !== null && h.below !== null) expect(h.below, `/${path} 「${h.text}」 is closer to what follows`).toBeLessThan(h.above);
      }
    }
    // The same on every page.
    expect(new Set(gaps.values()).size, JSON.stringify(Object.fromEntries(gaps))).toBe(1);
    console.log(`room above the h1 on a ${size}: ${[...gaps.values()][0]}rem`);
    await context.close();
  });
}

test('the 404 page keeps the way home and the navigation, without share buttons', async ({ page, request }) => {
  for (const [path, home] of [['no/such/page', 'トップページへ戻る'], ['en/missing', 'Go to the home page']]) {
    await page.goto(PAGES_URL + path);
    await expect(page.getByRole('main').getByRole('link', { name: home })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link')).toHaveCount(4);
    await expect(page.locator('.share')).toHaveCount(0);
  }
  // Not in the prerendered 404 page either; other pages still have them.
  expect(await (await request.get(PLAIN_URL + '404.html')).text()).not.toContain('class="share');
  await page.goto(PLAIN_URL + 'about/');
  await expect(page.locator('.share')).toHaveCount(1);
});

test('small things in place: share controls two to a row on a phone, an entry\'s link by its date on a desktop, the footer to the bottom of a short page', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 320, height: 700 }, ...PHONE });
  let page = await phone.newPage();
  await page.goto(PLAIN_URL);
  await liveApp(page);
  const share = page.getByRole('complementary', { name: 'このページをシェア' });
  const boxes = await share.locator('li').evaluateAll((items) => items.map((li) => li.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), width: Math.round(r.width) })));
  expect(boxes).toHaveLength(4);
  const rows = [...new Set(boxes.map((b) => b.top))];
  expect(rows, 'two rows of two').toHaveLength(2);
  expect(boxes.filter((b) => b.top === rows[0])).toHaveLength(2);
  expect(new Set(boxes.map((b) => b.width)).size, 'of one width').toBe(1);
  await phone.close();

  const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await desktop.newPage();
  await page.goto(PLAIN_URL + 'timeline/');
  await liveApp(page);
  for (const entry of await page.locator('ol.entries > li').all()) {
    const date = (await entry.locator('.entry-date').boundingBox())!;
    const link = (await entry.getByRole('link', { name: /の項目へのリンクをコピー$/ }).boundingBox())!;
    expect(link.x - (date.x + date.width), 'the link follows the date').toBeLessThan(40);
    expect(Math.abs(link.y + link.height / 2 - (date.y + date.height / 2)), 'on its line').toBeLessThan(6);
  }
  await page.goto(PAGES_URL + 'no/such/page');
  const bottom = await page.evaluate(() => {
    const footer = document.querySelector('footer')!;
    const below = document.elementFromPoint(innerWidth / 2, innerHeight - 2);
    return { canvas: getComputedStyle(document.documentElement).backgroundColor, footer: getComputedStyle(footer).backgroundColor, below: below?.tagName, gap: innerHeight - footer.getBoundingClientRect().bottom };
  });
  expect(bottom.gap, 'the page is shorter than the window').toBeGreaterThan(0);
  expect(bottom.canvas, 'below the footer, its colour').toBe(bottom.footer);
  await desktop.close();
});
