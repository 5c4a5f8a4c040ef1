import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { tenantkitFromThisRepository } from '../shared/vite-tenantkit.mjs';

// Built by `npm run examples:build` into dist/ (git-ignored); `npm start` serves it at /svelte/dist/.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ preprocess: vitePreprocess() }), tenantkitFromThisRepository()],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
