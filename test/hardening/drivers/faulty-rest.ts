import type { ProvisioningClient } from '../../../src/api/client.js';
import { createDemoData, type DemoData } from '../../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../../src/api/memory/index.js';
import { createRestClient } from '../../../src/api/rest.js';
import { memoryFetch } from './memory-fetch.js';

/** One request as it left the REST client, and whether the backend saw it or a fault answered. */
export interface SentRequest {
  method: string;
  path: string;
  /** The query string, `?q=…` or empty. */
  search: string;
  /** The JSON body, parsed. */
  body: unknown;
  authorization: string | null;
  answeredBy: 'backend' | 'fault';
}

/** Which requests a fault hits: a method and a path pattern, and optionally a test of the body. */
export interface Target {
  method: string;
  path: RegExp;
  body?: (body: unknown) => boolean;
}

/** Answers a hit request instead of (or around) the backend; `pass` asks the backend. */
export type FaultAnswer = (
  request: Request,
  pass: () => Promise<Response>,
  state: { token: string },
) => Promise<Response>;

export const matches = (target: Target, sent: Omit<SentRequest, 'answeredBy'>) =>
  sent.method === target.method && target.path.test(sent.path) && (!target.body || target.body(sent.body));

/**
 * A REST client over a memory client, with a fault switched on and off between them: every request
 * is recorded, so a test can count what was sent and what reached the backend. `getToken` hands out
 * `state.token`, which a 401 fault may replace (a refresh); `tokenReads` counts its calls.
 */
export function faultyRest(options: { principal: string; data?: DemoData; timeout?: number }) {
  const memory = createMemoryClient(options.data ?? createDemoData(), { principal: options.principal });
  const backend = memoryFetch(memory);
  const sent: SentRequest[] = [];
  const state = { token: 'first', tokenReads: 0 };
  let fault: { target: Target; answer: FaultAnswer } | undefined;

  const client: ProvisioningClient = createRestClient({
    baseUrl: 'https://api.test',
    timeout: options.timeout ?? 300,
    retry: { limit: 1, delay: () => 10, maxRetryAfter: 50 },
    getToken: () => {
      state.tokenReads++;
      return state.token;
    },
    fetch: async (input, init) => {
      const request = input instanceof Request ? input : new Request(input, init);
      const text = await request.clone().text();
      const entry = {
        method: request.method,
        path: new URL(request.url).pathname,
        search: new URL(request.url).search,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        authorization: request.headers.get('Authorization'),
      };
      const hit = fault && matches(fault.target, entry) ? fault : undefined;
      const record: SentRequest = { ...entry, answeredBy: hit ? 'fault' : 'backend' };
      sent.push(record);
      const pass = () => {
        record.answeredBy = 'backend';
        return backend(request);
      };
      return hit ? hit.answer(request, pass, state) : pass();
    },
  });

  return {
    client,
    memory,
    sent,
    state,
    /** Switches the fault on for `target` (until `heal()`). */
    inject(target: Target, answer: FaultAnswer) {
      fault = { target, answer };
    },
    heal() {
      fault = undefined;
    },
    /** The requests to `target` sent so far, and how many of them the backend answered. */
    count(target: Target) {
      const hits = sent.filter((s) => matches(target, s));
      return { sent: hits.length, reached: hits.filter((s) => s.answeredBy === 'backend').length };
    },
  };
}
export type FaultyRest = ReturnType<typeof faultyRest>;
