-- The version history of documents (server/src/versions, PostgresVersionStore): one row per
-- version, its record apart from its state, so that listing never reads the states.
CREATE TABLE document_versions (
  id uuid PRIMARY KEY,
  document_id text NOT NULL,
  -- Order of insertion across every process: newest first is ORDER BY created_at DESC, seq DESC.
  seq bigserial NOT NULL,
  created_at timestamptz NOT NULL,
  -- The whole record, as versions/VersionRecord.ts validates it (on write and on read).
  data jsonb NOT NULL
);
CREATE INDEX document_versions_document ON document_versions (document_id, created_at DESC, seq DESC);

-- The Yjs state of each version (Y.encodeStateAsUpdate), read only to view, compare or restore it.
CREATE TABLE document_version_states (
  version_id uuid PRIMARY KEY REFERENCES document_versions (id) ON DELETE CASCADE,
  state bytea NOT NULL
);
