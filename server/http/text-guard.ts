import type { MiddlewareHandler } from 'hono';
import { hasUnstorableText } from '../../src/api/schemas/text.js';
import { notFound } from './problem.js';

/**
 * Ids in paths follow the contract's text rule too: a NUL or a lone surrogate can name nothing
 * that was ever stored, so such a path is a 404 instead of a database error.
 */
export function pathTextGuard(): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url).pathname;
    let path = raw;
    try {
      path = decodeURIComponent(raw);
    } catch {
      // Percent-escapes that are not UTF-8 stay as they are: harmless text, found by no id.
    }
    if (hasUnstorableText(path)) throw notFound();
    await next();
  };
}
