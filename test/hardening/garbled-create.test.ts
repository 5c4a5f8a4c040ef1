import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { createRestClient } from '../../src/api/rest.js';
import { CreateKey } from '../../src/core/create-key.js';
import { $, DRIVERS, type, type WriteDriver } from './drivers/elements.js';
import { faultyRest, type FaultAnswer, type FaultyRest } from './drivers/faulty-rest.js';
import { watchUncaught } from './drivers/uncaught.js';

/**
 * Issue 20: a create the backend carried out but whose answer was lost on the way back (garbled
 * JSON, a connection reset after the commit). The person sees a message, keeps every field, and
 * sends again: the element sends the same `Idempotency-Key` for the same content, so the backend
 * replays its first 201 instead of refusing a duplicate or writing a second record; success shows.
 */

const LOST_ANSWERS: Record<string, FaultAnswer> = {
  'malformed JSON after the create': async (_request, pass) => {
    const text = await (await pass()).text();
    return new Response(text.slice(0, text.length / 2), {
      status: 201,
      headers: { 'Content-Type': 'application/json' },
    });
  },
  'connection reset after the create': async (_request, pass) => {
    await pass();
    throw new TypeError('Failed to fetch');
  },
};

interface CreateCase {
  tag: string;
  principal: string;
  mount(rest: FaultyRest): Promise<HTMLElement>;
  write: WriteDriver;
  /** The records the backend holds for what was typed. */
  records(rest: FaultyRest): Promise<number>;
}

const driver = (tag: string) => DRIVERS.find((d) => d.tag === tag)!;
const fromDriver = (tag: string, records: CreateCase['records']): CreateCase => {
  const d = driver(tag);
  return {
    tag,
    principal: d.principal,
    mount: (rest) => d.mount(rest.client, 'en'),
    write: d.write!,
    records,
  };
};

const CASES: CreateCase[] = [
  fromDriver(
    'tk-user-manager',
    async (rest) => (await rest.memory.listUsers('acc_northwind', { q: 'fay@fault.example' })).items.length,
  ),
  fromDriver(
    'tk-sub-account-form',
    async (rest) => (await rest.memory.listChildAccounts('acc_acme', { q: 'Initrode' })).items.length,
  ),
  {
    tag: 'tk-access-rights-table',
    principal: driver('tk-access-rights-table').principal,
    mount: (rest) => driver('tk-access-rights-table').mount(rest.client, 'en'),
    write: {
      what: 'create an access right',
      target: { method: 'POST', path: /^\/accounts\/acc_northwind\/access-rights$/ },
      async fill(el) {
        $<HTMLButtonElement>(el, '[part=create]')!.click();
        await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')?.open && $(el, '#f-productId'), 'no dialog');
        type(el, '#f-productId', 'lost-answer-product');
        type(el, '#f-startsAt', '2026-01-01');
        await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      },
      submit: (el) => $<HTMLButtonElement>(el, 'dialog [part=submit]')!.click(),
      values: (el) => ['#f-productId', '#f-startsAt'].map((s) => $<HTMLInputElement>(el, s)!.value),
      message: (el) => $(el, 'dialog .banner.error'),
      succeeded: (el) => !$<HTMLDialogElement>(el, 'dialog')?.open,
    },
    records: async (rest) =>
      (await rest.memory.listAccessRights('acc_northwind', { q: 'lost-answer-product', limit: 500 })).items
        .length,
  },
];

describe('a create whose answer was lost, sent again', function () {
  this.timeout(15_000);
  const uncaught = watchUncaught();
  afterEach(() => uncaught.expectNone());

  for (const c of CASES)
    for (const [fault, answer] of Object.entries(LOST_ANSWERS))
      it(`${c.tag}: ${fault}: one record, success shown, fields kept until then`, async () => {
        const rest = faultyRest({ principal: c.principal });
        const el = await c.mount(rest);
        await waitUntil(() => driver(c.tag).read.ready(el), 'not loaded', { timeout: 4000 });
        await c.write.fill(el);
        const typed = c.write.values(el);
        rest.inject(c.write.target, answer);
        c.write.submit(el);
        await waitUntil(() => c.write.message(el)?.textContent?.trim(), 'no message', { timeout: 4000 });
        expect(c.write.values(el), 'everything typed is still there').to.deep.equal(typed);
        expect(await c.records(rest), 'the backend created it').to.equal(1);

        rest.heal();
        c.write.submit(el);
        await waitUntil(() => c.write.succeeded(el), 'no success after sending again', { timeout: 4000 });
        await aTimeout(50);
        expect(await c.records(rest), 'still one record').to.equal(1);
        const { sent, reached } = rest.count(c.write.target);
        expect([sent, reached], 'two sends, both answered by the backend').to.deep.equal([2, 2]);
      });
});

describe('CreateKey', () => {
  it('keeps its key for the same content, makes a new one for changed content and after done()', () => {
    const key = new CreateKey();
    const first = key.for({ name: 'Fay', email: 'fay@fault.example' });
    expect(key.for({ name: 'Fay', email: 'fay@fault.example' })).to.equal(first);
    const changed = key.for({ name: 'Fay F.', email: 'fay@fault.example' });
    expect(changed).not.to.equal(first);
    key.done();
    expect(key.for({ name: 'Fay F.', email: 'fay@fault.example' })).not.to.equal(changed);
  });
});

describe('the REST client on creates', () => {
  it("sends the caller's Idempotency-Key, or a fresh one on every create without one", async () => {
    const keys: (string | null)[] = [];
    const client = createRestClient({
      baseUrl: 'https://api.test',
      fetch: async (input, init) => {
        keys.push(new Request(input, init).headers.get('Idempotency-Key'));
        return new Response('{', { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const user = { name: 'Fay', email: 'fay@fault.example', role: 'user' } as const;
    const right = { productId: 'p', startsAt: '2026-01-01T00:00:00Z' };
    const account = {
      name: 'Initrode',
      productTypeId: 'pt_starter',
      country: 'DE',
      primaryAdmin: { name: 'Ida', email: 'ida@initrode.example' },
    };
    const sends = [
      () => client.createUser('acc', user, { idempotencyKey: 'k-user' }),
      () => client.createAccessRight('acc', right, { idempotencyKey: 'k-right' }),
      () => client.createChildAccount('acc', account, { idempotencyKey: 'k-account' }),
      () => client.createUser('acc', user),
      () => client.createUser('acc', user),
    ];
    for (const send of sends) await send().catch(() => undefined);
    expect(keys.slice(0, 3)).to.deep.equal(['k-user', 'k-right', 'k-account']);
    const [a, b] = keys.slice(3);
    expect(a, 'a key of its own').to.match(/^[\x21-\x7e]{1,200}$/);
    expect(b).to.match(/^[\x21-\x7e]{1,200}$/);
    expect(a).not.to.equal(b);
  });

  it('sends no Idempotency-Key when the host turns them off (an API that refuses the header)', async () => {
    const keys: (string | null)[] = [];
    const client = createRestClient({
      baseUrl: 'https://api.test',
      idempotencyKeys: false,
      fetch: async (input, init) => {
        keys.push(new Request(input, init).headers.get('Idempotency-Key'));
        return new Response('{', { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const user = { name: 'Fay', email: 'fay@fault.example', role: 'user' } as const;
    await client.createUser('acc', user, { idempotencyKey: 'k-user' }).catch(() => undefined);
    await client.createUser('acc', user).catch(() => undefined);
    await client
      .importRows('acc', { dryRun: false, rows: [] }, { idempotencyKey: 'k-import' })
      .catch(() => undefined);
    expect(keys).to.deep.equal([null, null, null]);
  });
});
