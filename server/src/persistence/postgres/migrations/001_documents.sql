-- Documents: a compacted snapshot per document plus the updates appended since, in order.
-- See server/src/persistence/postgres/README.md for how compaction and concurrent appends meet.

CREATE TABLE document_snapshots (
  document_id text PRIMARY KEY,
  -- One Yjs update equivalent to everything compacted so far.
  state bytea NOT NULL,
  -- Yjs state vector of `state`, so that loading it needs no decoding.
  state_vector bytea NOT NULL,
  compacted_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE document_updates (
  document_id text NOT NULL,
  -- Order of appends across every process; only the order within one document matters.
  seq bigserial NOT NULL,
  update bytea NOT NULL,
  appended_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (document_id, seq)
);
