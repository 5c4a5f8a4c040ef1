import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

/** <tk-import>'s parser modules, which the one-file bundle loads as files of their own. */
const PARSER = /(csv|xlsx)-parser(?:\.[jt]s)?$/;

export default [
  // 1. npm: one module per source file, with declarations; dependencies stay external.
  {
    input: {
      index: 'src/index.ts',
      'api/index': 'src/api/index.ts',
      'api/memory/index': 'src/api/memory/index.ts',
      'api/memory/demo-data': 'src/api/memory/demo-data.ts',
      ...defineEntries,
    },
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    external: (id) => /^(lit|@lit|@lit-labs|ky|zod|papaparse|@e965\/xlsx)(\/|$)/.test(id),
    plugins: [typescript({ tsconfig: 'tsconfig.build.json' })],
  },
  // 2. CDN / plain HTML: everything in one minified, self-registering file.
  {
    input: 'src/bundle/tenantkit.ts',
    // One file: the catalogs that npm builds load on first use are inlined here.
    output: {
      file: 'dist/tenantkit.min.js',
      format: 'esm',
      sourcemap: true,
      inlineDynamicImports: true,
      // <tk-import>'s spreadsheet parsers stay files of their own (build 3), loaded on first use.
      paths: (id) => `./tenantkit-import-${PARSER.exec(id)[1]}.min.js`,
    },
    external: (id) => PARSER.test(id),
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        outDir: 'dist',
      }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
  // 3. The parsers for the one-file bundle: papaparse and SheetJS, each loaded when a file needs it.
  {
    input: {
      'tenantkit-import-csv.min': 'src/components/import/csv-parser.ts',
      'tenantkit-import-xlsx.min': 'src/components/import/xlsx-parser.ts',
    },
    output: { dir: 'dist', format: 'esm', sourcemap: true, chunkFileNames: 'tenantkit-import-[hash].min.js' },
    plugins: [
      nodeResolve({ exportConditions: ['browser', 'production'] }),
      commonjs(),
      typescript({
        tsconfig: 'tsconfig.build.json',
        declaration: false,
        declarationMap: false,
        outDir: 'dist',
      }),
      terser({ format: { comments: false }, ecma: 2022, module: true }),
    ],
  },
];
