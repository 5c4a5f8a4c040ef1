import type { RateLimit } from './auth/rate-limit.js';

export interface ServerConfig {
  /** The server's own origin; links in mails point here and CORS always allows it. */
  publicUrl: string;
  /** Further origins allowed to call the API from a browser. */
  allowedOrigins: string[];
  /** The outbox page and `/api/dev/*` (never in production). */
  devTools: boolean;
  sessionTtlMs: number;
  passwordLinkTtlMs: number;
  /** Logins per user and per client IP; link sends per sending account and per recipient address. */
  rateLimits: {
    loginPerAccount: RateLimit;
    loginPerAddress: RateLimit;
    linkPerAccount: RateLimit;
    linkPerAddress: RateLimit;
  };
  /** Folders served as static files: the built library and the example portal. */
  distDir: string;
  examplesDir: string;
}

const MINUTE = 60_000;

/** Set by the production build (server/build.mjs), whose bundle lives one folder deeper. */
declare const TENANTKIT_ROOT_FROM_MODULE: string | undefined;
/** The repository folder, which holds the built library (dist/) and the example portal (examples/). */
const ROOT = new URL(
  typeof TENANTKIT_ROOT_FROM_MODULE === 'string' ? TENANTKIT_ROOT_FROM_MODULE : '../',
  import.meta.url,
).pathname;

export function defaultConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    publicUrl: 'http://127.0.0.1:8080',
    allowedOrigins: [],
    devTools: true,
    sessionTtlMs: 12 * 60 * MINUTE,
    passwordLinkTtlMs: 7 * 24 * 60 * MINUTE,
    rateLimits: {
      loginPerAccount: { max: 10, windowMs: 15 * MINUTE },
      loginPerAddress: { max: 100, windowMs: 15 * MINUTE },
      linkPerAccount: { max: 100, windowMs: 60 * MINUTE },
      linkPerAddress: { max: 5, windowMs: 60 * MINUTE },
    },
    distDir: `${ROOT}dist`,
    examplesDir: `${ROOT}examples`,
    ...overrides,
  };
}

/**
 * The configuration from the environment (`PORT`, `TENANTKIT_ALLOWED_ORIGINS`, `NODE_ENV`,
 * `PUBLIC_URL`, `TENANTKIT_LOGIN_LIMIT`).
 */
export function configFromEnv(env: NodeJS.ProcessEnv, port: number): ServerConfig {
  const defaults = defaultConfig();
  const loginLimit = Number(env.TENANTKIT_LOGIN_LIMIT);
  return defaultConfig({
    rateLimits:
      Number.isInteger(loginLimit) && loginLimit > 0
        ? {
            ...defaults.rateLimits,
            loginPerAccount: { ...defaults.rateLimits.loginPerAccount, max: loginLimit },
          }
        : defaults.rateLimits,
    publicUrl: env.PUBLIC_URL ?? `http://127.0.0.1:${port}`,
    allowedOrigins: (env.TENANTKIT_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    devTools: env.NODE_ENV !== 'production',
  });
}
