import { expect } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import { createRestClient } from '../../src/api/rest.js';
import { fakeFetch, json } from '../api/fake-fetch.js';

/** For a call that must reject: resolving fails the test. */
const unexpected = (value: unknown): never => {
  throw new Error(`resolved with ${JSON.stringify(value)}`);
};

describe('createRestClient hooks', () => {
  it('rejects with a ProvisioningError when a host mapper throws, before or after the request', async () => {
    const { fetch, requests } = fakeFetch(() => json({ data: [] }));
    const boom = () => {
      throw new Error('boom');
    };
    const before = createRestClient({ baseUrl: 'https://api.example', fetch, retry: 0, mapQuery: boom });
    const early = await before.listUsers('a1', { limit: 5 }).then(unexpected, (e: ProvisioningError) => e);
    expect(early).to.be.instanceOf(ProvisioningError).and.include({ kind: 'validation' });
    expect(requests).to.have.length(0);
    const after = createRestClient({
      baseUrl: 'https://api.example',
      fetch,
      retry: 0,
      mapResponse: { users: boom },
    });
    const late = await after.listUsers('a1').then(unexpected, (e: ProvisioningError) => e);
    expect(late).to.be.instanceOf(ProvisioningError).and.include({ kind: 'invalid-response', status: 200 });
  });

  it('falls back to the problem+json reading when the error mapper throws or declines', async () => {
    const { fetch } = fakeFetch(() =>
      json({ title: 'Gone', status: 404, detail: 'no such user' }, { status: 404 }),
    );
    const client = createRestClient({
      baseUrl: 'https://api.example',
      fetch,
      retry: 0,
      mapError: () => {
        throw new Error('bad mapper');
      },
    });
    const error = await client.getUser('u1').then(unexpected, (e: ProvisioningError) => e);
    expect(error).to.include({ kind: 'not-found', status: 404 });
    expect(error.problem?.detail).to.equal('no such user');
  });
});
