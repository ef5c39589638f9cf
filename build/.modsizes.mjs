import { build } from 'vite';
const out = await build({ mode: 'cdn', logLevel: 'silent', build: { write: false } });
const chunks = (Array.isArray(out) ? out : [out]).flatMap((r) => r.output);
for (const c of chunks) {
  if (c.type !== 'chunk' || !c.isEntry) continue;
  const rows = Object.entries(c.modules).map(([id, m]) => [m.renderedLength, id.replace(/.*node_modules\//, 'nm/').replace('/work/main/', '')]);
  rows.sort((a, b) => b[0] - a[0]);
  for (const [n, id] of rows.slice(0, 40)) console.log(String(n).padStart(7), id);
}
