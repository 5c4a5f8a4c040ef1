import * as z from 'zod/mini';

/** A problem with one field of a request body; `path` is dotted (`primaryAdmin.email`). */
export const FieldProblem = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type FieldProblem = z.infer<typeof FieldProblem>;

/** RFC 9457 problem details, as every error response of the API. */
export const Problem = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(FieldProblem)),
});
export type Problem = z.infer<typeof Problem>;
