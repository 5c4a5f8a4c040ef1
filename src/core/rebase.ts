/**
 * The 412 rule of every form: after someone else changed the resource, show the latest version
 * with the fields this admin changed kept as typed, so neither change is silently lost.
 */
export function rebase<T extends object>(latest: T, typed: T, changed: Iterable<keyof T>): T {
  const kept = Object.fromEntries([...changed].map((field) => [field, typed[field]]));
  return { ...latest, ...kept };
}
