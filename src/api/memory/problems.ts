import type * as z from 'zod/mini';
import { ProvisioningError, type ErrorKind } from '../errors.js';
import type { FieldProblem } from '../schemas/problem.js';
import { acceptText } from '../schemas/text.js';
import { fieldProblems } from '../validate.js';

/** An error shaped like the reference server's: status, RFC 9457 problem and field problems. */
export function problem(
  kind: ErrorKind,
  status: number,
  title: string,
  errors: FieldProblem[] = [],
): ProvisioningError {
  return new ProvisioningError(kind, title, {
    status,
    fieldErrors: errors,
    problem: { type: 'about:blank', title, status, detail: title, ...(errors.length ? { errors } : {}) },
  });
}

export const notFound = (what: string, id: string) => problem('not-found', 404, `${what} ${id} not found`);

export const forbidden = (why: string) => problem('forbidden', 403, why);

/** 409 naming the field that clashes, so forms can show it there. */
export const conflict = (title: string, path?: string, code = 'conflict') =>
  problem('conflict', 409, title, path ? [{ path, code, message: title }] : []);

export const invalid = (path: string, code: string, message: string) =>
  problem('validation', 422, 'The request has invalid fields', [{ path, code, message }]);

/**
 * Parses a request body or query with its schema; failures become a 422 listing every field, with
 * dotted paths. The contract's text rule runs first, as on the reference server.
 */
export function validate<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const text = acceptText(value);
  if (text.problems.length) throw problem('validation', 422, 'The request has invalid fields', text.problems);
  const result = schema.safeParse(text.value);
  if (result.success) return result.data;
  throw problem('validation', 422, 'The request has invalid fields', fieldProblems(result.error.issues));
}
