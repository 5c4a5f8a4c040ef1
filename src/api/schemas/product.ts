import * as z from 'zod/mini';
import { Id, RequiredText } from './common.js';

/**
 * A platform product (seed 003): what an access right grants. Its id never changes; an access
 * right may name it directly or through an external product id that maps to it.
 */
export const Product = z.object({
  id: Id,
  /** The platform's name of the product, as the platform spells it in every language. */
  name: RequiredText(200),
});
export type Product = z.infer<typeof Product>;

/** Body of `GET /products`: every platform product, for pickers. */
export const ProductList = z.object({ items: z.array(Product) });
