import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import MagicString from 'magic-string';
import { readdirSync, rmSync } from 'node:fs';
import { minifyCss } from './scripts/minify-css.mjs';
import { collapseTemplateWhitespace } from './scripts/minify-html.mjs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

/** <tk-import>'s parser modules, which the one-file bundle loads as files of their own. */
const PARSER = /(csv|xlsx)-parser(?:\.[jt]s)?$/;

/** A translated catalog area (`de/user-manager`): its own file in the CDN folder, loaded on first use. */
const TRANSLATION = /locales\/(de|fr|hu)\/([\w-]+?)(?:\.[jt]s)?$/;
const translationEntries = Object.fromEntries(
  ['de', 'fr', 'hu'].flatMap((lang) =>
    readdirSync(`src/locales/${lang}`)
      .filter((file) => file !== 'index.ts')
      .map((file) => [`locales/${lang}/${file.replace(/\.ts$/, '')}`, `src/locales/${lang}/${file}`]),
  ),
);

/**
 * The CDN's one runtime chunk: lit (with @lit/context and @lit/task), zod, and the layers below the
 * elements (src/core, src/api, the core's strings) as far as an element uses them. Element modules
 * that two elements share get chunks of their own; ky and the REST client stay in the API entry,
 * which a page loads to configure its client. src/core/virtual holds the core modules of the virtual
 * lists (scroll window and geometry, block caches, rows on show): core by layer, but only the table,
 * the resource list and the import use them, so they go with those elements and the other pages do
 * not pay for them. A core module that only a few elements need belongs in such a folder, not in
 * the runtime.
 */
const LIBRARIES = /\/node_modules\/(lit|lit-html|lit-element|@lit\/(reactive-element|context|task)|zod)\//;
const LOWER_LAYERS = /\/src\/(core\/|api\/|locales\/(index|en\/core)\.ts$)/;
const VIRTUAL_LISTS = /\/src\/core\/virtual\//;
/**
 * The product-settings rule (src/api/settings.ts) is the server's and the memory client's; on a page
 * only the sub-account form runs it, so it goes with the form, as the virtual lists' modules do.
 */
const SUB_ACCOUNT_ONLY = /\/src\/api\/settings\.ts$/;
function runtimeChunk(id, { getModuleInfo }) {
  if (LIBRARIES.test(id)) return 'runtime';
  if (!LOWER_LAYERS.test(id) || VIRTUAL_LISTS.test(id) || SUB_ACCOUNT_ONLY.test(id)) return undefined;
  if (getModuleInfo(id).isEntry) return undefined;
  const seen = new Set([id]);
  const queue = [id];
  while (queue.length) {
    const info = getModuleInfo(queue.pop());
    if (info.isEntry && info.id.includes('/src/define/')) return 'runtime';
    for (const importer of info.importers) {
      if (seen.has(importer)) continue;
      seen.add(importer);
      queue.push(importer);
    }
  }
  return undefined;
}

/**
 * The contract's schema modules only define schemas, so one whose exports no code uses is left out
 * whole. Rollup cannot see that itself (a zod builder may throw, so it keeps every top-level call of
 * an imported module): without this every page downloaded the list queries and the request bodies
 * that only a server parses (src/api/schemas/queries.ts and requests.ts). package.json's
 * `sideEffects` tells npm users' bundlers the same.
 */
const SCHEMAS = /\/src\/api\/schemas\//;
const treeshake = { moduleSideEffects: (id) => !SCHEMAS.test(id) };

const browserPlugins = (outDir = 'dist') => [
  nodeResolve({ exportConditions: ['browser', 'production'] }),
  // papaparse requires Node's 'stream' inside its Node-only stream API: left as a require, not
  // hoisted to an import that no browser can resolve (the CSV parser failed to load at all).
  commonjs({ ignore: ['stream'] }),
  typescript({ tsconfig: 'tsconfig.build.json', declaration: false, declarationMap: false, outDir }),
  minifyCssTemplates(),
  minifyHtmlTemplates(),
  terser({ format: { comments: false }, ecma: 2022, module: true }),
];

export default [
  // 1. npm: one module per source file, with declarations; dependencies stay external.
  {
    input: {
      index: 'src/index.ts',
      'api/index': 'src/api/index.ts',
      'api/memory/index': 'src/api/memory/index.ts',
      'api/memory/demo-data': 'src/api/memory/demo-data.ts',
      'api/scim/index': 'src/api/scim/index.ts',
      'react/index': 'src/react/index.ts',
      ...defineEntries,
    },
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    external: (id) => /^(lit|@lit|@lit-labs|ky|zod|papaparse|@e965\/xlsx|react)(\/|$)/.test(id),
    // The npm files are readable modules, but their styles and templates ship minified like the CDN's.
    plugins: [typescript({ tsconfig: 'tsconfig.build.json' }), minifyCssTemplates(), minifyHtmlTemplates()],
  },
  // 2. Plain HTML in one file: everything minified and self-registering, with English inlined.
  {
    input: 'src/bundle/tenantkit.ts',
    output: {
      file: 'dist/tenantkit.min.js',
      format: 'esm',
      sourcemap: true,
      inlineDynamicImports: true,
      // <tk-import>'s spreadsheet parsers (build 3) and the other languages (the CDN folder's
      // catalog files, build 4) stay files of their own, loaded on first use.
      paths: (id) =>
        PARSER.test(id)
          ? `./tenantkit-import-${PARSER.exec(id)[1]}.min.js`
          : `./cdn/locales/${TRANSLATION.exec(id).slice(1).join('/')}.js`,
    },
    external: (id) => PARSER.test(id) || TRANSLATION.test(id),
    treeshake,
    plugins: browserPlugins(),
  },
  // 3. The parsers for the one-file bundle: papaparse and SheetJS, each loaded when a file needs it.
  {
    input: {
      'tenantkit-import-csv.min': 'src/components/import/csv-parser.ts',
      'tenantkit-import-xlsx.min': 'src/components/import/xlsx-parser.ts',
    },
    output: { dir: 'dist', format: 'esm', sourcemap: true, chunkFileNames: 'tenantkit-import-[hash].min.js' },
    plugins: browserPlugins(),
  },
  // 4. The CDN folder: tenantkit.loader.js imports define/<element>.js on first use of its tag; the
  // element chunks share chunks/runtime-*.js; every translated catalog area is a file of its own;
  // tenantkit.js is the API (clients, configure) without any element.
  {
    input: {
      'tenantkit.loader': 'src/loader/loader.ts',
      tenantkit: 'src/bundle/api.ts',
      ...Object.fromEntries(Object.entries(defineEntries).filter(([name]) => name !== 'define/all')),
      ...translationEntries,
    },
    output: {
      dir: 'dist/cdn',
      format: 'esm',
      sourcemap: true,
      chunkFileNames: 'chunks/[name]-[hash].js',
      manualChunks: runtimeChunk,
    },
    treeshake,
    plugins: [...browserPlugins('dist/cdn'), chunkManifest('manifest.json')],
  },
];

/**
 * Minifies the CSS in lit's css`` templates of our sources, which terser leaves as written
 * (scripts/minify-css.mjs; test/build/minify-css.test.ts checks that every element's styles keep
 * their rules).
 */
function minifyCssTemplates() {
  const TEMPLATE = /\bcss\s*`([^`]*)`/g; // TypeScript emits `css `
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = new MagicString(code);
      for (const match of code.matchAll(TEMPLATE)) {
        const start = match.index + match[0].length - match[1].length - 1;
        const css = minifyCss(match[1]);
        if (css !== match[1]) out.overwrite(start, start + match[1].length, css);
      }
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/**
 * Collapses the indentation in lit's html`` and svg`` templates of our sources, which terser
 * leaves as written (scripts/minify-html.mjs): 2–3 % of each element's gzip size. Only the
 * templates' static text changes, found in the module's syntax tree, never a `${…}` inside them.
 */
function minifyHtmlTemplates() {
  const walk = (node, visit) => {
    if (!node || typeof node.type !== 'string') return;
    visit(node);
    for (const value of Object.values(node))
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === 'object') walk(child, visit);
  };
  return {
    name: 'minify-html',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)\s*`/.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || !['html', 'svg'].includes(node.tag.name)) return;
        for (const { start, end } of node.quasi.quasis) {
          const text = code.slice(start, end);
          const collapsed = collapseTemplateWhitespace(text);
          if (collapsed !== text) out.overwrite(start, end, collapsed);
        }
      });
      return { code: out.toString(), map: out.generateMap({ hires: true }) };
    },
  };
}

/** Writes which files each output file imports, for `npm run size` (what a page loads with it). */
function chunkManifest(fileName) {
  return {
    name: 'chunk-manifest',
    // The folder holds only this build's files (chunk names carry hashes).
    buildStart: () => rmSync('dist/cdn', { recursive: true, force: true }),
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const manifest = Object.fromEntries(
        chunks.map((c) => [c.fileName, { imports: c.imports, dynamicImports: c.dynamicImports }]),
      );
      this.emitFile({ type: 'asset', fileName, source: JSON.stringify(manifest, null, 2) });
    },
  };
}
