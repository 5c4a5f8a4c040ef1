import { expect } from '@open-wc/testing';
import { ProvisioningError } from '../../src/api/errors.js';
import { createDemoData } from '../../src/api/memory/demo-data.js';
import { createMemoryClient } from '../../src/api/memory/index.js';

/** Issue 20: the memory client applies the contract's text rule as the reference server does. */
describe('memory client: the text rule', () => {
  const client = () => createMemoryClient(createDemoData(), { principal: 'usr_acme_admin' });
  const body = (notes: string) => ({
    name: `Rule ${Math.random()}`,
    productTypeId: 'pt_business',
    country: 'DE',
    notes,
    primaryAdmin: { name: 'Ada', email: `ada${Math.random()}@rule.example` },
  });

  for (const [what, bad] of [
    ['NUL', 'a\u0000b'],
    ['a lone surrogate', 'a\uD800b'],
  ]) {
    it(`refuses ${what} with a 422 naming the field`, async () => {
      const error = await client()
        .createChildAccount('acc_acme', body(bad!))
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).to.be.instanceOf(ProvisioningError);
      expect((error as ProvisioningError).status).to.equal(422);
      expect((error as ProvisioningError).fieldErrors.map((f) => f.path)).to.deep.equal(['notes']);
    });
  }

  it('removes a leading BOM and nothing else', async () => {
    const created = await client().createChildAccount('acc_acme', body('\uFEFFNotes\uFEFF e\u0301'));
    expect(created.notes).to.equal('Notes\uFEFF e\u0301');
  });
});
