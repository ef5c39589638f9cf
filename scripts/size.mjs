// `npm run size`: gzip and brotli bytes of what ships, against Lit alone measured
// in the same run, and a check against size-budget.json (exit 1 when over).
// Run after `npm run build` (it reads dist/).
import { build } from 'vite';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const cdnFile = 'dist/cdn/microcredential-widgets.js';
if (!existsSync(cdnFile) || !existsSync('dist/esm/index.js')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** Bundles one module the way a bundler user's production build would: minified, Lit included. */
async function bundle(entry, external = []) {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'bundle' },
      rolldownOptions: { external, preserveEntrySignatures: 'allow-extension', output: { minify: true } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  // Only what loads with the entry: the languages' words are chunks of their own, measured on their own below.
  return chunks.filter((chunk) => chunk.type === 'chunk' && !chunk.isDynamicEntry).map((chunk) => chunk.code).join('\n');
}

const litOnly = 'build/lit-baseline.js';

const withoutData = [/dataset\.generated\.js$/];
const rows = [
  ['Lit alone (baseline)', sizes(await bundle(litOnly)), undefined],
  ['CDN bundle: every element + every finding', sizes(readFileSync(cdnFile)), budget.cdn],
  ['stat-card entry, without data', sizes(await bundle('dist/esm/components/stat-card/define.js', withoutData)), budget.element],
  ['comparison-bar entry, without data', sizes(await bundle('dist/esm/components/comparison-bar/define.js', withoutData)), budget.element],
  ['trend-line entry, without data', sizes(await bundle('dist/esm/components/trend-line/define.js', withoutData)), budget.element],
  ['data: every finding (dataset module)', sizes(await bundle('dist/esm/data/dataset.generated.js')), undefined],
  ['data API: microcredential-widgets/data', sizes(await bundle('dist/esm/data/index.js')), undefined],
];

// What loads only when needed, beside the CDN script: the authoring module (an author's own values, the error
// box's English words, the closest ids), and each language's words, fetched only by pages in that language, against
// the language's own text (every string of data/i18n/<lang>.json, nothing else) compressed alone.
rows.push(['authoring.js: own values, error messages (on demand)', sizes(readFileSync('dist/cdn/authoring.js')), undefined]);
const textOf = (value) => {
  const strings = [];
  const collect = (each) => (typeof each === 'string' ? strings.push(each) : each && typeof each === 'object' && Object.values(each).forEach(collect));
  collect(value);
  return strings.join('\n');
};
const languageRows = readdirSync('dist/cdn/i18n')
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => {
    const language = file.replace(/\.js$/, '');
    const translation = JSON.parse(readFileSync(`data/i18n/${language}.json`, 'utf8'));
    delete translation.$comment;
    return [language, sizes(readFileSync(`dist/cdn/i18n/${file}`)), sizes(textOf(translation))];
  });

const baseline = rows[0][1].gzip;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`${'what'.padEnd(44)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)} ${'× Lit'.padStart(6)}  budget (gzip)`);
let over = 0;
for (const [name, size, limit] of rows) {
  const verdict = limit === undefined ? '' : size.gzip <= limit ? `ok, ≤ ${kb(limit)}` : `OVER ${kb(limit)} by ${size.gzip - limit} bytes`;
  if (limit !== undefined && size.gzip > limit) over++;
  console.log(
    `${name.padEnd(44)} ${kb(size.raw).padStart(9)} ${kb(size.gzip).padStart(9)} ${kb(size.brotli).padStart(9)} ${(size.gzip / baseline).toFixed(2).padStart(6)}  ${verdict}`,
  );
}
console.log(`\n${'language file (dist/cdn/i18n/)'.padEnd(44)} ${'gzip'.padStart(9)} ${'its text'.padStart(9)}  file ÷ text`);
for (const [language, file, text] of languageRows) {
  console.log(`${`${language}.js`.padEnd(44)} ${kb(file.gzip).padStart(9)} ${kb(text.gzip).padStart(9)}  ${(file.gzip / text.gzip).toFixed(2)}`);
}
if (over > 0) {
  console.error(`\n${over} file(s) over the budget in size-budget.json.`);
  process.exit(1);
}
