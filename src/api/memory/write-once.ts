import type { IdempotentCallOptions, ProvisioningClient } from '../client.js';
import { problem } from './problems.js';

type Creates = Pick<
  ProvisioningClient,
  'createChildAccount' | 'createUser' | 'createAccessRight' | 'importRows'
>;

interface Claim {
  request: string;
  answer: Promise<unknown>;
}

/**
 * The reference server's `Idempotency-Key` rule for the memory client's creates and imports (issue 20):
 * a repeat of a key, for the same endpoint and account, gets the first answer again (a copy), and
 * writes nothing; a repeat sent while the first is still running waits for it; the same key with another
 * body is refused (422); a call that failed keeps nothing, so its retry runs again. Calls without a key
 * (and dry runs) simply run.
 */
export function withWriteOnce<C extends Creates>(client: C): C {
  const claims = new Map<string, Claim>();
  const once = <T>(
    endpoint: string,
    accountId: string,
    body: unknown,
    options: IdempotentCallOptions | undefined,
    write: () => Promise<T>,
  ): Promise<T> => {
    const key = options?.idempotencyKey;
    if (!key) return write();
    const id = `${endpoint}\u0000${accountId}\u0000${key}`;
    const request = JSON.stringify(body);
    const earlier = claims.get(id);
    if (earlier) {
      if (earlier.request !== request)
        return Promise.reject(
          problem('validation', 422, 'This Idempotency-Key was used for a different request'),
        );
      // Replayed once the first settles; if it failed, this one runs in its place.
      return earlier.answer.then(
        (answer) => structuredClone(answer) as T,
        () => once(endpoint, accountId, body, options, write),
      );
    }
    const answer = write();
    claims.set(id, { request, answer });
    answer.catch(() => claims.delete(id));
    return answer.then((first) => structuredClone(first));
  };
  return {
    ...client,
    createChildAccount: (parentId, body, o) =>
      once('children', parentId, body, o, () => client.createChildAccount(parentId, body, o)),
    createUser: (accountId, body, o) =>
      once('users', accountId, body, o, () => client.createUser(accountId, body, o)),
    createAccessRight: (accountId, body, o) =>
      once('access-rights', accountId, body, o, () => client.createAccessRight(accountId, body, o)),
    importRows: async (accountId, body, o) => {
      if (body.dryRun) return client.importRows(accountId, body, o);
      let replayed = true;
      const result = await once('imports', accountId, body, o, () => {
        replayed = false;
        return client.importRows(accountId, body, o);
      });
      return replayed ? { ...result, replayed: true } : result;
    },
  };
}
