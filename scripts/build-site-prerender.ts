// Writes site/prerendered/<language>.json: every finding's server-rendered (`html`)
// embed code for the gallery, checked against the renderer (build/site-prerender.ts).
// Run by `npm start` and `npm run build:site`; the gallery fetches the file of the
// language it shows.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { sitePrerender } from '../build/site-prerender.js';

const OUT = 'site/prerendered';
const started = performance.now();
const packs = sitePrerender();
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
let bytes = 0;
let gzipped = 0;
for (const [language, pack] of Object.entries(packs)) {
  const json = JSON.stringify(pack);
  writeFileSync(`${OUT}/${language}.json`, json);
  bytes += json.length;
  gzipped += gzipSync(json).length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`${OUT}/: ${Object.keys(packs).length} languages, ${kb(bytes)} (${kb(gzipped)} gzip), in ${((performance.now() - started) / 1000).toFixed(1)} s`);
