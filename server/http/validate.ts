import * as z from 'zod/mini';
import { fieldProblems } from '../../src/api/validate.js';
import { HttpError } from './problem.js';

/** Parses `value` with `schema`, or throws 422 with one problem per offending field. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const result = z.safeParse(schema, value);
  if (!result.success)
    throw new HttpError(422, 'The request has invalid fields.', fieldProblems(result.error.issues));
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
