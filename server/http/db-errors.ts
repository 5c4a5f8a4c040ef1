import { HttpError } from './problem.js';

/** SQLSTATEs of text the database cannot store (NUL, bytes that are not UTF-8). */
const UNSTORABLE_TEXT = new Set(['22021', '22P05']);
/** SQLSTATEs after which the same request, sent again, may well succeed. */
const TRANSIENT = new Set(['40001', '40P01', '55P03', '57P01', '57P02', '57P03', '53300']);
/** Socket errors of a database that went away. */
const CONNECTION_LOST = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);

/**
 * The API error for a database failure that is not the server's fault: text the contract's rule
 * did not catch becomes 422, a lost connection or a serialization conflict 503 with `Retry-After`.
 * Anything else stays a 500 (undefined here).
 */
export function httpErrorForDb(error: unknown): HttpError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && UNSTORABLE_TEXT.has(code))
    return new HttpError(422, 'The request holds text that cannot be stored.');
  const connection =
    (typeof code === 'string' && (CONNECTION_LOST.has(code) || code.startsWith('08'))) ||
    (typeof message === 'string' && /Connection terminated|connection .*closed|not queryable/i.test(message));
  if (connection || (typeof code === 'string' && TRANSIENT.has(code)))
    return new HttpError(503, 'The service is briefly unavailable; try again shortly.', undefined, {
      'Retry-After': '2',
    });
  return undefined;
}
