// web-test-runner middleware: serves test/fixtures/** byte for byte. The dev server decodes every
// text-like file as UTF-8 before its plugins see it, which turns a Windows-1252 CSV (the German
// Excel export <tk-import> must read) into U+FFFD before the browser gets it.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const ROOT = normalize(join(process.cwd(), 'test/fixtures'));
const TYPES = { '.csv': 'text/csv', '.xlsx': 'application/octet-stream' };

export function rawFixtures() {
  return async (ctx, next) => {
    const path = decodeURIComponent(ctx.path);
    if (!path.startsWith('/test/fixtures/') || !(extname(path) in TYPES)) return next();
    const file = normalize(join(process.cwd(), path));
    if (!file.startsWith(ROOT)) return next();
    try {
      ctx.body = await readFile(file);
    } catch {
      return next();
    }
    ctx.type = TYPES[extname(path)];
  };
}
