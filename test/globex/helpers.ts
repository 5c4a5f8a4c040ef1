import type { ProvisioningClient } from '../../src/api/client.js';
import { backends } from '../scim/helpers.js';
import { createGlobexClient } from './client.js';

export const origin = backends.globex;

/** A Globex client that keeps a copy of each request (URL, headers, body). */
export function globex(): { client: ProvisioningClient; seen: Request[] } {
  const seen: Request[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    seen.push(request.clone());
    return globalThis.fetch(request);
  };
  return { client: createGlobexClient(origin!, fetch), seen };
}

/** Sets a field of an element's shadow root as typing (and picking) does. */
export function type(el: Element, selector: string, value: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const resetGlobex = () => fetch(`${origin}/test/reset`, { method: 'POST' });
