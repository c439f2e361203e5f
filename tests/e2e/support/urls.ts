// Where the e2e servers started by playwright.config.ts listen. Import these in specs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Path under which the site is published (the dist is built with `--public-url /aomori/dx-plan/`). */
export const BASE_PATH = '/aomori/dx-plan/';

/** Ports: 4510 (plain), 4511 (broken), 4512 (pages); E2E_PORT_BASE=N moves them to N, N+1, N+2
 *  (to run two checkouts side by side). */
const PORT_BASE = Number(process.env.E2E_PORT_BASE ?? 4510);
export const PORTS = { plain: PORT_BASE, broken: PORT_BASE + 1, pages: PORT_BASE + 2 } as const;

const url = (port: number) => `http://127.0.0.1:${port}${BASE_PATH}`;

/** What serves PLAIN_URL: `plain` (default), or `nginx` with the shipped deploy/nginx.conf
 *  (E2E_SERVER=nginx). scripts/test.sh runs the whole suite on nginx and, on the plain server,
 *  only the tests tagged SERVER_TAG (`--grep @server`). */
export const SERVER: 'plain' | 'nginx' = process.env.E2E_SERVER === 'nginx' ? 'nginx' : 'plain';

/** Marks a test whose outcome can depend on how the files are served (types, compression, headers,
 *  timing of the wasm and its chunks): the page's policy, every deep link, navigation and reload,
 *  chunk loading and the take-over. The other tests check what the app does with files it has
 *  been given, the same on any server, so they run once. */
export const SERVER_TAG = { tag: '@server' };

/** The main server: a plain static server (`python3 -m http.server`: files only, no SPA fallback,
 *  404 page is Python's), or nginx with the shipped config (precompressed files, security
 *  headers, the site's own 404 page). */
export const PLAIN_URL = url(PORTS.plain);
/** Like PLAIN_URL, but data/poem.json is invalid JSON, data/timeline.json is missing (404),
 *  and data/plan.json is valid JSON of the wrong shape (none of the real fields). */
export const BROKEN_URL = url(PORTS.broken);
/** GitHub-Pages-like server: dir -> index.html (dir without slash -> 301), and any missing path
 *  answers with aomori/dx-plan/404.html and status 404. Same files as PLAIN_URL. */
export const PAGES_URL = url(PORTS.pages);

/** Client-side routes, from src/routes.txt (e.g. 'poem', 'en/timeline'); '' (home) not included. */
export const ROUTES: string[] = readFileSync(resolve(__dirname, '../../../src/routes.txt'), 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim().replace(/^\/+|\/+$/g, ''))
  .filter(Boolean);
