import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A port nobody listens on right now (the OS picks it). */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
    probe.on('error', reject);
  });

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * The reference server as `npm start` runs it (server/main.ts, the built library in dist/), on
 * 127.0.0.1, a free port and a fresh PGlite folder that is removed afterwards.
 */
export async function startServer(): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tenantkit-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      TENANTKIT_DATA: dataDir,
      TENANTKIT_BULK: '0',
      // The journeys sign the same demo users in more often than 10 times in 15 minutes.
      TENANTKIT_LOGIN_LIMIT: '1000',
      DATABASE_URL: '',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // A runner that dies on an error must not leave the server behind.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the reference server did not start in 60 s')), 60_000);
    child.once('exit', (code) => reject(new Error(`the reference server exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('reference server on')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        process.off('exit', orphanGuard);
        child.once('exit', () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
