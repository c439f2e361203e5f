// Playwright e2e tests against the release build (dist, built with --public-url /aomori/dx-plan/),
// served three ways (see support/urls.ts). Uses Debian's Chromium: Playwright downloads no browser.
//   E2E_DIST        built site to serve (default ../../dist)
//   E2E_PORT_BASE   first of the three ports (default 4510; see support/urls.ts)
//   E2E_SERVER      plain (default: python3 -m http.server) or nginx (deploy/nginx.conf, scripts/nginx.sh)
//                   for the main server, PLAIN_URL; scripts/test.sh runs every test on nginx and the
//                   tests tagged @server (support/urls.ts: SERVER_TAG) on the plain server too
//   E2E_JSON        also write a JSON report there (scripts/slowest.mjs reads it)
import { defineConfig, devices } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';
import { PORTS, PLAIN_URL, BROKEN_URL, PAGES_URL, SERVER } from './support/urls';

const dist = path.resolve(__dirname, process.env.E2E_DIST ?? '../../dist');
const roots = path.join(os.tmpdir(), `aomori-dx-e2e-${PORTS.plain}`);
const plainRoot = path.join(roots, 'plain');
const brokenRoot = path.join(roots, 'broken');
const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`; // shell-quote a path

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true, // a stray test.only must never pass a run, in CI or not
  // E2E_JSON=file: also a JSON report, from which scripts/slowest.mjs prints the slowest tests.
  reporter: process.env.E2E_JSON ? [['list'], ['json', { outputFile: process.env.E2E_JSON }]] : 'list',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox', // runs as root in CI
            '--disable-gpu',
            // The machine has no network but the package registries: stop Chromium's own traffic.
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
          ],
        },
      },
    },
  ],
  // Each server's command builds its root first, so a fresh `dist` is always what gets served.
  webServer: [
    {
      name: SERVER,
      // http.server logs every request on stderr: silence it (prepare-root's errors still show).
      command: `node support/prepare-root.mjs plain ${q(dist)} ${q(plainRoot)} && ` + (SERVER === 'nginx'
        ? `exec bash ../../scripts/nginx.sh ${PORTS.plain} ${q(plainRoot)}`
        : `exec python3 -m http.server ${PORTS.plain} --bind 127.0.0.1 --directory ${q(plainRoot)} 2>/dev/null`),
      url: PLAIN_URL,
      stdout: 'ignore',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      name: 'broken',
      command: `node support/prepare-root.mjs broken ${q(dist)} ${q(brokenRoot)} && ` +
        `exec python3 -m http.server ${PORTS.broken} --bind 127.0.0.1 --directory ${q(brokenRoot)} 2>/dev/null`,
      url: BROKEN_URL,
      stdout: 'ignore',
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      name: 'pages',
      // Serves the plain server's tree, so it waits for that root to be ready.
      command: `until [ -e ${q(path.join(plainRoot, 'aomori/dx-plan/index.html'))} ]; do sleep 0.1; done && ` +
        `exec node support/pages-server.mjs ${q(plainRoot)} ${PORTS.pages}`,
      url: PAGES_URL,
      stdout: 'ignore',
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
