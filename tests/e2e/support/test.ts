// The `test` the specs use: `page.goto` and `page.reload` return once the live app has taken over
// the prerendered page (see src/main.rs), so a test acts on the live page, not its static twin.
// prerender.spec.ts, which tests that take-over itself, uses Playwright's own `test`.
import { test as base, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

async function liveApp(page: Page) {
  await page.waitForFunction(() => !document.getElementById('prerendered'), null, { timeout: 15_000 });
}

export const test = base.extend({
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args: Parameters<Page['goto']>) => {
      const response = await goto(...args);
      await liveApp(page);
      return response;
    };
    page.reload = async (...args: Parameters<Page['reload']>) => {
      const response = await reload(...args);
      await liveApp(page);
      return response;
    };
    await use(page);
  },
});
