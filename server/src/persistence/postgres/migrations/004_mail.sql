-- E-mail (issue #16): the outbox the queue worker sends from, the events waiting for each
-- account's daily digest, each account's preferences, the opt-outs of addresses without account
-- and the secret of unsubscribe links. Same layout as 002_metadata.sql: the record in `data`,
-- validated by its zod schema, `seq` its insertion order, other columns copies of its fields.

CREATE TABLE metadata_mail_outbox (
  id text PRIMARY KEY,
  -- '' for an address without account.
  account_id text NOT NULL,
  -- Neither sent nor failed: what the worker claims.
  pending boolean NOT NULL,
  next_attempt_at text NOT NULL,
  -- When it was sent or given up, '' while pending: what the purge deletes.
  finished_at text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_mail_outbox_due ON metadata_mail_outbox (next_attempt_at COLLATE "C")
  WHERE pending;
CREATE INDEX metadata_mail_outbox_account ON metadata_mail_outbox (account_id);

CREATE TABLE metadata_mail_digest_entries (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  created_at text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_mail_digest_entries_account ON metadata_mail_digest_entries (account_id);
CREATE INDEX metadata_mail_digest_entries_created ON metadata_mail_digest_entries
  (created_at COLLATE "C");

CREATE TABLE metadata_mail_preferences (
  account_id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_mail_address_opt_outs (
  address text NOT NULL,
  kind text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (address, kind)
);

CREATE TABLE metadata_mail_secrets (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
