import type {
  AccessRight,
  AccessRightCreate,
  AccessRightListQuery,
  AccessRightUpdate,
  Account,
  AccountCreate,
  AccountListQuery,
  AccountUpdate,
  HelpSettings,
  HelpSettingsUpdate,
  Me,
  Page,
  PasswordLink,
  Permission,
  ProductType,
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
  ): Promise<Page<Account>>;
  /** Creates a sub-account with its primary admin, who is invited by e-mail. */
  createChildAccount(parentId: string, body: AccountCreate, options?: CallOptions): Promise<Account>;

  listProductTypes(options?: CallOptions): Promise<ProductType[]>;
  listPermissions(options?: CallOptions): Promise<Permission[]>;

  listUsers(accountId: string, query?: UserListQuery, options?: CallOptions): Promise<Page<User>>;
  /** Creates a user; the server e-mails a link with which they choose their own password. */
  createUser(accountId: string, body: UserCreate, options?: CallOptions): Promise<User>;
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
  createAccessRight(accountId: string, body: AccessRightCreate, options?: CallOptions): Promise<AccessRight>;
  updateAccessRight(right: Versioned, patch: AccessRightUpdate, options?: CallOptions): Promise<AccessRight>;
  deleteAccessRight(right: Versioned, options?: CallOptions): Promise<void>;

  getHelpSettings(accountId: string, options?: CallOptions): Promise<HelpSettings>;
  putHelpSettings(
    accountId: string,
    settings: HelpSettingsUpdate & { version?: number },
    options?: CallOptions,
  ): Promise<HelpSettings>;
}

/** The REST endpoints, by operation; `{name}` segments are filled in and URI-encoded. */
export const DEFAULT_PATHS = {
  me: '/me',
  account: '/accounts/{id}',
  children: '/accounts/{id}/children',
  productTypes: '/product-types',
  permissions: '/permissions',
  users: '/accounts/{id}/users',
  user: '/users/{id}',
  passwordLink: '/users/{id}/password-link',
  accessRights: '/accounts/{id}/access-rights',
  accessRight: '/access-rights/{id}',
  help: '/accounts/{id}/help',
} as const;
export type EndpointName = keyof typeof DEFAULT_PATHS;

/** The strong ETag of a resource version, as the reference server sends it. */
export const etagFor = (version: number) => `"${version}"`;

/** Header naming the account the principal acts for. */
export const ACT_AS_HEADER = 'X-Act-As-Account';
