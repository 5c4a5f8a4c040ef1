import type * as z from 'zod/mini';
import type { FieldProblem } from './schemas/problem.js';

/**
 * The field-problem codes of the contract. The reference server, the memory client and the
 * forms all derive them here from schema issues, so a UI can translate any of them by code.
 * Server-only checks (a duplicate e-mail, a weak password) use codes of their own.
 */
export type FieldProblemCode =
  'required' | 'email' | 'too-long' | 'end-before-start' | 'unknown-field' | 'invalid';

const MESSAGES: Record<FieldProblemCode, string> = {
  required: 'This field is required.',
  email: 'Enter a valid e-mail address.',
  'too-long': 'This entry is too long.',
  'end-before-start': 'The end must be after the start.',
  'unknown-field': 'This field is not accepted.',
  invalid: 'This value is not valid.',
};

/** Schema issues as field problems with dotted paths; each unknown key is a problem of its own. */
export function fieldProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String);
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => problem([...path, key].join('.'), 'unknown-field'));
    return [problem(path.join('.'), codeOf(issue))];
  });
}

/**
 * Checks a request body against its schema, as the server will, and returns the problems
 * by dotted field path (empty when valid). Forms use this to show errors before sending.
 */
export function validate(schema: z.ZodMiniType, value: unknown): FieldProblem[] {
  const result = schema.safeParse(value);
  return result.success ? [] : fieldProblems(result.error.issues);
}

const problem = (path: string, code: FieldProblemCode): FieldProblem => ({
  path,
  code,
  message: MESSAGES[code],
});

function codeOf(issue: z.core.$ZodIssue): FieldProblemCode {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'required';
  if (issue.code === 'too_big') return 'too-long';
  if (issue.code === 'invalid_format' && issue.format === 'email') return 'email';
  // Refinements in the schemas carry their code as the message (`end-before-start`, `required`).
  if (issue.code === 'custom' && issue.message in MESSAGES) return issue.message as FieldProblemCode;
  return 'invalid';
}
