import type { ProductType } from '../../src/api/schemas/index.js';
import type { Queryable } from '../db/db.js';
import { toProductType } from '../db/rows.js';
import { fieldError } from '../http/problem.js';

/** The product type `id`, or 422 on `productTypeId` when there is none. */
export async function productTypeOrThrow(db: Queryable, id: string): Promise<ProductType> {
  const [row] = await db.query('SELECT * FROM product_types WHERE id = $1', [id]);
  if (!row) throw fieldError(422, 'productTypeId', 'unknown_product_type', `Unknown product type "${id}".`);
  return toProductType(row);
}

/** When a requested trial ends, or 422 on `trial` when the product type offers none (seed 004). */
export function trialEnd(type: ProductType, now: Date): Date {
  if (!type.trialAvailable)
    throw fieldError(422, 'trial', 'trial_unavailable', `The product type "${type.name}" offers no trial.`);
  return new Date(now.getTime() + type.trialDays * 86_400_000);
}
