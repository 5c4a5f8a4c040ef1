-- Issue 13. (1) The permission catalog is the reseller's text: group, label and description hold
-- a plain string or a map by language (LocalizedText), as jsonb. (2) Search and name order ignore
-- accents: "elo-nagy" finds "Élő-Nagy", "Ágnes" sorts before "Zsófia".
--
-- Folding is `unaccent` (a contrib extension that PGlite 0.5 ships and Debian's PostgreSQL has),
-- wrapped in an IMMUTABLE function with the dictionary named explicitly, so that generated
-- columns and indexes may use it. Sorting uses the folded key and then the raw value instead of an
-- ICU collation, which PGlite does not have: both engines sort identically, byte-wise on the
-- folded text (good for Latin scripts; not a full locale collation).
-- In public, where tk_fold looks for it (and where a test schema's drop does not take it along).
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

CREATE FUNCTION tk_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

ALTER TABLE permissions ALTER COLUMN group_name TYPE jsonb USING to_jsonb(group_name);
ALTER TABLE permissions ALTER COLUMN label TYPE jsonb USING to_jsonb(label);
ALTER TABLE permissions ALTER COLUMN description DROP DEFAULT;
ALTER TABLE permissions ALTER COLUMN description TYPE jsonb USING to_jsonb(description);
ALTER TABLE permissions ALTER COLUMN description SET DEFAULT '""'::jsonb;

DROP INDEX users_search;
ALTER TABLE users DROP COLUMN search_text;
ALTER TABLE users ADD COLUMN search_text text GENERATED ALWAYS AS (tk_fold(name || ' ' || email || ' ' || login)) STORED;
CREATE INDEX users_search ON users USING gin (search_text gin_trgm_ops);
ALTER TABLE users ADD COLUMN name_key text GENERATED ALWAYS AS (tk_fold(name)) STORED;
CREATE INDEX users_account_name_key ON users (account_id, name_key, name, id);

DROP INDEX access_rights_search;
ALTER TABLE access_rights DROP COLUMN search_text;
ALTER TABLE access_rights ADD COLUMN search_text text GENERATED ALWAYS AS (tk_fold(id || ' ' || coalesce(offer_id, '') || ' ' || product_id || ' ' || product_name)) STORED;
CREATE INDEX access_rights_search ON access_rights USING gin (search_text gin_trgm_ops);
