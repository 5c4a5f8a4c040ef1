import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { tenantkitFromThisRepository } from '../shared/vite-tenantkit.mjs';

// Built by `npm run examples:build` into dist/ (git-ignored); `npm start` serves it at /vue/dist/.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [
    // Vue leaves tk-* tags to the browser: they are custom elements, not Vue components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('tk-') } } }),
    tenantkitFromThisRepository(),
  ],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
