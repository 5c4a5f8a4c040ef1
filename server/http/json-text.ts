import type { Context } from 'hono';

/** A 200 answer of JSON text serialized already (ListSql.pageJson), with the type `c.json` gives. */
export const jsonText = (c: Context, text: string): Response =>
  c.body(text, 200, { 'Content-Type': 'application/json' });
