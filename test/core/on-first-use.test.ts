import { expect } from '@open-wc/testing';
import { OnFirstUse } from '../../src/core/on-first-use.js';

describe('OnFirstUse', () => {
  it('creates its part once, for every use at the same time and after', async () => {
    let created = 0;
    const part = new OnFirstUse(async () => ({ n: ++created }));
    expect(part.value).to.equal(undefined);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(await part.load()).to.equal(a);
    expect(part.value).to.equal(a);
    expect(created).to.equal(1);
  });

  it('forgets a failed load, so that the next use tries again', async () => {
    let attempts = 0;
    const part = new OnFirstUse(async () => {
      if (attempts++ === 0) throw new TypeError('Failed to fetch');
      return 'loaded';
    });
    const failed = part.load();
    await part.settled();
    await failed.then(
      () => expect.fail('the first load fails'),
      (error: unknown) => expect(error).to.be.instanceOf(TypeError),
    );
    expect(part.value).to.equal(undefined);
    expect(await part.load()).to.equal('loaded');
    expect(attempts).to.equal(2);
  });

  it('is settled at once when nothing is loading', async () => {
    const part = new OnFirstUse(() => new Promise<never>(() => {}));
    await part.settled();
  });
});
