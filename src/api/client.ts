import type {
  AccessRight,
  AccessRightCreate,
  AccessRightListQuery,
  AccessRightUpdate,
  Account,
  AccountCreate,
  AccountListItem,
  AccountListQuery,
  AccountUpdate,
  AuditEvent,
  AuditEventQuery,
  HelpSettings,
  HelpSettingsUpdate,
  ImportRequest,
  ImportResult,
  Me,
  Page,
  PasswordLink,
  Permission,
  Product,
  ProductType,
  Resource,
  ResourceListQuery,
  ResourceMove,
  ResourceMoveResult,
  ResourceUpdate,
  User,
  UserCreate,
  UserListQuery,
  UserUpdate,
} from './schemas/index.js';

/** Per-call options. */
export interface CallOptions {
  /** Aborts the request; the promise then rejects with kind `aborted`. */
  signal?: AbortSignal;
}

/**
 * Options of a create or an import: its `Idempotency-Key`, the same on every retry of the same request
 * (same form content, same batch), so that a retry after a lost answer gets the first answer back
 * instead of writing twice. A new request needs a new key; the REST client makes one when none is given.
 */
export interface IdempotentCallOptions extends CallOptions {
  idempotencyKey?: string;
}

/** What an update or delete needs of the resource: its id and the version it was read at (`If-Match`). */
export type Versioned = { id: string; version: number };

/**
 * Everything the elements ask of a provisioning API. `createRestClient()` implements it over
 * HTTP, `createMemoryClient()` in memory; a reseller whose API differs may hand in its own.
 * Every method rejects with a `ProvisioningError` only.
 */
export interface ProvisioningClient {
  /** The principal; `actingFor` asks to act for an account in its scope. */
  me(options?: CallOptions & { actingFor?: string }): Promise<Me>;

  getAccount(id: string, options?: CallOptions): Promise<Account>;
  updateAccount(account: Versioned, patch: AccountUpdate, options?: CallOptions): Promise<Account>;
  listChildAccounts(
    parentId: string,
    query?: AccountListQuery,
    options?: CallOptions,
  ): Promise<Page<AccountListItem>>;
  /** Creates a sub-account with its primary admin, who is invited by e-mail. */
  createChildAccount(
    parentId: string,
    body: AccountCreate,
    options?: IdempotentCallOptions,
  ): Promise<Account>;

  listProductTypes(options?: CallOptions): Promise<ProductType[]>;
  listPermissions(options?: CallOptions): Promise<Permission[]>;
  /** The platform products (ids and names) that access rights grant, for pickers. */
  listProducts(options?: CallOptions): Promise<Product[]>;

  listUsers(accountId: string, query?: UserListQuery, options?: CallOptions): Promise<Page<User>>;
  /** Creates a user; the server e-mails a link with which they choose their own password. */
  createUser(accountId: string, body: UserCreate, options?: IdempotentCallOptions): Promise<User>;
  getUser(id: string, options?: CallOptions): Promise<User>;
  updateUser(user: Versioned, patch: UserUpdate, options?: CallOptions): Promise<User>;
  deleteUser(user: Versioned, options?: CallOptions): Promise<void>;
  /** Sends a (replacement) password link; the old password keeps working until it is used. */
  sendPasswordLink(userId: string, options?: CallOptions): Promise<PasswordLink>;

  listAccessRights(
    accountId: string,
    query?: AccessRightListQuery,
    options?: CallOptions,
  ): Promise<Page<AccessRight>>;
  createAccessRight(
    accountId: string,
    body: AccessRightCreate,
    options?: IdempotentCallOptions,
  ): Promise<AccessRight>;
  updateAccessRight(right: Versioned, patch: AccessRightUpdate, options?: CallOptions): Promise<AccessRight>;
  deleteAccessRight(right: Versioned, options?: CallOptions): Promise<void>;

  getHelpSettings(accountId: string, options?: CallOptions): Promise<HelpSettings>;
  putHelpSettings(
    accountId: string,
    settings: HelpSettingsUpdate & { version?: number },
    options?: CallOptions,
  ): Promise<HelpSettings>;

  /** Resources of an account (SIM cards, domains, licences); `include: 'descendants'` for its whole subtree. */
  listResources(accountId: string, query?: ResourceListQuery, options?: CallOptions): Promise<Page<Resource>>;
  /** Renames a resource or sets, changes (`cap`) or removes (`cap: null`) its usage cap. */
  updateResource(resource: Versioned, patch: ResourceUpdate, options?: CallOptions): Promise<Resource>;
  /** Moves resources of `accountId`'s scope to `body.to` in one transaction; answers per resource. */
  moveResources(accountId: string, body: ResourceMove, options?: CallOptions): Promise<ResourceMoveResult>;

  /** Who changed what in an account, and as which account (admins); newest first. */
  listAuditEvents(
    accountId: string,
    query?: AuditEventQuery,
    options?: CallOptions,
  ): Promise<Page<AuditEvent>>;

  /**
   * Checks (`dryRun: true`) or imports one batch of spreadsheet rows (at most 500) into `accountId`,
   * answering per row. A written batch is idempotent by `idempotencyKey`: a repeated key replays the
   * first answer. Never retried automatically; retry with the same key. Imports never send mail.
   * The creates above take a key the same way.
   */
  importRows(accountId: string, body: ImportRequest, options?: IdempotentCallOptions): Promise<ImportResult>;

  /**
   * The account the page works on ("work as", seed 000); `<tk-provider account-id>` sets it. The REST
   * client then sends it as `X-Act-As-Account` with every request, for the audit trail; it never
   * widens or narrows what the principal may see. Optional for hand-written clients.
   */
  setActingFor?(accountId: string | undefined): void;
}

/** The REST endpoints, by operation; `{name}` segments are filled in and URI-encoded. */
export const DEFAULT_PATHS = {
  me: '/me',
  account: '/accounts/{id}',
  children: '/accounts/{id}/children',
  productTypes: '/product-types',
  permissions: '/permissions',
  products: '/products',
  users: '/accounts/{id}/users',
  user: '/users/{id}',
  passwordLink: '/users/{id}/password-link',
  accessRights: '/accounts/{id}/access-rights',
  accessRight: '/access-rights/{id}',
  help: '/accounts/{id}/help',
  resources: '/accounts/{id}/resources',
  resource: '/resources/{id}',
  moveResources: '/accounts/{id}/resources/move',
  auditEvents: '/accounts/{id}/audit-events',
  imports: '/accounts/{id}/imports',
} as const;
export type EndpointName = keyof typeof DEFAULT_PATHS;

/** The strong ETag of a resource version, as the reference server sends it. */
export const etagFor = (version: number) => `"${version}"`;

/** Header naming the account the principal acts for. */
export const ACT_AS_HEADER = 'X-Act-As-Account';
