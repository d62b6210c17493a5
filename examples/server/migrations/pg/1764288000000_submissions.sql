-- PostgreSQL schema of the city forms server (node-pg-migrate, SQL migrations).
-- The same columns as the SQLite schema (src/db.ts), text where SQLite has text, so
-- a row reads back the same from either database.

-- Up Migration
CREATE TABLE submissions (
  seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id              text NOT NULL UNIQUE,
  form            text NOT NULL CHECK (form IN ('leave', 'agenda', 'document')),
  city            text NOT NULL,
  profile_version text,
  created_at      text NOT NULL,
  data            text NOT NULL,
  derived         text,
  result          text NOT NULL,
  -- Idempotency across server processes: a second insert with the same key fails
  -- (23505) and the server answers from the row the first one stored.
  idempotency_key text UNIQUE,
  request_hash    text,
  applicant_name  text,
  role            text,
  portfolio       text,
  start_date      text,
  end_date        text,
  owner           text,
  size_bytes      integer NOT NULL DEFAULT 0
);
CREATE INDEX submissions_city_form ON submissions (city, form, seq);
CREATE INDEX submissions_leave_dates ON submissions (form, city, start_date, end_date);
CREATE INDEX submissions_owner ON submissions (owner, size_bytes);

-- Down Migration
DROP TABLE submissions;
