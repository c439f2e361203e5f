// Builds a server root for one e2e server: <root>/aomori/dx-plan/ holds the built dist.
//   node prepare-root.mjs plain|broken <distDir> <rootDir>
// plain: a symlink to dist. broken: a copy of dist with damaged data files (see urls.ts, BROKEN_URL).
import fs from 'node:fs';
import path from 'node:path';

const [kind, distArg, rootArg] = process.argv.slice(2);
if (!['plain', 'broken'].includes(kind) || !distArg || !rootArg) {
  console.error('usage: node prepare-root.mjs plain|broken <distDir> <rootDir>');
  process.exit(2);
}
const dist = path.resolve(distArg);
const root = path.resolve(rootArg);
if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.error(`e2e: no built site in ${dist}; build it first: ` +
    'trunk build --release --public-url /aomori/dx-plan/ (scripts/test.sh does), or set E2E_DIST');
  process.exit(1);
}

fs.rmSync(root, { recursive: true, force: true });
const site = path.join(root, 'aomori', 'dx-plan');
fs.mkdirSync(path.dirname(site), { recursive: true });

if (kind === 'plain') {
  fs.symlinkSync(dist, site, 'dir');
} else {
  fs.cpSync(dist, site, { recursive: true });
  const data = path.join(site, 'data');
  fs.mkdirSync(data, { recursive: true });
  fs.writeFileSync(path.join(data, 'poem.json'), '{"title": "truncated', 'utf8');
  fs.rmSync(path.join(data, 'timeline.json'), { force: true });
  // Keep the top-level type (object or array) but none of the expected fields.
  let wasArray = false;
  try { wasArray = Array.isArray(JSON.parse(fs.readFileSync(path.join(data, 'plan.json'), 'utf8'))); } catch {}
  const wrong = { unexpected: 'wrong shape, for the e2e broken server' };
  fs.writeFileSync(path.join(data, 'plan.json'), JSON.stringify(wasArray ? [wrong] : wrong), 'utf8');
}
console.log(`e2e: ${kind} root ready at ${root}`);
