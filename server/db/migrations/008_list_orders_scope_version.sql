-- Issue 21: a list request costs the same in an account of 1,000 users as in one of 100,000.
--
-- (1) Every order the users and access-rights lists offer has an index that serves it. Ties are
-- broken by id in the sort's own direction (server/http/list-query.ts), so one index serves a
-- field ascending and, read backwards, descending. The page and its bounded count then read only
-- the rows they return (index-only for the count, once VACUUM has set the visibility map).
-- users_account_name_key (003) serves the name order; it also carries search_text, so that a
-- search's bounded count is answered from the index alone.
DROP INDEX users_account_name;
DROP INDEX users_account_name_key;
CREATE INDEX users_account_name_key ON users (account_id, name_key, name, id) INCLUDE (search_text);
CREATE INDEX users_account_email ON users (account_id, lower(email), id);
CREATE INDEX users_account_login ON users (account_id, login, id);
CREATE INDEX users_account_role ON users (account_id, role, id);
CREATE INDEX users_account_status ON users (account_id, status, id);
CREATE INDEX users_account_created ON users (account_id, created_at, id);
CREATE INDEX users_account_last_login ON users (account_id, last_login_at, id);

CREATE INDEX access_rights_account_starts ON access_rights (account_id, starts_at, id);
CREATE INDEX access_rights_account_ends ON access_rights (account_id, ends_at, id);
CREATE INDEX access_rights_account_offer ON access_rights (account_id, offer_id, id);
CREATE INDEX access_rights_account_product ON access_rights (account_id, product_id, id);
CREATE INDEX access_rights_account_status ON access_rights (account_id, status, id);
CREATE INDEX access_rights_account_manual ON access_rights (account_id, manual, id);
CREATE INDEX access_rights_account_created ON access_rights (account_id, created_at, id);

-- (2) A search looks at the account's own rows only: the trigram indexes lead with the account
-- (btree_gin), so that a small account's search no longer gathers every account's matches first.
-- In public, as unaccent (003), so that a test schema's drop does not take it along.
CREATE EXTENSION IF NOT EXISTS btree_gin WITH SCHEMA public;
DROP INDEX users_search;
CREATE INDEX users_search ON users USING gin (account_id, search_text gin_trgm_ops);
DROP INDEX access_rights_search;
CREATE INDEX access_rights_search ON access_rights USING gin (account_id, search_text gin_trgm_ops);

-- (3) The account hierarchy's version: every statement that changes accounts bumps it, in its own
-- transaction, so the change and the new version become visible together. Each instance keeps
-- its scope answers (is account X within Y) under the version the session lookup read with them,
-- and never serves an answer of an older version: instances behind one database stay correct.
CREATE TABLE scope_version (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL
);
INSERT INTO scope_version (version) VALUES (1);

-- On one line: migrate.ts splits scripts at a `;` that ends a line.
CREATE FUNCTION tk_bump_scope_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE scope_version SET version = version + 1; RETURN NULL; END $$;

CREATE TRIGGER accounts_scope_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
  FOR EACH STATEMENT EXECUTE FUNCTION tk_bump_scope_version();
