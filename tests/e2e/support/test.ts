// The `test` the specs use.
//  - Every test fails on any Content-Security-Policy violation (a `securitypolicyviolation` event)
//    in any page of its context, or of any context it makes with `browser.newContext`.
//  - `page.goto` and `page.reload` return once the live app has taken over the prerendered page
//    (`<html data-live>`, see src/takeover/), so a test acts on the live page, not its static twin. prerender.spec.ts,
//    which tests that take-over itself, uses `staticTest`: the policy check without the wait.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export { expect, type Page } from '@playwright/test';

/** Records the policy violations of every page of `context` into `violations`. */
export async function watchPolicy(context: BrowserContext, violations: string[]) {
  await context.exposeBinding('__policyViolation', (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __policyViolation: (text: string) => void }).__policyViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline code'} (${e.sourceFile}:${e.lineNumber}) on ${location.pathname}`);
    });
  });
}

export const staticTest = base.extend<{ policyViolations: string[] }>({
  policyViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watchPolicy(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<typeof newContext>) => {
        const made = await newContext(...args);
        await watchPolicy(made, violations);
        return made;
      };
      await use(violations);
      browser.newContext = newContext;
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the live app has taken over the prerendered page (for pages of contexts a test
 *  makes itself with `browser.newContext`, whose `goto` does not wait). */
export async function liveApp(page: Page) {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'), null, { timeout: 15_000 });
}

export const test = staticTest.extend({
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
