import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { ACT_AS_HEADER } from '../../src/api/client.js';
import type { ServerConfig } from '../config.js';

/**
 * The strict policy the example portal runs under, proving the library needs no inline script,
 * no inline style and no string-to-HTML sinks besides lit-html's trusted-types policy.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The Vue and Svelte examples' frameworks create trusted-types policies of their own. */
const FRAMEWORK_POLICIES: Record<string, string> = { '/vue/': 'vue', '/svelte/': 'svelte-trusted-html' };

export function contentSecurityPolicy(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const example = Object.keys(FRAMEWORK_POLICIES).find((path) => c.req.path.startsWith(path));
    c.header(
      'Content-Security-Policy',
      example ? `${CONTENT_SECURITY_POLICY} ${FRAMEWORK_POLICIES[example]}` : CONTENT_SECURITY_POLICY,
    );
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
  };
}

/** CORS for the API: the server's own origin and `TENANTKIT_ALLOWED_ORIGINS`, nothing else. */
export function apiCors(config: ServerConfig): MiddlewareHandler {
  const allowed = new Set([new URL(config.publicUrl).origin, ...config.allowedOrigins]);
  return cors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    allowHeaders: [
      'Authorization',
      'Content-Type',
      'If-Match',
      'Accept-Language',
      ACT_AS_HEADER,
      'X-CSRF-Token',
      'Idempotency-Key',
    ],
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    exposeHeaders: ['ETag', 'Retry-After', 'Location'],
    maxAge: 600,
  });
}
