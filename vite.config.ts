import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { minifyLiterals } from './build/minify-literals.js';

const server = { host: '127.0.0.1', port: 5173 };

/** Minified output without the bundler's `@__PURE__` notes: a finished file has nothing left to tree-shake. */
const minified = { minify: true, comments: { annotation: false } } as const;

/** The one-file builds carry only the data the elements show (see src/data/widgets-dataset.ts). */
const widgetsData = {
  alias: [{ find: /^\.\/dataset\.generated\.js$/, replacement: fileURLToPath(new URL('./src/data/dataset.widgets.generated.ts', import.meta.url)) }],
};

/**
 * `vite` (npm start) serves the site from the sources. Builds, chosen by --mode:
 * - `cdn`: dist/cdn/microcredential-widgets.js, one minified file with Lit and the data;
 * - `esm`: dist/esm/, one module per source file for bundlers (Lit left as a dependency);
 * - `embed`: dist/embed.html, one widget per page for iframes;
 * - `resizer`: dist/embed-resizer.js, for the pages that hold those iframes;
 * - `wordpress`: the WordPress plugin's block editor script, one classic script using WordPress's
 *   `wp.*` globals, written into the plugin folder that scripts/build-wordpress.ts assembles;
 * - `site`: the demo site as static files in dist/site/ (npm run build:site), relative URLs.
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'cdn') {
    return {
      resolve: widgetsData,
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist/cdn',
        target: 'es2022',
        lib: { entry: 'src/cdn.ts', formats: ['es'], fileName: () => 'microcredential-widgets.js' },
        // Each language's words are a file beside the script (i18n/de.js), fetched only by pages in that language; the
        // authoring module (authoring.js: authors' own values, error messages) only by widgets that need it.
        rolldownOptions: {
          // Lets the bundler keep what the entry and those files share in the entry, one file, not a third.
          preserveEntrySignatures: 'allow-extension',
          output: {
            ...minified,
            chunkFileNames: (chunk) => (chunk.name.endsWith('.generated') ? `i18n/${chunk.name.replace('.generated', '')}.js` : '[name].js'),
          },
        },
      },
    };
  }
  if (mode === 'esm') {
    return {
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist/esm',
        target: 'es2022',
        minify: false,
        lib: {
          entry: {
            index: 'src/index.ts',
            'data/index': 'src/data/index.ts',
            'components/stat-card/define': 'src/components/stat-card/define.ts',
            'components/comparison-bar/define': 'src/components/comparison-bar/define.ts',
            'components/trend-line/define': 'src/components/trend-line/define.ts',
            'export/cli': 'src/export/cli.ts',
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: [/^lit(\/|$)/, /^@lit-labs\//, /^node:/],
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  if (mode === 'embed') {
    // dist/embed.html: one widget per page, for iframes. Relative URLs, so dist/ can live under any path.
    return {
      base: './',
      resolve: widgetsData,
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        rolldownOptions: { input: { embed: 'embed.html' }, output: minified },
      },
    };
  }
  if (mode === 'resizer') {
    // dist/embed-resizer.js: the one small file a page holding embed iframes loads.
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: 'embed/resizer.ts', formats: ['es'], fileName: () => 'embed-resizer.js' },
        rolldownOptions: { output: minified },
      },
    };
  }
  if (mode === 'wordpress') {
    return {
      resolve: widgetsData,
      build: {
        outDir: 'dist/wordpress/microcredential-widgets/build',
        emptyOutDir: false,
        target: 'es2020',
        lib: { entry: 'wordpress/editor/index.ts', formats: ['iife'], name: 'microcredentialWidgetsEditor', fileName: () => 'editor.js' },
        rolldownOptions: { output: minified },
      },
    };
  }
  if (mode === 'site') {
    // Every page keeps its path (site/gallery.html), so links between pages are the same relative URLs as under npm start.
    const pages = ['index.html', 'embed.html', ...['gallery', 'article', 'newsletter', 'iframe', 'states'].map((page) => `site/${page}.html`)];
    return {
      base: './',
      plugins: [minifyLiterals()],
      build: {
        outDir: 'dist/site',
        target: 'es2022',
        rolldownOptions: { input: pages.map((page) => fileURLToPath(new URL(page, import.meta.url))) },
      },
    };
  }
  return { server, preview: server };
});
