-- The séances of the governance instances and their attendance. Same layout as
-- 002_metadata.sql: the record in `data`, validated by its zod schema, `seq` its insertion order.

CREATE TABLE metadata_meetings (
  id text PRIMARY KEY,
  instance_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_meetings_instance ON metadata_meetings (instance_id);

CREATE TABLE metadata_meeting_attendance (
  id text PRIMARY KEY,
  meeting_id text NOT NULL,
  seq bigserial NOT NULL,
  data jsonb NOT NULL
);
CREATE INDEX metadata_meeting_attendance_meeting ON metadata_meeting_attendance (meeting_id);
