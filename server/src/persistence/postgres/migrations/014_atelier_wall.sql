-- The wall of the ateliers' live sessions: the authors of anonymous notes (kept server-side for
-- moderation, never in the Y.Doc) and each participant's dots on each note. Same layout as
-- 002_metadata.sql: the record in `data`, validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_atelier_wall_authors (
  atelier_id text NOT NULL,
  note_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (atelier_id, note_id)
);

CREATE TABLE metadata_atelier_wall_votes (
  atelier_id text NOT NULL,
  note_id text NOT NULL,
  account_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (atelier_id, account_id, note_id)
);
CREATE INDEX metadata_atelier_wall_votes_note ON metadata_atelier_wall_votes (atelier_id, note_id);
