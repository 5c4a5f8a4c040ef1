import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { FieldProblem } from '../../src/api/schemas/index.js';

const PARAMS: ScryptOptions = { N: 16384, r: 8, p: 1 };
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$key`, base64 parts: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export const MIN_PASSWORD_LENGTH = 10;

/** The password rules; field problems on `password` when it breaks one. */
export function checkPassword(password: string, user: { email: string; login: string }): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const lower = password.toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH)
    problems.push({
      path: 'password',
      code: 'too_short',
      message: `At least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  if (lower === user.email.toLowerCase() || lower === user.login.toLowerCase())
    problems.push({
      path: 'password',
      code: 'same_as_login',
      message: 'Must differ from your e-mail and login.',
    });
  if ([...password].length > 200)
    problems.push({ path: 'password', code: 'too_long', message: 'At most 200 characters.' });
  return problems;
}
