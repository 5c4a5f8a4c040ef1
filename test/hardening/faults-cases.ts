import type { FaultAnswer } from './drivers/faulty-rest.js';

/**
 * Issue 20's fault cases, as answers a hit request gets instead of the backend's. `outcome` is what
 * the person must see: `retry` an error with a way to try again (for reads), `final` an error
 * without one (retrying cannot help), `ok` the request succeeds in the end (a token refresh, a slow answer).
 */
export interface FaultCase {
  name: string;
  answer: FaultAnswer;
  outcome: 'retry' | 'final' | 'ok';
  /** True when the backend acts before the fault (the answer is lost or garbled on the way back). */
  backendActs?: boolean;
}

export const SLOW_MS = 2000;

const problem = (status: number, headers: Record<string, string> = {}) =>
  Response.json(
    { type: 'about:blank', title: `Upstream said ${status}`, status },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );

/** Never answers, but rejects like the real fetch when the client gives up (its timeout aborts). */
const hang = (request: Request) =>
  new Promise<Response>((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });

export const FAULT_CASES: FaultCase[] = [
  { name: 'timeout', outcome: 'retry', answer: (request) => hang(request) },
  {
    name: 'connection reset',
    outcome: 'retry',
    answer: async () => {
      throw new TypeError('Failed to fetch');
    },
  },
  { name: '500', outcome: 'retry', answer: async () => problem(500) },
  {
    name: '502 from a proxy (HTML)',
    outcome: 'retry',
    answer: async () => new Response('<html><h1>502 Bad Gateway</h1></html>', { status: 502 }),
  },
  {
    name: '503 with Retry-After',
    outcome: 'retry',
    answer: async () => problem(503, { 'Retry-After': '1' }),
  },
  {
    name: '429 with Retry-After',
    outcome: 'retry',
    answer: async () => problem(429, { 'Retry-After': '1' }),
  },
  {
    // The token expired: 401 until the client asks getToken() again and gets the refreshed one.
    name: '401, then a refreshed token',
    outcome: 'ok',
    answer: async (request, pass, state) => {
      if (request.headers.get('Authorization') === 'Bearer refreshed') return pass();
      state.token = 'refreshed';
      return problem(401);
    },
  },
  { name: '403', outcome: 'final', answer: async () => problem(403) },
  {
    // The project's rule: data that cannot be read is no reason to offer the same request again.
    name: 'malformed JSON',
    outcome: 'final',
    backendActs: true,
    answer: async (_request, pass) => {
      const real = await pass();
      const text = await real.text();
      return new Response(text.slice(0, Math.max(1, Math.floor(text.length / 2))), {
        status: real.status,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  },
  {
    name: 'slow (2 s) while the user keeps typing',
    outcome: 'ok',
    answer: async (_request, pass) => {
      await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
      return pass();
    },
  },
];
