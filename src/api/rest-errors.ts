import { HTTPError, TimeoutError } from 'ky';
import type * as z from 'zod/mini';
import { ProvisioningError, kindForStatus } from './errors.js';
import { Problem } from './schemas/problem.js';
import type { ErrorMapper } from './rest-transport.js';

/** `METHOD /path`, to say in messages which request failed. */
export type RequestLabel = string;

/** Parses a response body with its schema; a mismatch names the first bad field, never returns half an object. */
export function parseResponse<S extends z.ZodMiniType>(
  schema: S,
  body: unknown,
  label: RequestLabel,
  status: number,
): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? issue.path.map(String).join('.') : '(root)';
  throw new ProvisioningError(
    'invalid-response',
    `${label}: unexpected response at ${path}: ${issue?.message ?? 'invalid'}`,
    {
      status,
      cause: result.error,
    },
  );
}

/** Parses a JSON body; anything that is not JSON is an `invalid-response`. */
export function parseJson(text: string, label: RequestLabel, status: number): unknown {
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new ProvisioningError('invalid-response', `${label}: response is not JSON`, { status, cause });
  }
}

/** Turns whatever a request threw into the one error type the client rejects with. */
export async function toProvisioningError(
  error: unknown,
  label: RequestLabel,
  signal: AbortSignal | undefined,
  mapError?: ErrorMapper,
): Promise<ProvisioningError> {
  // The caller's abort wins over whatever the transport made of it (AbortError, a reason, a failed read).
  if (signal?.aborted) return new ProvisioningError('aborted', `${label}: aborted`, { cause: error });
  if (error instanceof ProvisioningError) return error;
  if (error instanceof HTTPError) return fromErrorResponse(error.response, label, error, mapError);
  if (error instanceof TimeoutError) {
    return new ProvisioningError('timeout', `${label}: timed out`, { cause: error });
  }
  return new ProvisioningError('network', `${label}: network failure`, { cause: error });
}

/** Reads an error response: RFC 9457 problem details when the body holds them, the status alone otherwise. */
async function fromErrorResponse(
  response: Response,
  label: RequestLabel,
  cause: unknown,
  mapError: ErrorMapper | undefined,
): Promise<ProvisioningError> {
  const { status } = response;
  const body = await response.text().catch(() => '');
  const mapped = safely(() => mapError?.({ status, body, headers: response.headers, label }));
  if (mapped) return mapped;
  const problem = readProblem(body);
  const reason = problem?.detail ?? problem?.title ?? (response.statusText || 'request failed');
  return new ProvisioningError(kindForStatus(status), `${label}: ${status} ${reason}`, {
    status,
    problem,
    fieldErrors: problem?.errors,
    cause,
  });
}

/** A host's error mapper that throws falls back to the default reading: it must not replace the error. */
function safely(map: () => ProvisioningError | undefined): ProvisioningError | undefined {
  try {
    return map();
  } catch {
    return undefined;
  }
}

function readProblem(body: string): Problem | undefined {
  try {
    const parsed = Problem.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // A proxy's HTML page or an empty body: the status still says what happened.
  }
}
