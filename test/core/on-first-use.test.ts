import { expect } from '@open-wc/testing';
import { DialogsOnFirstUse, OnFirstUse } from '../../src/core/on-first-use.js';

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

describe('DialogsOnFirstUse', () => {
  it('opens once the dialogs are loaded, and not again while one is open', async () => {
    const dialogs = { isOpen: false, opened: 0 };
    const part = new DialogsOnFirstUse(async () => dialogs);
    const open = (d: typeof dialogs) => {
      d.opened++;
      d.isOpen = true;
    };
    part.open(open, () => expect.fail('the load succeeds'));
    part.open(open, () => expect.fail('the load succeeds'));
    await part.settled();
    await part.load();
    expect(dialogs.opened).to.equal(1);
  });

  it('reports a failed load, and loads again on the next open', async () => {
    let attempts = 0;
    const dialogs = { isOpen: false, opened: 0 };
    const part = new DialogsOnFirstUse(async () => {
      if (attempts++ === 0) throw new TypeError('Failed to fetch');
      return dialogs;
    });
    let failures = 0;
    part.open(
      () => expect.fail('nothing to open'),
      () => failures++,
    );
    await part.settled();
    await new Promise((r) => setTimeout(r));
    expect(failures).to.equal(1);
    part.open(
      (d) => d.opened++,
      () => failures++,
    );
    await part.settled();
    await part.load();
    expect(dialogs.opened).to.equal(1);
    expect(attempts).to.equal(2);
  });
});
