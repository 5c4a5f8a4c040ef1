import { etagFor } from '../../src/api/client.js';
import { HttpError } from './problem.js';

/**
 * Optimistic concurrency: updates and deletes name the version they read (`If-Match: "<version>"`).
 * 428 without the header, 412 when it names another version.
 */
export function requireIfMatch(request: Request, currentVersion: number): void {
  const header = request.headers.get('If-Match');
  if (!header) throw new HttpError(428, 'Send If-Match with the ETag you read.');
  const tags = header.split(',').map((t) => t.trim());
  if (!tags.includes('*') && !tags.includes(etagFor(currentVersion)))
    throw new HttpError(412, 'The resource changed since you read it; reload and try again.');
}

/** A JSON response carrying the resource's ETag. */
export function versioned(body: { version: number }, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ETag: etagFor(body.version) },
  });
}

/** The version that a concurrent writer may already have replaced: an empty UPDATE means 412. */
export const staleVersion = () =>
  new HttpError(412, 'The resource changed since you read it; reload and try again.');
