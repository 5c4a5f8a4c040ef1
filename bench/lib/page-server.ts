/**
 * The browser benches' page: one bench/page module bundled as production code (minified, Lit's
 * production build) and served on loopback with a one-line HTML page that loads it.
 */
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Bundles `entry` (a URL of a bench/page module) as one minified ES module. */
export async function bundlePage(entry: URL): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    tsconfig: fileURLToPath(new URL('../../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** The HTML page that loads the bench script from `src`. */
export const pageHtml = (src: string) =>
  `<!doctype html><html lang="en"><body><script type="module" src="${src}"></script></body></html>`;

export interface PageServer {
  url: string;
  close(): void;
}

/**
 * Serves `js` at /bench.js and the page everywhere else, on 127.0.0.1; both under `csp` when
 * one is given.
 */
export function servePage(js: string, csp?: string): Promise<PageServer> {
  const server = createServer((req, res) => {
    const script = req.url === '/bench.js';
    res.writeHead(200, {
      'content-type': script ? 'text/javascript' : 'text/html',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    res.end(script ? js : pageHtml('/bench.js'));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => server.close(),
      }),
    ),
  );
}
