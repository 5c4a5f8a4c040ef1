import type { FieldProblem, Problem } from '../../src/api/schemas/index.js';

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition failed',
  422: 'Validation failed',
  428: 'Precondition required',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error the API reports as `application/problem+json`; anything else becomes a bare 500. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    detail?: string,
    readonly errors?: FieldProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? TITLES[status] ?? 'Error');
  }

  toProblem(): Problem {
    return {
      type: 'about:blank',
      title: TITLES[this.status] ?? 'Error',
      status: this.status,
      detail: this.message,
      ...(this.errors?.length ? { errors: this.errors } : {}),
    };
  }
}

export const notFound = (what = 'Resource') => new HttpError(404, `${what} not found.`);
export const forbidden = (detail = 'Your role does not allow this.') => new HttpError(403, detail);
export const conflict = (detail: string, errors?: FieldProblem[]) => new HttpError(409, detail, errors);
export const fieldError = (status: 409 | 422, path: string, code: string, message: string) =>
  new HttpError(status, message, [{ path, code, message }]);

export function problemResponse(error: HttpError): Response {
  return new Response(JSON.stringify(error.toProblem()), {
    status: error.status,
    headers: { 'Content-Type': 'application/problem+json', ...error.headers },
  });
}
