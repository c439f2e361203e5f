// A GitHub-Pages-like static server (no dependencies), for e2e tests of deep links.
//   node pages-server.mjs <rootDir> <port>
// Serves files under rootDir; a directory serves its index.html (without a trailing slash: 301 to it);
// anything missing gets <rootDir>/aomori/dx-plan/404.html with status 404, like a project site.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? '.');
const port = Number(process.argv[3] ?? 4512);
const notFoundPage = path.join(root, 'aomori', 'dx-plan', '404.html');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

function send(req, res, status, file) {
  const body = fs.readFileSync(file);
  res.writeHead(status, {
    'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function notFound(req, res) {
  if (fs.existsSync(notFoundPage)) return send(req, res, 404, notFoundPage);
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('404 Not Found');
}

http.createServer((req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' });
    return res.end();
  }
  const url = new URL(req.url, 'http://localhost');
  let rel;
  try { rel = decodeURIComponent(url.pathname); } catch { return notFound(req, res); }
  const file = path.join(root, path.normalize(rel));
  if (!file.startsWith(root + path.sep) && file !== root) return notFound(req, res);
  let stat;
  try { stat = fs.statSync(file); } catch { return notFound(req, res); }
  if (stat.isDirectory()) {
    if (!url.pathname.endsWith('/')) {
      res.writeHead(301, { Location: url.pathname + '/' + url.search });
      return res.end();
    }
    const index = path.join(file, 'index.html');
    return fs.existsSync(index) ? send(req, res, 200, index) : notFound(req, res);
  }
  return send(req, res, 200, file);
}).listen(port, '127.0.0.1', () => console.log(`pages server: http://127.0.0.1:${port}/ (root ${root})`));
