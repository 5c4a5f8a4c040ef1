import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * Serves files under `root` for request paths under `prefix`; directories serve their index.html.
 * A missing root or file falls through (the app answers 404), so the server runs before a build.
 */
export function staticFiles(prefix: string, root: string): MiddlewareHandler {
  return async (c, next) => {
    const path = decodeURIComponent(c.req.path);
    if (!path.startsWith(prefix) || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return next();
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return next();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return c.body(body, 200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
    } catch {
      return next();
    }
  };
}
