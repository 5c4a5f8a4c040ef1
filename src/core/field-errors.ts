import type { FieldProblem } from '../api/schemas/problem.js';
import type { Localizer, TextKey } from './localize.js';

const MESSAGE_FOR_CODE: Record<string, TextKey> = {
  required: 'field.required',
  email: 'field.email',
  'too-long': 'field.tooLong',
  'end-before-start': 'field.endBeforeStart',
  'unknown-field': 'field.invalid',
  invalid: 'field.invalid',
};

/**
 * Field problems as localized sentences by dotted path. Codes tenantkit knows are translated;
 * anything else (a server's own check, e.g. a duplicate e-mail) keeps the server's message,
 * which the server writes in the request's `Accept-Language`.
 */
export function fieldMessages(l: Localizer, problems: readonly FieldProblem[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const p of problems) {
    if (byPath.has(p.path)) continue;
    const key = MESSAGE_FOR_CODE[p.code];
    byPath.set(p.path, key ? l.t(key) : p.message || l.t('field.invalid'));
  }
  return byPath;
}
