-- Answers of written requests by their Idempotency-Key (issue 20), for every create and import
-- (server/http/idempotency.ts): a request repeated with its key, on any instance, replays the first
-- answer instead of writing twice. Replaces `import_batches` (007), whose stored answers move here.
-- `response` is NULL while the request that claimed the key is still running.
CREATE TABLE idempotent_requests (
  endpoint text NOT NULL,
  account_id text NOT NULL REFERENCES accounts (id),
  idempotency_key text NOT NULL,
  request_hash text NOT NULL,
  status integer,
  response jsonb,
  created_at timestamptz NOT NULL,
  PRIMARY KEY (endpoint, account_id, idempotency_key)
);
CREATE INDEX idempotent_requests_created ON idempotent_requests (created_at);
INSERT INTO idempotent_requests (endpoint, account_id, idempotency_key, request_hash, status, response, created_at)
  SELECT 'imports', account_id, idempotency_key, request_hash, CASE WHEN response IS NULL THEN NULL ELSE 200 END,
    response, created_at
  FROM import_batches;
DROP TABLE import_batches;
