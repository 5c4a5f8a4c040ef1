import { ProvisioningError, kindForStatus, type ErrorKind } from '../errors.js';
import type { FieldProblem } from '../schemas/problem.js';
import type { ErrorMapper } from '../rest-transport.js';
import { ScimError } from './schemas.js';

/** `scimType` values (RFC 7644 §3.12) that say more than their status. */
const KIND_BY_SCIM_TYPE: Record<string, ErrorKind> = {
  uniqueness: 'conflict',
  invalidValue: 'validation',
  invalidFilter: 'validation',
  invalidSyntax: 'validation',
  invalidPath: 'validation',
  noTarget: 'validation',
  mutability: 'validation',
  tooMany: 'validation',
  invalidVers: 'validation',
  sensitive: 'forbidden',
};

/**
 * Reads `urn:ietf:params:scim:api:messages:2.0:Error`. A `uniqueness` error is a conflict on the
 * e-mail field (the e-mail is the SCIM user name), so the form puts it beside that field.
 */
export const scimErrorMapper: ErrorMapper = ({ status, body, label }) => {
  let parsed;
  try {
    parsed = ScimError.safeParse(JSON.parse(body));
  } catch {
    return undefined; // Not JSON (a proxy's page): the status alone says what happened.
  }
  if (!parsed.success) return undefined;
  const { scimType, detail } = parsed.data;
  const kind = (scimType && KIND_BY_SCIM_TYPE[scimType]) || kindForStatus(status);
  const reason = detail ?? scimType ?? 'request failed';
  const fieldErrors: FieldProblem[] =
    scimType === 'uniqueness' ? [{ path: 'email', code: 'taken', message: reason }] : [];
  return new ProvisioningError(kind, `${label}: ${status} ${reason}`, {
    status,
    fieldErrors,
    problem: { title: scimType ?? `SCIM error ${status}`, status, ...(detail ? { detail } : {}) },
  });
};
