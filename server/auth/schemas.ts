import * as z from 'zod/mini';
import { Instant } from '../../src/api/schemas/index.js';

/**
 * The server's own authentication bodies. They are not part of the widget contract (an embedding
 * site authenticates its own way), so they live here and only appear in this server's OpenAPI.
 */
export const LoginRequest = z
  .strictObject({
    login: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
    email: z.optional(z.string().check(z.minLength(1), z.maxLength(254))),
    password: z.string().check(z.minLength(1), z.maxLength(200)),
  })
  .check(z.refine((v) => Boolean(v.login ?? v.email), { path: ['login'], message: 'required' }));

export const LoginResponse = z.object({ token: z.string(), expiresAt: Instant });

export const SetPasswordRequest = z.strictObject({ password: z.string().check(z.maxLength(200)) });
