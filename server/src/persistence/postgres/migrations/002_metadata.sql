-- Metadata (PostgresMetadataStore): one table per kind of record. `data` holds the whole record
-- as the zod schema of records/ validates it (on write and on read); the other columns are copies
-- of the fields the store looks records up by or keeps unique. `seq` is the insertion order, which
-- the lists follow ("oldest first"). See server/src/persistence/README.md.

CREATE TABLE metadata_accounts (
  id text PRIMARY KEY,
  -- Lower-cased, like the email inside `data`: one address makes one account whatever its case.
  email text NOT NULL CONSTRAINT metadata_accounts_email UNIQUE,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_sessions (
  token_hash text PRIMARY KEY,
  account_id text NOT NULL,
  expires_at timestamptz NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_sessions_account ON metadata_sessions (account_id);
CREATE INDEX metadata_sessions_expiry ON metadata_sessions (expires_at);

CREATE TABLE metadata_spaces (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_memberships (
  space_id text NOT NULL,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (space_id, account_id)
);
CREATE INDEX metadata_memberships_account ON metadata_memberships (account_id);

CREATE TABLE metadata_invitations (
  id text PRIMARY KEY,
  token_hash text NOT NULL CONSTRAINT metadata_invitations_token_hash UNIQUE,
  space_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_invitations_space ON metadata_invitations (space_id);

CREATE TABLE metadata_access_tokens (
  id text PRIMARY KEY,
  token_hash text NOT NULL CONSTRAINT metadata_access_tokens_token_hash UNIQUE,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_access_tokens_account ON metadata_access_tokens (account_id);

CREATE TABLE metadata_documents (
  id text PRIMARY KEY,
  space_id text NOT NULL,
  shared_with_all boolean NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_documents_space ON metadata_documents (space_id);
CREATE INDEX metadata_documents_shared ON metadata_documents (seq) WHERE shared_with_all;

CREATE TABLE metadata_tool_proposals (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_tool_usages (
  document_id text NOT NULL,
  space_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (document_id, space_id)
);

CREATE TABLE metadata_notifications (
  id text PRIMARY KEY,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_notifications_account ON metadata_notifications (account_id, seq);

CREATE TABLE metadata_surveys (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_survey_answers (
  id text PRIMARY KEY,
  survey_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_survey_answers_survey ON metadata_survey_answers (survey_id);

CREATE TABLE metadata_exchange_threads (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

CREATE TABLE metadata_ateliers (
  id text PRIMARY KEY,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);

-- Rewritten as a whole per atelier by changeRegistrations, under a per-atelier advisory lock.
CREATE TABLE metadata_atelier_registrations (
  atelier_id text NOT NULL,
  account_id text NOT NULL,
  -- As written (ISO 8601), compared as text like the embedded store does.
  registered_at text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (atelier_id, account_id)
);
CREATE INDEX metadata_atelier_registrations_account ON metadata_atelier_registrations (account_id);

CREATE TABLE metadata_atelier_attendance (
  atelier_id text NOT NULL,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (atelier_id, account_id)
);

CREATE TABLE metadata_calendar_feeds (
  id text PRIMARY KEY,
  token_hash text NOT NULL CONSTRAINT metadata_calendar_feeds_token_hash UNIQUE,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_calendar_feeds_account ON metadata_calendar_feeds (account_id);

-- The audit trail: append-only, in `seq` order. Updates and deletions are refused by a trigger.
CREATE TABLE metadata_audit (
  seq bigserial PRIMARY KEY,
  data jsonb NOT NULL
);

CREATE FUNCTION metadata_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only';
END
$$;

CREATE TRIGGER metadata_audit_append_only
  BEFORE UPDATE OR DELETE ON metadata_audit
  FOR EACH ROW EXECUTE FUNCTION metadata_audit_refuse_change();
