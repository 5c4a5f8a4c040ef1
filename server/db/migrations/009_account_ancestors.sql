-- Issue 14: a subtree search over Scale Telecom's 7,000 accounts is driven by indexes. Each account
-- keeps the ids of its ancestors, top down (root first, parent last), so "below account X" is
-- `ancestors @> ARRAY[X]`, answered by a GIN index together with the trigram search: the search no
-- longer walks the whole subtree recursively and filters it afterwards.
ALTER TABLE accounts ADD COLUMN ancestors text[] NOT NULL DEFAULT '{}';

-- A row's ancestors are its parent's plus the parent. A row-level BEFORE trigger sees the rows an
-- earlier part of the same statement inserted, so a parent and its children may come in one INSERT.
-- On one line each: migrate.ts splits scripts at a `;` that ends a line.
CREATE FUNCTION tk_account_ancestors() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.ancestors := coalesce((SELECT p.ancestors || p.id FROM accounts p WHERE p.id = NEW.parent_id), '{}'); RETURN NEW; END $$;

CREATE TRIGGER accounts_ancestors BEFORE INSERT OR UPDATE OF parent_id ON accounts
  FOR EACH ROW EXECUTE FUNCTION tk_account_ancestors();

-- An account moved under another parent takes its subtree along: every descendant's ancestors
-- above the moved account are replaced (the update leaves parent_id alone, so it fires no trigger).
CREATE FUNCTION tk_account_moved() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN UPDATE accounts SET ancestors = NEW.ancestors || ancestors[array_position(ancestors, NEW.id):] WHERE ancestors @> ARRAY[NEW.id]; RETURN NULL; END $$;

CREATE TRIGGER accounts_moved AFTER UPDATE OF parent_id ON accounts
  FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION tk_account_moved();

-- The existing tree, top down: each pass fills the level below the rows already filled.
WITH RECURSIVE tree AS (
  SELECT id, ARRAY[]::text[] AS up FROM accounts WHERE parent_id IS NULL
  UNION ALL
  SELECT a.id, tree.up || tree.id FROM accounts a JOIN tree ON a.parent_id = tree.id
) UPDATE accounts a SET ancestors = tree.up FROM tree WHERE a.id = tree.id;

-- One GIN index for both conditions of a subtree search (arrays by their elements, the folded name
-- and reference by trigram). GIN looks up each column on its own, so it serves a search of direct
-- children, or a subtree listing without a search, as well: it replaces accounts_search (004).
DROP INDEX accounts_search;
CREATE INDEX accounts_subtree_search ON accounts USING gin (ancestors, search_text gin_trgm_ops);
