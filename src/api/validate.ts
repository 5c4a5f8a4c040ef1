import type * as z from 'zod/mini';
import type { FieldProblem } from './schemas/problem.js';

/**
 * Checks a request body against its schema, as the server will, and returns the problems
 * by dotted field path (empty when valid). Forms use this to show errors before sending.
 */
export function validate(schema: z.ZodMiniType, value: unknown): FieldProblem[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    code: problemCode(issue),
    message: issue.message,
  }));
}

/** Stable codes a UI can translate: `required`, `email`, `too-long`, `end-before-start`, `unknown-field`, `invalid`. */
function problemCode(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'required';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  if (issue.code === 'custom') return issue.message;
  return 'invalid';
}
