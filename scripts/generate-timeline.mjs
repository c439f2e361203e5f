// Writes a large timeline.json for testing and benchmarks (never shipped):
//   node scripts/generate-timeline.mjs COUNT OUT_FILE [SOURCE=public/data/timeline.json]
// Entries repeat the real ones with fresh ids and dates spread over 1990–2039,
// so filtering, grouping by fiscal year and sorting all have work to do.
import { readFileSync, writeFileSync } from 'node:fs';

const [count = '1000', out = '/dev/stdout', source = new URL('../public/data/timeline.json', import.meta.url)] = process.argv.slice(2);
const data = JSON.parse(readFileSync(source, 'utf8'));
const base = data.entries;
const pad = (n) => String(n).padStart(2, '0');
const entries = [];
for (let i = 0; i < Number(count); i++) {
  const e = base[i % base.length];
  const day = i * 1.7; // ≈ 50 years over 10,000 entries
  const d = new Date(Date.UTC(1990, 0, 1) + day * 86400000);
  const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const entry = { ...e, id: `gen-${i}`, start: iso, source_date: iso.replaceAll('-', '.'), text: { ja: `${e.text.ja}(${i})`, en: `${e.text.en} (${i})` } };
  if (e.end) {
    const end = new Date(d.getTime() + 29 * 86400000);
    entry.end = `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
  } else {
    delete entry.end;
  }
  entries.push(entry);
}
writeFileSync(out, JSON.stringify({ ...data, entries }, null, 1));
