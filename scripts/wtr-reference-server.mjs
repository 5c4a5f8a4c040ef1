// A web-test-runner plugin that starts the reference server (fresh PGlite database, demo data with
// Bulk GmbH) for the run, so browser tests can check the elements against the real contract.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const freePort = () =>
  new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** `state.apiUrl` is set once the server listens (before any test page is served). */
export function referenceServer(state) {
  let child;
  let dataDir;
  return {
    name: 'tenantkit-reference-server',
    async serverStart({ config }) {
      const port = await freePort();
      dataDir = mkdtempSync(join(tmpdir(), 'tenantkit-wtr-'));
      child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        env: {
          ...process.env,
          PORT: String(port),
          TENANTKIT_DATA: dataDir,
          TENANTKIT_ALLOWED_ORIGINS: `http://localhost:${config.port},http://127.0.0.1:${config.port}`,
          DATABASE_URL: '',
          NODE_ENV: 'test',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('reference server did not start in 60 s')), 60_000);
        child.once('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
        child.stdout.on('data', (chunk) => {
          if (String(chunk).includes('reference server on')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
      state.apiUrl = `http://127.0.0.1:${port}/api`;
    },
    async serverStop() {
      child?.kill();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
