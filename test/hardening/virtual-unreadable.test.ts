import { expect } from '@open-wc/testing';
import type { AccessRight, Page } from '../../src/api/schemas/index.js';
import { RowCache } from '../../src/components/access-rights-table/row-cache.js';
import { BlockCache } from '../../src/core/virtual/block-cache.js';
import { PlacedRows } from '../../src/core/virtual/placed-rows.js';

/**
 * Issue 20, virtual lists (access-rights table, resource list): a row the schema refuses is left
 * out of the view. Before, a block of 100 with one refused row held 99 rows at places 0…98: every
 * row after the bad one sat one place too early and the block's last place stayed a "loading"
 * placeholder for good.
 */
const N = 250;
const BLOCK = 100;
/** Refused rows of the query: inside block 0, at the end of block 1, and in the last block. */
const REFUSED = new Set([10, 199, 230]);

/** The range as the schema-checked client answers it: refused rows dropped from `items`, named in `unreadable`. */
function pageOf(offset: number, limit: number): Page<{ id: string }> {
  const items: { id: string }[] = [];
  const unreadable: { index: number; reason: string }[] = [];
  for (let i = offset; i < Math.min(offset + limit, N); i++)
    if (REFUSED.has(i)) unreadable.push({ index: i - offset, reason: 'id: Invalid' });
    else items.push({ id: `row${i}` });
  return { items, unreadable, total: N };
}
const readable = [...Array(N).keys()].filter((i) => !REFUSED.has(i)).map((i) => `row${i}`);

async function viewOf(cache: {
  total: number | undefined;
  ensure(first: number, last: number): void;
  idle(): Promise<void>;
  get(index: number): { id: string } | undefined;
}): Promise<(string | undefined)[]> {
  cache.ensure(0, 0);
  await cache.idle();
  // Twice: the first pass learns the holes of the blocks it loads.
  for (let pass = 0; pass < 2; pass++) {
    cache.ensure(0, cache.total! - 1);
    await cache.idle();
  }
  return Array.from({ length: cache.total! }, (_, i) => cache.get(i)?.id);
}

describe('virtual lists with refused rows', () => {
  it('PlacedRows keeps rows in their places and skips the holes', () => {
    const rows = new PlacedRows<{ id: string }>(BLOCK);
    rows.set(0, pageOf(0, BLOCK));
    expect(rows.hidden).to.equal(1);
    expect(rows.get(9)?.id).to.equal('row9');
    expect(rows.get(10)?.id, 'the row after the hole').to.equal('row11');
    expect(rows.get(98)?.id).to.equal('row99');
    expect(rows.get(99), 'the next block, not loaded').to.equal(undefined);
    expect(rows.toQuery(99)).to.equal(100);
  });

  it('the resource list cache shows every readable row once, in order, with no placeholder left', async () => {
    const cache = new BlockCache<{ id: string }>(
      async (offset, limit) => pageOf(offset, limit),
      () => {},
      BLOCK,
    );
    expect(await viewOf(cache)).to.deep.equal(readable);
    expect(cache.unreadable.map((r) => r.index)).to.have.members([...REFUSED]);
  });

  it('the access-rights table cache shows every readable row once, in order, with no placeholder left', async () => {
    const cache = new RowCache(
      async ({ offset, limit }) => pageOf(offset, limit) as Page<AccessRight>,
      undefined,
      { q: '', status: 'all', validOn: 'all' } as never,
      () => {},
      BLOCK,
    );
    expect(await viewOf(cache)).to.deep.equal(readable);
    expect(cache.total).to.equal(N - REFUSED.size);
  });
});
