import type { FieldProblem, Problem } from './schemas/problem.js';

/** What went wrong, in terms a user interface can act on. */
export type ErrorKind =
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'precondition-failed'
  | 'validation'
  | 'rate-limited'
  | 'invalid-response'
  | 'server';

export interface ProvisioningErrorInit {
  status?: number;
  fieldErrors?: FieldProblem[];
  problem?: Problem;
  cause?: unknown;
}

/** The one error type every `ProvisioningClient` rejects with. */
export class ProvisioningError extends Error {
  override name = 'ProvisioningError';
  readonly kind: ErrorKind;
  /** HTTP status, when a response arrived. */
  readonly status?: number;
  /** Problems with single fields of the request body (validation, conflicts). */
  readonly fieldErrors: FieldProblem[];
  readonly problem?: Problem;

  constructor(kind: ErrorKind, message: string, init: ProvisioningErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.kind = kind;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.problem = init.problem;
  }

  /** Field problems grouped by path, for forms. */
  fieldMessages(): Map<string, string[]> {
    const byPath = new Map<string, string[]>();
    for (const f of this.fieldErrors) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f.message]);
    return byPath;
  }

  /** True when retrying the same request may succeed. */
  get retryable(): boolean {
    return ['network', 'timeout', 'server', 'rate-limited'].includes(this.kind);
  }
}

export const isProvisioningError = (e: unknown): e is ProvisioningError => e instanceof ProvisioningError;

/** Maps an HTTP status to an error kind. */
export function kindForStatus(status: number): ErrorKind {
  switch (status) {
    case 401:
      return 'unauthorized';
    case 403:
      return 'forbidden';
    case 404:
      return 'not-found';
    case 408:
      return 'timeout';
    case 409:
      return 'conflict';
    case 412:
    case 428:
      return 'precondition-failed';
    case 400:
    case 422:
      return 'validation';
    case 429:
      return 'rate-limited';
    default:
      return 'server';
  }
}
