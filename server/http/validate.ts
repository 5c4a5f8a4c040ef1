import * as z from 'zod/mini';
import { acceptText } from '../../src/api/schemas/text.js';
import { fieldProblems } from '../../src/api/validate.js';
import { HttpError } from './problem.js';

/**
 * Parses `value` with `schema`, or throws 422 with one problem per offending field. The contract's
 * text rule (`acceptText`) runs first: NUL and lone surrogates are refused, a leading BOM removed.
 */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const text = acceptText(value);
  if (text.problems.length) throw new HttpError(422, 'The request has invalid fields.', text.problems);
  const result = z.safeParse(schema, text.value);
  if (!result.success)
    throw new HttpError(422, 'The request has invalid fields.', fieldProblems(result.error.issues));
  return result.data;
}

/** Bytes that are not UTF-8 fail here instead of turning silently into U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The JSON body of a request, parsed with `schema`. */
export async function readBody<S extends z.ZodMiniType>(request: Request, schema: S): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(await request.arrayBuffer()));
  } catch {
    throw new HttpError(400, 'The body must be JSON in UTF-8.');
  }
  return parseOrThrow(schema, json);
}
