-- The veille: watch items (unique by their normalised URL, so one study is entered once) and each
-- person's secret address of its feeds. Same layout as 002_metadata.sql: the record in `data`,
-- validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_veille_items (
  id text PRIMARY KEY,
  normalized_url text NOT NULL CONSTRAINT metadata_veille_items_normalized_url UNIQUE,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_veille_feeds (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  token_hash text NOT NULL CONSTRAINT metadata_veille_feeds_token_hash UNIQUE,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_veille_feeds_account ON metadata_veille_feeds (account_id);
