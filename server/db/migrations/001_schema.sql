-- Core schema of the reference provisioning server. Timestamps are timestamptz; JSON-shaped
-- fields (permission ids, notification preferences) are jsonb.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE product_types (
  id text PRIMARY KEY,
  position int NOT NULL,
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  trial_available boolean NOT NULL,
  trial_days int NOT NULL CHECK (trial_days >= 0),
  locked_once_assigned boolean NOT NULL
);

CREATE TABLE permissions (
  id text PRIMARY KEY,
  position int NOT NULL,
  group_name text NOT NULL,
  label text NOT NULL,
  description text NOT NULL DEFAULT ''
);

-- Platform products; access rights name them (seed 003: platform product id never changes).
CREATE TABLE products (
  id text PRIMARY KEY,
  name text NOT NULL
);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  parent_id text REFERENCES accounts (id),
  kind text NOT NULL CHECK (kind IN ('reseller', 'customer', 'sub-account')),
  name text NOT NULL,
  product_type_id text REFERENCES product_types (id),
  reference text NOT NULL DEFAULT '',
  country text NOT NULL,
  notes text NOT NULL DEFAULT '',
  trial_ends_at timestamptz,
  internal boolean NOT NULL DEFAULT false,
  status text NOT NULL CHECK (status IN ('active', 'suspended')),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version int NOT NULL
);
-- Names are unique among siblings, case-insensitively.
CREATE UNIQUE INDEX accounts_sibling_name ON accounts (coalesce(parent_id, ''), lower(name));
CREATE INDEX accounts_search ON accounts USING gin ((lower(name || ' ' || reference)) gin_trgm_ops);

CREATE TABLE users (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  name text NOT NULL,
  email text NOT NULL,
  login text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'user')),
  permissions jsonb NOT NULL,
  notifications jsonb NOT NULL,
  locale text,
  status text NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
  password_hash text,
  -- The one pending password link (seed 000): a replacement supersedes it.
  password_link_hash text,
  password_link_sent_at timestamptz,
  password_link_expires_at timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version int NOT NULL,
  -- What a list search matches, lower-cased once at write time rather than per row per search.
  search_text text GENERATED ALWAYS AS (lower(name || ' ' || email || ' ' || login)) STORED
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE UNIQUE INDEX users_login ON users (login);
CREATE UNIQUE INDEX users_password_link ON users (password_link_hash);
CREATE INDEX users_account_name ON users (account_id, name, id);
CREATE INDEX users_search ON users USING gin (search_text gin_trgm_ops);

CREATE TABLE access_rights (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  offer_id text,
  product_id text NOT NULL,
  platform_product_id text NOT NULL,
  product_name text NOT NULL,
  tier_id text,
  subscription_id text,
  starts_at timestamptz NOT NULL,
  ends_at timestamptz,
  status text NOT NULL CHECK (status IN ('active', 'deactivated')),
  manual boolean NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version int NOT NULL,
  search_text text GENERATED ALWAYS AS (lower(id || ' ' || coalesce(offer_id, '') || ' ' || product_id)) STORED,
  CHECK (ends_at IS NULL OR starts_at < ends_at)
);
CREATE INDEX access_rights_account ON access_rights (account_id, id);
CREATE INDEX access_rights_search ON access_rights USING gin (search_text gin_trgm_ops);

-- Help settings belong to reseller accounts; customers see their nearest reseller's.
CREATE TABLE help_settings (
  account_id text PRIMARY KEY REFERENCES accounts (id),
  display_name text NOT NULL,
  logo_url text,
  mode text NOT NULL CHECK (mode IN ('popup', 'link')),
  help_url text,
  email text,
  phone text,
  hours text,
  message text,
  accent_color text,
  version int NOT NULL
);

-- Bearer tokens, stored as sha256 hashes only.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Every mail the server sends; the development page shows it, SMTP delivers it when configured.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  recipient text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  link_url text,
  created_at timestamptz NOT NULL,
  delivered_at timestamptz,
  delivery_error text
);
