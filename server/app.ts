import { Hono } from 'hono';
import { RateLimiter } from './auth/rate-limit.js';
import { authenticate } from './auth/session.js';
import type { ServerConfig } from './config.js';
import type { AppEnv, Deps } from './context.js';
import type { Db } from './db/db.js';
import { httpErrorForDb } from './http/db-errors.js';
import { HttpError, problemResponse } from './http/problem.js';
import { apiCors, contentSecurityPolicy } from './http/security-headers.js';
import { staticFiles } from './http/static-files.js';
import { pathTextGuard } from './http/text-guard.js';
import { createMailer, type Transport } from './mail/mailer.js';
import { openApiDocument } from './openapi.js';
import { accessRightRoutes, accountAccessRightRoutes } from './routes/access-rights.js';
import { accountRoutes } from './routes/accounts.js';
import { authRoutes } from './routes/auth.js';
import { catalogRoutes } from './routes/catalog.js';
import { devApiRoutes, devPageRoutes } from './routes/dev.js';
import { helpRoutes } from './routes/help.js';
import { importRoutes } from './routes/imports.js';
import { auditRoutes } from './audit/routes.js';
import { meRoutes } from './routes/me.js';
import { accountResourceRoutes, resourceRoutes } from './routes/resources.js';
import { accountUserRoutes, userRoutes } from './routes/users.js';

export function createDeps(options: {
  db: Db;
  config: ServerConfig;
  now?: () => Date;
  transport?: Transport;
}): Deps {
  const now = options.now ?? (() => new Date());
  return {
    db: options.db,
    config: options.config,
    now,
    limiter: new RateLimiter(options.db, () => now().getTime()),
    mailer: createMailer(options.db, now, options.transport),
  };
}

/** The whole server as one Hono app: API under `/api`, the library under `/tenantkit/`, the portal at `/`. */
export function createApp(deps: Deps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { config } = deps;

  app.use('*', contentSecurityPolicy());
  app.use('/api/*', apiCors(config));
  app.use('/api/*', pathTextGuard());

  const api = new Hono<AppEnv>();
  api.route('/auth', authRoutes(deps));
  api.get('/openapi.json', (c) => c.json(openApiDocument(config.publicUrl)));
  if (config.devTools) api.route('/dev', devApiRoutes(deps));
  for (const path of [
    '/me',
    '/accounts/*',
    '/users/*',
    '/access-rights/*',
    '/resources/*',
    '/permissions',
    '/product-types',
    '/products',
  ])
    api.use(path, authenticate(deps));
  api.route('/me', meRoutes());
  api.route('/accounts', accountRoutes(deps));
  api.route('/accounts', accountUserRoutes(deps));
  api.route('/accounts', accountAccessRightRoutes(deps));
  api.route('/accounts', helpRoutes(deps));
  api.route('/accounts', auditRoutes(deps));
  api.route('/users', userRoutes(deps));
  api.route('/access-rights', accessRightRoutes(deps));
  api.route('/accounts', accountResourceRoutes(deps));
  api.route('/accounts', importRoutes(deps));
  api.route('/resources', resourceRoutes(deps));
  api.route('/', catalogRoutes(deps));
  app.route('/api', api);

  if (config.devTools) app.route('/dev', devPageRoutes(deps));
  app.use('/tenantkit/*', staticFiles('/tenantkit/', config.distDir));
  // The portal's own page handles password links: /set-password?token=… shows its form.
  app.get('/set-password', staticFiles('/set-password', `${config.examplesDir}/index.html`));
  app.use('*', staticFiles('/', config.examplesDir));

  app.notFound(() => problemResponse(new HttpError(404, 'No such route.')));
  app.onError((error) => {
    if (error instanceof HttpError) return problemResponse(error);
    const fromDb = httpErrorForDb(error);
    if (fromDb) return problemResponse(fromDb);
    // Details stay in the log: no stack traces or SQL in responses.
    console.error(error);
    return problemResponse(new HttpError(500, 'Something went wrong on our side.'));
  });
  return app;
}
