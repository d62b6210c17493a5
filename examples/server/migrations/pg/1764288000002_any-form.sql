-- The form column no longer lists the forms: a new form of the rules (e.g. the
-- return report, leaveReturn) needs no migration; the server's route accepts only
-- the rules' FORM_IDS. The same change as SQLite's schema version 4 (src/db.ts).

-- Up Migration
ALTER TABLE submissions DROP CONSTRAINT submissions_form_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_form_check CHECK (length(form) BETWEEN 1 AND 40);

-- Down Migration
ALTER TABLE submissions DROP CONSTRAINT submissions_form_check;
ALTER TABLE submissions ADD CONSTRAINT submissions_form_check CHECK (form IN ('leave', 'agenda', 'document'));
