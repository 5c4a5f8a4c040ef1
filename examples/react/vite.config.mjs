import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { tenantkitFromThisRepository } from '../shared/vite-tenantkit.mjs';

// Built by `npm run examples:build` into dist/ (git-ignored); `npm start` serves it at /react/dist/.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), tenantkitFromThisRepository()],
  build: { outDir: 'dist', emptyOutDir: true },
  logLevel: 'warn',
});
