/**
 * Checkbox selection with Shift ranges, as in a file manager: a plain toggle sets the anchor;
 * a Shift toggle gives every row between the anchor and this one the new state.
 */
export function toggleSelection(
  selected: ReadonlySet<string>,
  ids: readonly string[],
  index: number,
  on: boolean,
  anchor: number | undefined,
  extend: boolean,
): Set<string> {
  const next = new Set(selected);
  const [from, to] =
    extend && anchor !== undefined ? [Math.min(anchor, index), Math.max(anchor, index)] : [index, index];
  for (let i = from; i <= to; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    if (on) next.add(id);
    else next.delete(id);
  }
  return next;
}
