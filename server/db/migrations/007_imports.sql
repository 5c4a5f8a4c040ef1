-- Answers of written import batches by their Idempotency-Key (issue 17): a repeated batch, from any
-- instance, replays the stored answer instead of writing twice. `response` is NULL while the batch
-- that claimed the key is still running.
CREATE TABLE import_batches (
  account_id text NOT NULL REFERENCES accounts (id),
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (account_id, idempotency_key)
);
CREATE INDEX import_batches_created ON import_batches (created_at);
