-- Product-specific account fields (seed 004 step 3): declared per product type, stored per account.
ALTER TABLE product_types ADD COLUMN fields jsonb NOT NULL DEFAULT '[]';
ALTER TABLE accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';

-- Search by name or reference across a subtree (seed 001), accents and case ignored (tk_fold, 003);
-- children in name order (lazy tree children, paging thousands of customers).
DROP INDEX accounts_search;
ALTER TABLE accounts ADD COLUMN search_text text GENERATED ALWAYS AS (tk_fold(name || ' ' || reference)) STORED;
CREATE INDEX accounts_search ON accounts USING gin (search_text gin_trgm_ops);
ALTER TABLE accounts ADD COLUMN name_key text GENERATED ALWAYS AS (tk_fold(name)) STORED;
CREATE INDEX accounts_parent_name ON accounts (parent_id, name_key, name, id);

-- Every write: who, as which account, what, on which resource, which fields (names, never values).
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_user_id text NOT NULL,
  actor_user_name text NOT NULL,
  actor_account_id text NOT NULL,
  acting_for_account_id text NOT NULL,
  account_id text NOT NULL,
  action text NOT NULL,
  target_type text NOT NULL,
  target_id text NOT NULL,
  fields jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX audit_events_account ON audit_events (account_id, id DESC);
