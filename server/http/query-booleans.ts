/**
 * Query strings are text: `true`/`false` of the named parameters become booleans before the
 * list schema parses them (anything else is left for the schema to reject).
 */
export function withBooleans(raw: Record<string, string>, names: readonly string[]): Record<string, string> {
  const out: Record<string, unknown> = { ...raw };
  for (const name of names) {
    const value = raw[name];
    if (value === 'true' || value === 'false') out[name] = value === 'true';
  }
  // parseListQuery coerces numbers and passes every other value through unchanged.
  return out as Record<string, string>;
}
