import * as z from 'zod/mini';
import type { FieldProblem } from '../../src/api/schemas/index.js';
import { HttpError } from './problem.js';

/** Zod issues as field problems with dotted paths; unknown keys become one problem each. */
export function toFieldProblems(issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        code: 'unrecognized_key',
        message: 'This field is not accepted.',
      }));
    return [{ path, code: issue.code, message: issue.message }];
  });
}

/** Parses `value` with `schema`, or throws 422 with one problem per offending field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new HttpError(422, 'The request has invalid fields.', toFieldProblems(result.error.issues));
  return result.data;
}

/** The JSON body of a request, parsed with `schema`. */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    throw new HttpError(400, 'The body must be JSON.');
  }
  return parseOrThrow(schema, json);
}
