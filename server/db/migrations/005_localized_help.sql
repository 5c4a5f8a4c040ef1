-- Issue 15. The help message and opening hours are the reseller's text: a plain string or a map
-- by language (LocalizedText), as jsonb. Existing single strings become JSON strings, which the
-- API returns as they were, so settings written before this migration keep working unchanged.
ALTER TABLE help_settings ALTER COLUMN message TYPE jsonb USING to_jsonb(message);
ALTER TABLE help_settings ALTER COLUMN hours TYPE jsonb USING to_jsonb(hours);
