import type { AccessRight } from '../../src/api/schemas/index.js';

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);

/** `count` access rights with varied dates, statuses and a manual one in seven; deterministic. */
export function benchRows(count: number): AccessRight[] {
  const rows: AccessRight[] = new Array(count);
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < count; i++) {
    const start = BASE - Math.floor(next() * 1500) * DAY;
    const open = next() < 0.3;
    const iso = new Date(start).toISOString();
    rows[i] = {
      id: `ar_${String(i + 1).padStart(7, '0')}`,
      accountId: 'acc_bench',
      offerId: i % 7 === 0 ? null : `ord_${Math.floor(i / 4)}`,
      productId: `prod_${i % 5}`,
      platformProductId: `prod_${i % 5}`,
      productName: `Product ${i % 5}`,
      tierId: `tier_${(i % 2) + 1}`,
      subscriptionId: `sub_${Math.floor(i / 4)}`,
      startsAt: iso,
      endsAt: open ? null : new Date(start + (30 + Math.floor(next() * 900)) * DAY).toISOString(),
      status: i % 11 === 0 ? 'deactivated' : 'active',
      manual: i % 7 === 0,
      createdAt: iso,
      updatedAt: iso,
      version: 1,
    };
  }
  return rows;
}
