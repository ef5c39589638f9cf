/**
 * The published package, as a user gets it: `npm pack`, installed into an empty
 * project, then used from Node, from TypeScript, from a bundler and from a
 * plain HTML page with one script tag (in Chromium, Firefox and WebKit). Needs
 * `npm run build` first.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { inEachEngine, PROBE_SCRIPT, probed } from './engines.js';
import { CONTENT_TYPES, serve, type TestServer } from './support.js';

const repo = process.cwd();
const project = mkdtempSync(join(tmpdir(), 'mcw-consumer-'));
const run = (command: string, args: string[], cwd = project) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('the packed package in an empty project', () => {
  before(() => {
    assert.ok(existsSync(join(repo, 'dist/cdn/microcredential-widgets.js')), 'run `npm run build` first');
    const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], repo));
    const tarball = packed[0].filename;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(project, tarball)]);
  });
  after(() => rmSync(project, { recursive: true, force: true }));

  it('ships the builds, types, manifest and data, and nothing of the source tree', () => {
    const installed = join(project, 'node_modules/microcredential-widgets');
    for (const file of [
      'dist/cdn/microcredential-widgets.js',
      'dist/esm/index.js',
      'dist/esm/index.d.ts',
      'dist/esm/data/index.js',
      'dist/esm/components/stat-card/define.d.ts',
      'custom-elements.json',
      'data/findings.json',
      'LICENSE',
      'README.md',
    ]) {
      assert.ok(existsSync(join(installed, file)), file);
    }
    for (const absent of ['src', 'tests', 'stories', 'node_modules']) assert.ok(!existsSync(join(installed, absent)), absent);
  });

  it('installs Lit and what Lit needs, nothing else', () => {
    const installed = join(project, 'node_modules/microcredential-widgets');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.deepEqual(Object.keys(manifest.dependencies), ['lit']);
    assert.deepEqual(manifest.peerDependenciesMeta, { '@lit-labs/ssr': { optional: true } });
    // Every package in node_modules is this one or in Lit's own dependency tree.
    const dependenciesOf = (name: string): string[] =>
      Object.keys(JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8')).dependencies ?? {});
    const litTree = new Set<string>();
    for (const queue = ['lit']; queue.length; ) {
      const name = queue.shift() ?? '';
      if (!litTree.has(name)) queue.push(...dependenciesOf(name));
      litTree.add(name);
    }
    const present = readdirSync(join(project, 'node_modules'))
      .filter((entry) => !entry.startsWith('.'))
      .flatMap((entry) => (entry.startsWith('@') ? readdirSync(join(project, 'node_modules', entry)).map((inner) => `${entry}/${inner}`) : [entry]));
    assert.deepEqual(present.sort(), ['microcredential-widgets', ...litTree].sort());
  });

  it('ships type declarations that import no package but Lit (React types only for the JSX entry)', () => {
    const folder = join(project, 'node_modules/microcredential-widgets/dist/esm');
    const declarations = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.d.ts'));
    assert.ok(declarations.length > 20, `${declarations.length} declaration files`);
    const imports = declarations.flatMap((file) =>
      [...readFileSync(join(folder, file), 'utf8').matchAll(/(?:from|import\()\s*['"]([^'"]+)['"]/g)]
        .map((match) => match[1] ?? '')
        .filter((specifier) => !specifier.startsWith('.'))
        .map((specifier) => `${file}: ${specifier}`),
    );
    const allowed = (entry: string) => /: lit(\/|$)/.test(entry) || /^react\.d\.ts: (react|microcredential-widgets\/react)$/.test(entry);
    assert.deepEqual(imports.filter((entry) => !allowed(entry)), []);
    assert.ok(imports.some((entry) => entry.endsWith(': lit')), 'the element declarations import lit');
  });

  it('renders email and SVG from the command line without Lit SSR, says in one line what html needs, and renders html once it is installed', () => {
    const cli = (format: string) =>
      spawnSync(join(project, 'node_modules/.bin/microcredential-widgets'), ['render', 'stat-card', '--finding', 'entry-level-raise', '--format', format], { cwd: project, encoding: 'utf8' });
    for (const format of ['email', 'svg']) {
      const result = cli(format);
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.length > 500, format);
    }
    const html = cli('html');
    assert.equal(html.status, 2);
    assert.equal(html.stdout, '');
    assert.equal(html.stderr, 'microcredential-widgets: the html format needs Lit SSR, an optional dependency: npm install @lit-labs/ssr\n');
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '@lit-labs/ssr@4']);
    const rendered = cli('html');
    assert.equal(rendered.status, 0, rendered.stderr);
    assert.match(rendered.stdout, /<stat-card[^>]*><template shadowrootmode="open">/);
  });

  it('serves the data API in Node', () => {
    const output = run(process.execPath, [
      '--input-type=module',
      '-e',
      "import { getFinding, queryFindings } from 'microcredential-widgets/data';" +
        "console.log(getFinding('students-want-credit-bearing').kind, queryFindings({ report: 'mcir-2024' }).length > 10)",
    ]);
    assert.equal(output.trim(), 'trend true');
  });

  it('type-checks a consumer that uses elements and data', () => {
    writeFileSync(
      join(project, 'check.ts'),
      `import { getFinding, type Finding } from 'microcredential-widgets/data';
import type { StatCard } from 'microcredential-widgets';
import 'microcredential-widgets/trend-line';
const card: StatCard = document.createElement('stat-card');
card.finding = 'entry-level-raise';
const line = document.createElement('trend-line');
line.data = [{ label: '2023', value: 55 }, { label: '2025', value: 94 }];
const finding: Finding | undefined = getFinding('entry-level-raise');
export { card, line, finding };
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
        files: ['check.ts'],
      }),
    );
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  });

  it('types the elements in React JSX, attribute names and values', () => {
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '@types/react@19']);
    writeFileSync(
      join(project, 'check-jsx.tsx'),
      `import type {} from 'microcredential-widgets/react';
export const card = <stat-card finding="entry-level-raise" theme="dark" />;
export const line = <trend-line data={[{ label: '2023', value: 55 }, { label: '2025', value: 94 }]} locale="de" />;
export const own = <comparison-bar data='[{"label":"Without","value":36}]' unit="count" label="Enrolment" theme="auto" />;
export const figure = <stat-card value="42" unit="percent-increase" />;
// @ts-expect-error a misspelt attribute is a type error
export const misspelt = <stat-card findng="entry-level-raise" />;
// @ts-expect-error a theme that does not exist
export const blue = <stat-card theme="blue" />;
// @ts-expect-error a unit that does not exist
export const percentage = <stat-card unit="percentage" />;
// @ts-expect-error data that is no array
export const text = <trend-line data="not an array" />;
// @ts-expect-error points without values
export const shapeless = <comparison-bar data={[{ label: 'a' }]} />;
// @ts-expect-error a value that is not a number
export const word = <stat-card value="many" />;
`,
    );
    writeFileSync(
      join(project, 'tsconfig.jsx.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, jsx: 'react-jsx', module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [] },
        files: ['check-jsx.tsx'],
      }),
    );
    run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.jsx.json']);
  });

  it('lets a bundler register one element without the others', () => {
    mkdirSync(join(project, 'app'), { recursive: true });
    writeFileSync(join(project, 'app/main.js'), "import 'microcredential-widgets/stat-card';\n");
    writeFileSync(join(project, 'app/index.html'), '<script type="module" src="./main.js"></script>\n');
    run(process.execPath, [join(repo, 'node_modules/vite/bin/vite.js'), 'build', 'app', '--outDir', '../app-dist', '--logLevel', 'error']);
    const assets = join(project, 'app-dist/assets');
    const code = readdirSync(assets).filter((file) => file.endsWith('.js')).map((file) => readFileSync(join(assets, file), 'utf8')).join('\n');
    // Each element's own design token appears only in its own styles.
    assert.match(code, /--mcw-stat-card-accent/);
    assert.doesNotMatch(code, /--mcw-comparison-bar-highlight/);
    assert.doesNotMatch(code, /--mcw-trend-line-color/);
  });

  describe('in a plain HTML page with one script tag', () => {
    let server: TestServer;
    before(async () => {
      writeFileSync(
        join(project, 'page.html'),
        `<!doctype html><html lang="en"><head><title>page</title><script src="probe.js"></script></head><body>
<stat-card finding="employers-higher-starting-salary"></stat-card>
<comparison-bar finding="students-enrolment-by-credential-type"></comparison-bar>
<trend-line finding="students-want-credit-bearing"></trend-line>
<script type="module" src="node_modules/microcredential-widgets/dist/cdn/microcredential-widgets.js"></script>
</body></html>`,
      );
      writeFileSync(join(project, 'probe.js'), PROBE_SCRIPT);
      server = await serve((path, _request, response) => {
        const file = join(project, path);
        if (!file.startsWith(project) || !existsSync(file)) return void response.writeHead(404).end();
        response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
      });
    });
    after(() => server.close());

    inEachEngine('renders every element', (browser) => {
      it('shows each element\'s figure', async () => {
        const page = await browser().newPage();
        await page.goto(`${server.origin}/page.html`);
        await page.waitFor(
          () => ['stat-card', 'comparison-bar', 'trend-line'].every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="statement"]')),
          {},
        );
        const values = await page.evaluate(() =>
          ['stat-card [part~="value"]', 'comparison-bar [part~="difference"]', 'trend-line [part~="change"]'].map((selector) => {
            const [tag, part] = selector.split(' ');
            return document.querySelector(tag ?? '')?.shadowRoot?.querySelector(part ?? '')?.textContent?.replace(/\s+/g, ' ').trim();
          }),
        );
        const { errors } = await probed(page);
        await page.close();
        assert.deepEqual(values, [
          '9 in 10 90%',
          '+52 points (2.4×) for With credit-bearing micro-credentials compared with No micro-credentials',
          '+39 points since 2023',
        ]);
        assert.deepEqual(errors, []);
      });
    });
  });
});
