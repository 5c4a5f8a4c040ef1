import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';

const defineEntries = Object.fromEntries(
  readdirSync('src/define').map((file) => [`define/${file.replace(/\.ts$/, '')}`, `src/define/${file}`]),
);

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
    external: (id) => /^(lit|@lit|@lit-labs|ky|zod)(\/|$)/.test(id),
    plugins: [typescript({ tsconfig: 'tsconfig.build.json' })],
  },
  // 2. CDN / plain HTML: everything in one minified, self-registering file.
  {
    input: 'src/bundle/tenantkit.ts',
    // One file: the catalogs that npm builds load on first use are inlined here.
    output: { file: 'dist/tenantkit.min.js', format: 'esm', sourcemap: true, inlineDynamicImports: true },
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
];
