import ky, { type KyInstance } from 'ky';
import { ProvisioningError } from './errors.js';
import { toProvisioningError } from './rest-errors.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Tuning of automatic retries; which methods and statuses retry is fixed (see `RestClientOptions.retry`). */
export interface RestRetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** Delay before retry `attempt` (1-based) in ms; default 300 ms doubling. */
  delay?: (attempt: number) => number;
  /** Upper bound of one backoff delay in ms. */
  backoffLimit?: number;
  /** Upper bound of a server's `Retry-After` in ms; default the timeout. */
  maxRetryAfter?: number;
}

/** The connection options of `createRestClient()` (all but `paths`). */
export interface TransportOptions {
  /** Where the API lives, absolute or relative to the page (`/api`). */
  baseUrl: string;
  /**
   * Returns the bearer token; called before every request, so keep tokens in memory and hand out the
   * current one. After a 401 it is called once more and the request repeated once.
   */
  getToken?: () => string | null | undefined | Promise<string | null | undefined>;
  /** Extra headers, or a function returning them for each request. */
  headers?: Record<string, string> | (() => Record<string, string>);
  /** `include` for cookie sessions on another origin. */
  credentials?: RequestCredentials;
  /** A CSRF token sent in `header` on POST, PUT, PATCH and DELETE (cookie-session backends). */
  csrf?: { header: string; token: () => string | null };
  /** Replaces the transport (tests, proxies); defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Milliseconds to wait for each response before failing with kind `timeout` (default 15000). */
  timeout?: number;
  /**
   * Automatic retries of GET, PUT and DELETE after a network failure or a 408, 429, 500, 502, 503 or 504,
   * with exponential backoff, waiting as long as `Retry-After` says. POST and PATCH never retry.
   * A number is the limit (default 2).
   */
  retry?: number | RestRetryOptions;
  /** Sent as `Accept-Language`. */
  locale?: string | (() => string);
  /** Called when a request ends `unauthorized` even after a fresh token (e.g. to send the user to sign in). */
  onUnauthorized?: (error: ProvisioningError) => void;
  /**
   * Reads an error response of an API that does not answer with RFC 9457 problem details (a SCIM
   * error, `{ "error": … }`): return the error to reject with, or undefined for the default reading.
   */
  mapError?: ErrorMapper;
}

/** See `TransportOptions.mapError`; `label` is `METHOD /path`, for the message. */
export type ErrorMapper = (response: {
  status: number;
  body: string;
  headers: Headers;
  label: string;
}) => ProvisioningError | undefined;

export interface TransportRequest {
  method: HttpMethod;
  /** Path below `baseUrl`, already filled in. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  json?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** The body as text; the caller parses it, or ignores it where no content is expected. */
  text: string;
  etag: string | null;
}

const DEFAULT_TIMEOUT = 15_000;
const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Sends JSON requests over ky and turns every failure into a `ProvisioningError`. */
export function createTransport(
  options: TransportOptions,
): (request: TransportRequest) => Promise<TransportResponse> {
  const http = createKy(options);
  const baseUrl = options.baseUrl.replace(/\/+$/, '');

  const attempt = async (request: TransportRequest): Promise<TransportResponse> => {
    const url = baseUrl + request.path + queryString(request.query);
    const response = await http(url, {
      method: request.method,
      json: request.json,
      headers: request.headers,
      signal: request.signal,
    });
    return { status: response.status, text: await response.text(), etag: response.headers.get('ETag') };
  };

  const send = async (request: TransportRequest): Promise<TransportResponse> => {
    try {
      // Checked here too, so that an aborted call settles as aborted whatever the fetch makes of the signal.
      request.signal?.throwIfAborted();
      const response = await attempt(request);
      request.signal?.throwIfAborted();
      return response;
    } catch (error) {
      throw await toProvisioningError(
        error,
        `${request.method} ${request.path}`,
        request.signal,
        options.mapError,
      );
    }
  };

  return async (request) => {
    try {
      return await send(request).catch((error: ProvisioningError) => {
        // A 401 usually means the token expired: one more try, for which getToken() is asked again.
        if (error.status === 401 && options.getToken) return send(request);
        throw error;
      });
    } catch (error) {
      if (error instanceof ProvisioningError && error.kind === 'unauthorized') {
        notifyUnauthorized(options, error);
      }
      throw error;
    }
  };
}

function createKy(options: TransportOptions): KyInstance {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const retry = typeof options.retry === 'number' ? { limit: options.retry } : (options.retry ?? {});
  return ky.create({
    timeout,
    credentials: options.credentials,
    fetch: options.fetch,
    retry: {
      maxRetryAfter: timeout,
      ...retry,
      // Only idempotent methods: a POST or PATCH repeated after a lost response could act twice.
      methods: ['get', 'put', 'delete'],
      statusCodes: RETRY_STATUSES,
      afterStatusCodes: RETRY_STATUSES,
      // Our own errors (a failing getToken) are final; network errors and the statuses above retry.
      shouldRetry: ({ error }) => (error instanceof ProvisioningError ? false : undefined),
    },
    hooks: { beforeRequest: [(request) => decorate(request, options)] },
  });
}

/** Sets the per-attempt headers: host headers, token, locale and CSRF token are read afresh each time. */
async function decorate(request: Request, options: TransportOptions): Promise<void> {
  const { headers } = request;
  headers.set('Accept', 'application/json, application/problem+json');
  const hostHeaders = typeof options.headers === 'function' ? options.headers() : options.headers;
  for (const [name, value] of Object.entries(hostHeaders ?? {})) headers.set(name, value);
  if (options.getToken) {
    const token = await readToken(options.getToken);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    else headers.delete('Authorization');
  }
  const locale = typeof options.locale === 'function' ? options.locale() : options.locale;
  if (locale) headers.set('Accept-Language', locale);
  const csrfToken = options.csrf && UNSAFE_METHODS.has(request.method) ? options.csrf.token() : null;
  if (options.csrf && csrfToken) headers.set(options.csrf.header, csrfToken);
}

async function readToken(
  getToken: NonNullable<TransportOptions['getToken']>,
): Promise<string | null | undefined> {
  try {
    return await getToken();
  } catch (cause) {
    throw new ProvisioningError('unauthorized', 'getToken() failed', { cause });
  }
}

function notifyUnauthorized(options: TransportOptions, error: ProvisioningError): void {
  try {
    options.onUnauthorized?.(error);
  } catch {
    // A failing host callback must not replace the error the caller is waiting for.
  }
}

/** `?a=1&b=true` from a query object; undefined values are left out. */
function queryString(query: TransportRequest['query']): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
