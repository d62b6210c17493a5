-- The audit log (who read or wrote what, and when): append-only, as in SQLite, where
-- triggers refuse UPDATE and DELETE; here TRUNCATE too. An index for the retention purge.

-- Up Migration
CREATE TABLE audit_log (
  seq    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at     text NOT NULL,
  actor  text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  status integer NOT NULL,
  detail text,
  ip     text
);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE INDEX submissions_created_at ON submissions (created_at);

-- Down Migration
DROP INDEX submissions_created_at;
DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
