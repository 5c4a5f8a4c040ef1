-- Fixed-window counters of the rate limits, shared by every server instance on this database.
CREATE TABLE rate_limits (
  key text PRIMARY KEY,
  window_started_at bigint NOT NULL, -- epoch milliseconds
  count integer NOT NULL
);
CREATE INDEX rate_limits_window ON rate_limits (window_started_at);
