-- Resources a reseller assigns from its stock to sub-accounts (seed 001: SIM cards; seed 002:
-- domains, hosting packages, licences), with the period's usage and an optional cap and alert.
CREATE TABLE resources (
  id text PRIMARY KEY,
  account_id text NOT NULL REFERENCES accounts (id),
  kind text NOT NULL CHECK (kind IN ('sim', 'domain', 'licence', 'hosting')),
  identifier text NOT NULL,
  label text NOT NULL DEFAULT '',
  status text NOT NULL CHECK (status IN ('active', 'suspended', 'inactive')),
  -- Usage comes from the platform's data; null for kinds without usage (a domain).
  usage_used double precision CHECK (usage_used >= 0),
  usage_unit text CHECK (usage_unit IN ('MB', 'GB', 'minutes', 'seats')),
  usage_period text CHECK (usage_period IN ('day', 'month', 'year')),
  -- The admin's cap and alert level, in the usage's unit.
  cap_limit double precision CHECK (cap_limit > 0),
  cap_alert double precision CHECK (cap_alert > 0),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  version int NOT NULL,
  over_alert boolean GENERATED ALWAYS AS (coalesce(usage_used >= cap_alert, false)) STORED,
  over_cap boolean GENERATED ALWAYS AS (coalesce(usage_used >= cap_limit, false)) STORED,
  search_text text GENERATED ALWAYS AS (lower(identifier || ' ' || label)) STORED,
  CHECK ((usage_used IS NULL) = (usage_unit IS NULL) AND (usage_unit IS NULL) = (usage_period IS NULL)),
  CHECK ((cap_limit IS NULL) = (cap_alert IS NULL)),
  CHECK (cap_alert IS NULL OR cap_alert <= cap_limit),
  CHECK (cap_limit IS NULL OR usage_used IS NOT NULL)
);
-- One ICCID, domain or licence key exists once.
CREATE UNIQUE INDEX resources_identifier ON resources (kind, identifier);
-- The list orders, within one account (the default sort is by identifier; ties by id).
CREATE INDEX resources_account_identifier ON resources (account_id, identifier, id);
CREATE INDEX resources_account_label ON resources (account_id, lower(label), id);
CREATE INDEX resources_account_used ON resources (account_id, usage_used, id);
CREATE INDEX resources_account_created ON resources (account_id, created_at, id);
-- Across a reseller's subtree (include=descendants) the order comes from these.
CREATE INDEX resources_identifier_order ON resources (identifier, id);
-- "Over alert level" is rare: a partial index finds those rows without reading the others.
CREATE INDEX resources_over_alert ON resources (account_id, identifier, id) WHERE over_alert;
CREATE INDEX resources_search ON resources USING gin (search_text gin_trgm_ops);
