-- The facilitator's toolkit in the ateliers' live sessions: polls, quizzes and word clouds, the
-- answers (one per poll and account: a new answer replaces the previous, ON CONFLICT) and the
-- words sent to word clouds (one entry per cloud and account). Same layout as 002_metadata.sql:
-- the record in `data`, validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_atelier_polls (
  id text PRIMARY KEY,
  atelier_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_atelier_polls_atelier ON metadata_atelier_polls (atelier_id);

CREATE TABLE metadata_atelier_poll_answers (
  poll_id text NOT NULL,
  account_id text NOT NULL,
  atelier_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (poll_id, account_id)
);

CREATE TABLE metadata_atelier_word_entries (
  cloud_id text NOT NULL,
  account_id text NOT NULL,
  atelier_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL,
  PRIMARY KEY (cloud_id, account_id)
);
