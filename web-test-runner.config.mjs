import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { umdAsEsm } from './scripts/wtr-umd-as-esm.mjs';
import { referenceServer } from './scripts/wtr-reference-server.mjs';
import { testBackend } from './scripts/wtr-test-backends.mjs';
import { visualRegression } from './scripts/wtr-visual.mjs';
import { rawFixtures } from './scripts/wtr-raw-fixtures.mjs';

/** Browser tests run in Debian's Chromium (no browser download); as root it needs --no-sandbox. */
const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
});

/** The policy of issue 20, word for word. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; connect-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** Filled in by the reference-server plugin when it listens. */
const server = {};
/** Origins of the backends no one here wrote the protocol of (SCIMMY, "Globex"), by name. */
const backends = {};

export default {
  files: ['test/**/*.test.ts', '!test/csp/**'],
  groups: [
    {
      // The elements under the strict policy resellers use; a violation fails the test.
      name: 'csp',
      files: 'test/csp/**/*.test.ts',
      testRunnerHtml: (testFramework) =>
        `<!doctype html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}"></head>
          <body><script type="module" src="${testFramework}"></script></body></html>`,
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  // Fixture files byte for byte (a Windows-1252 CSV would otherwise be decoded as UTF-8).
  middleware: [rawFixtures()],
  plugins: [
    referenceServer(server),
    // The SCIM client's provider (SCIMMY), once as configured and once without sort support.
    testBackend(backends, 'scim', 'test/scim/server.ts'),
    testBackend(backends, 'scimNoSort', 'test/scim/server.ts', { SCIM_SORT: 'off' }),
    testBackend(backends, 'globex', 'test/globex/server.ts'),
    // Screenshot tests (test/visual): compare with committed baselines; TK_UPDATE_VISUAL=1 refreshes.
    visualRegression(),
    // papaparse (<tk-import>'s CSV parser) is published as CommonJS/UMD only.
    umdAsEsm(/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  browsers: [chromium],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  // Contract tests (`*.server.test.ts`) read the reference server's API URL from this global.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html lang="en"><body>
      <script>window.__TK_SERVER__ = ${JSON.stringify(server.apiUrl ?? null)};
        window.__TK_BACKENDS__ = ${JSON.stringify(backends)};</script>
      <script type="module" src="${testFramework}"></script></body></html>`,
};
