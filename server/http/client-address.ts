import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

/** The peer's IP address under @hono/node-server; in-process requests (tests) count as `local`. */
export function clientAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'local';
}
