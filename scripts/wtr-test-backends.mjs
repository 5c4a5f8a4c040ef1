// A web-test-runner plugin that starts a test backend written in TypeScript (test/scim/server.ts,
// test/globex/server.ts) on a free loopback port for the run. The backend prints "listening on <port>";
// `state[name]` is then its origin, which the test page reads from `window.__TK_BACKENDS__`.
import { spawn } from 'node:child_process';

export function testBackend(state, name, entry, env = {}) {
  let child;
  return {
    name: `tenantkit-test-backend-${name}`,
    async serverStart() {
      child = spawn(process.execPath, ['--import', 'tsx', entry], {
        env: { ...process.env, ...env, PORT: '0' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const port = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${entry} did not start in 30 s`)), 30_000);
        child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}`)));
        child.stdout.on('data', (chunk) => {
          const found = /listening on (\d+)/.exec(String(chunk));
          if (found) {
            clearTimeout(timer);
            resolve(found[1]);
          }
        });
      });
      state[name] = `http://127.0.0.1:${port}`;
    },
    async serverStop() {
      child?.kill();
    },
  };
}
