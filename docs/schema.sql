-- Funnel's SQLite schema after every migration (Sources/SQLiteStore/Schema.swift), as sqlite_schema lists it:
-- sorted by type and name, each statement's lines trimmed. Do not edit: `make schema` writes it from a fresh
-- database, and SchemaFileTests fails when the migrator makes anything else.

-- index activity_on_deal on activity
CREATE INDEX activity_on_deal ON activity (deal_id, done_at, due);

-- index activity_planned_on_due on activity
CREATE INDEX activity_planned_on_due ON activity (due, deal_id) WHERE done_at IS NULL AND cancelled_at IS NULL;

-- index deal_change_on_deal on deal_change
CREATE INDEX deal_change_on_deal ON deal_change (deal_id, version);

-- index deal_for_forecast on deal
CREATE INDEX deal_for_forecast
ON deal (pipeline_id, stage_id, expected_close, currency, value, probability_override, status) WHERE status = 'open';

-- index deal_for_outcomes on deal
CREATE INDEX deal_for_outcomes
ON deal (pipeline_id, status, currency, owner, source, lost_reason, value);

-- index deal_for_values on deal
CREATE INDEX deal_for_values
ON deal (pipeline_id, status, currency, value, created_at, closed_at) WHERE status = 'won' OR status = 'open';

-- index deal_on_open_created on deal
CREATE INDEX deal_on_open_created ON deal (created_at) WHERE status = 'open';

-- index deal_on_open_expected_close on deal
CREATE INDEX deal_on_open_expected_close ON deal (expected_close) WHERE status = 'open';

-- index deal_on_open_idle on deal
CREATE INDEX deal_on_open_idle
ON deal (stage_id, max(stage_entered_at, coalesce(last_done_at, 0)), stage_entered_at, last_done_at, snoozed_until, status) WHERE status = 'open';

-- index deal_on_open_idle_since on deal
CREATE INDEX deal_on_open_idle_since ON deal (stage_id, max(stage_entered_at, coalesce(last_done_at, 0))) WHERE status = 'open';

-- index deal_on_open_lane on deal
CREATE INDEX deal_on_open_lane ON deal (stage_id, lane_position, id) WHERE status = 'open';

-- index deal_on_open_next_due on deal
CREATE INDEX deal_on_open_next_due ON deal (next_due) WHERE status = 'open';

-- index deal_on_open_revisit_on on deal
CREATE INDEX deal_on_open_revisit_on ON deal (revisit_on) WHERE status = 'open' AND revisit_on IS NOT NULL;

-- index deal_on_open_temperature_contact on deal
CREATE INDEX deal_on_open_temperature_contact ON deal (temperature, max(created_at, coalesce(last_contact_at, 0))) WHERE status = 'open';

-- index deal_on_pipeline_status on deal
CREATE INDEX deal_on_pipeline_status ON deal (pipeline_id, status, stage_id);

-- index deal_open_card on deal
CREATE INDEX deal_open_card
ON deal (id, pipeline_id, stage_id, lane_position, currency, value, probability_override, status)
WHERE status = 'open';

-- index deal_search_on_owner on deal_search
CREATE INDEX deal_search_on_owner ON deal_search (owner);

-- index deal_won_cycle on deal
CREATE INDEX deal_won_cycle ON deal (pipeline_id, currency, (closed_at - created_at)) WHERE status = 'won';

-- index imported_deal_on_source_external_id on imported_deal
CREATE UNIQUE INDEX imported_deal_on_source_external_id ON imported_deal (source, external_id);

-- index imported_row_on_fingerprint on imported_row
CREATE INDEX imported_row_on_fingerprint ON imported_row (fingerprint, import_run_id);

-- index pipeline_on_name on pipeline
CREATE UNIQUE INDEX pipeline_on_name ON pipeline (lower(name));

-- index stage_change_on_deal on stage_change
CREATE INDEX stage_change_on_deal ON stage_change (deal_id, at, id, undone, (coalesce(to_stage_id, 0) * 256 + unicode(kind) * 2 + (from_stage_id IS NULL)));

-- index stage_on_pipeline_name on stage
CREATE UNIQUE INDEX stage_on_pipeline_name ON stage (pipeline_id, lower(name));

-- index stage_on_pipeline_position on stage
CREATE INDEX stage_on_pipeline_position ON stage (pipeline_id, position);

-- table activity
CREATE TABLE activity (
id INTEGER PRIMARY KEY,
deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'sms', 'chat', 'social', 'demo', 'task', 'note')),
subject TEXT NOT NULL CHECK (length(trim(subject)) > 0),
due TEXT CHECK (due IS NULL OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' OR due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-2][0-9]:[0-5][0-9]'),
done_at INTEGER,
note TEXT,
owner TEXT,
created_at INTEGER NOT NULL, cancelled_at INTEGER CHECK (cancelled_at IS NULL OR done_at IS NULL), cancelled_by INTEGER, author TEXT,
CHECK (due IS NOT NULL OR done_at IS NOT NULL)
);

-- table deal
CREATE TABLE deal (
id INTEGER PRIMARY KEY,
title TEXT NOT NULL CHECK (length(trim(title)) > 0),
value INTEGER NOT NULL DEFAULT 0 CHECK (value >= 0),
currency TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
pipeline_id INTEGER NOT NULL REFERENCES pipeline (id),
stage_id INTEGER NOT NULL REFERENCES stage (id),
status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
lost_reason TEXT,
expected_close TEXT CHECK (expected_close IS NULL OR expected_close GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
owner TEXT,
organization TEXT,
person TEXT,
job_title TEXT,
email TEXT,
phone TEXT,
source TEXT,
temperature TEXT NOT NULL DEFAULT 'warm' CHECK (temperature IN ('hot', 'warm', 'cold')),
temperature_by_hand INTEGER NOT NULL DEFAULT 0 CHECK (temperature_by_hand IN (0, 1)),
budget TEXT NOT NULL DEFAULT 'unknown' CHECK (budget IN ('yes', 'no', 'unknown')),
authority TEXT NOT NULL DEFAULT 'unknown' CHECK (authority IN ('yes', 'no', 'unknown')),
need TEXT NOT NULL DEFAULT 'unknown' CHECK (need IN ('yes', 'no', 'unknown')),
timing TEXT NOT NULL DEFAULT 'unknown' CHECK (timing IN ('yes', 'no', 'unknown')),
priority INTEGER NOT NULL DEFAULT 0 CHECK (priority BETWEEN 0 AND 3),
probability_override INTEGER CHECK (probability_override IS NULL OR probability_override BETWEEN 0 AND 100),
notes TEXT,
created_at INTEGER NOT NULL,
stage_entered_at INTEGER NOT NULL,
updated_at INTEGER NOT NULL,
closed_at INTEGER,
lane_position REAL NOT NULL DEFAULT 0,
version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1), last_done_at INTEGER, last_contact_at INTEGER, next_due TEXT, snoozed_until TEXT CHECK (snoozed_until IS NULL OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'), snooze_reason TEXT, revisit_on TEXT CHECK (revisit_on IS NULL OR revisit_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
CHECK ((status = 'open') = (closed_at IS NULL)),
CHECK (status = 'lost' OR lost_reason IS NULL)
);

-- table deal_change
CREATE TABLE deal_change (
id INTEGER PRIMARY KEY,
deal_id INTEGER NOT NULL,
version INTEGER NOT NULL,
author TEXT,
at INTEGER NOT NULL,
kind TEXT NOT NULL,
title TEXT NOT NULL,
stage TEXT,
subject TEXT,
fields TEXT NOT NULL DEFAULT ''
);

-- table deal_search
CREATE TABLE deal_search (
deal_id INTEGER PRIMARY KEY,
title TEXT NOT NULL,
organization TEXT NOT NULL,
person TEXT NOT NULL,
owner TEXT NOT NULL
);

-- table deal_search_trigram
CREATE VIRTUAL TABLE deal_search_trigram USING fts5(
title, organization, person, owner,
content = 'deal_search', content_rowid = 'deal_id', tokenize = 'trigram case_sensitive 1'
);

-- table deal_search_trigram_config
CREATE TABLE 'deal_search_trigram_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table deal_search_trigram_data
CREATE TABLE 'deal_search_trigram_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table deal_search_trigram_docsize
CREATE TABLE 'deal_search_trigram_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table deal_search_trigram_idx
CREATE TABLE 'deal_search_trigram_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table grdb_migrations
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);

-- table import_run
CREATE TABLE import_run (
id INTEGER PRIMARY KEY,
file TEXT NOT NULL,
at INTEGER NOT NULL,
rows INTEGER NOT NULL CHECK (rows >= 0)
);

-- table imported_deal
CREATE TABLE imported_deal (
deal_id INTEGER PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE,
source TEXT NOT NULL CHECK (length(source) > 0),
external_id TEXT NOT NULL CHECK (length(external_id) > 0)
, last_values TEXT);

-- table imported_row
CREATE TABLE imported_row (
deal_id INTEGER PRIMARY KEY REFERENCES deal (id) ON DELETE CASCADE,
fingerprint INTEGER NOT NULL,
import_run_id INTEGER NOT NULL REFERENCES import_run (id) ON DELETE CASCADE
);

-- table pipeline
CREATE TABLE pipeline (
id INTEGER PRIMARY KEY,
name TEXT NOT NULL CHECK (length(trim(name)) > 0),
kind TEXT NOT NULL DEFAULT 'sales' CHECK (kind IN ('sales', 'revisit')),
position INTEGER NOT NULL
);

-- table review_progress
CREATE TABLE review_progress (
day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
reason TEXT NOT NULL,
decision TEXT NOT NULL,
deal_version INTEGER NOT NULL,
at INTEGER NOT NULL,
PRIMARY KEY (day, deal_id)
);

-- table setting
CREATE TABLE setting (
key TEXT PRIMARY KEY,
value TEXT NOT NULL
);

-- table stage
CREATE TABLE stage (
id INTEGER PRIMARY KEY,
pipeline_id INTEGER NOT NULL REFERENCES pipeline (id) ON DELETE CASCADE,
name TEXT NOT NULL CHECK (length(trim(name)) > 0),
position INTEGER NOT NULL CHECK (position >= 0),
probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
stall_days INTEGER NOT NULL CHECK (stall_days >= 0)
);

-- table stage_change
CREATE TABLE stage_change (
id INTEGER PRIMARY KEY,
deal_id INTEGER NOT NULL REFERENCES deal (id) ON DELETE CASCADE,
from_stage_id INTEGER REFERENCES stage (id) ON DELETE SET NULL,
to_stage_id INTEGER REFERENCES stage (id) ON DELETE SET NULL,
from_stage TEXT,
to_stage TEXT NOT NULL,
kind TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'won', 'lost', 'reopened', 'parked', 'unparked')),
at INTEGER NOT NULL,
undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
, author TEXT);

-- table stage_idle_day
CREATE TABLE stage_idle_day (
stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
idle_day INTEGER NOT NULL,
snoozed_until TEXT NOT NULL,
deals INTEGER NOT NULL,
PRIMARY KEY (stage_id, idle_day, snoozed_until)
) WITHOUT ROWID;

-- table stage_stay
CREATE TABLE stage_stay (
stage_id INTEGER NOT NULL,
end_kind TEXT NOT NULL,
end_stage_id INTEGER NOT NULL,
stays INTEGER NOT NULL,
won_stays INTEGER NOT NULL,
seconds INTEGER NOT NULL,
PRIMARY KEY (stage_id, end_kind, end_stage_id)
) WITHOUT ROWID;

-- table stage_stay_days
CREATE TABLE stage_stay_days (
stage_id INTEGER NOT NULL,
day INTEGER NOT NULL,
stays INTEGER NOT NULL,
PRIMARY KEY (stage_id, day)
) WITHOUT ROWID;

-- table stage_stay_seconds
CREATE TABLE stage_stay_seconds (
stage_id INTEGER NOT NULL,
seconds INTEGER NOT NULL,
stays INTEGER NOT NULL,
PRIMARY KEY (stage_id, seconds)
) WITHOUT ROWID;

-- table stage_total
CREATE TABLE stage_total (
stage_id INTEGER NOT NULL REFERENCES stage (id) ON DELETE CASCADE,
currency TEXT NOT NULL,
deals INTEGER NOT NULL,
value INTEGER NOT NULL,
stage_weighted_value INTEGER NOT NULL,
own_weighted_hundredths INTEGER NOT NULL,
PRIMARY KEY (stage_id, currency)
) WITHOUT ROWID;

-- trigger deal_search_after_delete on deal
CREATE TRIGGER deal_search_after_delete AFTER DELETE ON deal WHEN old.status = 'open' BEGIN
INSERT INTO deal_search_trigram (deal_search_trigram, rowid, title, organization, person, owner)
SELECT 'delete', deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = old.id;
DELETE FROM deal_search WHERE deal_id = old.id;
END;

-- trigger deal_search_after_insert on deal
CREATE TRIGGER deal_search_after_insert AFTER INSERT ON deal WHEN new.status = 'open' BEGIN
INSERT INTO deal_search (deal_id, title, organization, person, owner)
SELECT new.id,
CASE WHEN new.title GLOB '*[^ -~]*' THEN funnel_lower(new.title) ELSE lower(coalesce(new.title, '')) END,
CASE WHEN new.organization GLOB '*[^ -~]*' THEN funnel_lower(new.organization) ELSE lower(coalesce(new.organization, '')) END,
CASE WHEN new.person GLOB '*[^ -~]*' THEN funnel_lower(new.person) ELSE lower(coalesce(new.person, '')) END,
CASE WHEN new.owner GLOB '*[^ -~]*' THEN funnel_lower(new.owner) ELSE lower(coalesce(new.owner, '')) END
WHERE new.status = 'open';
INSERT INTO deal_search_trigram (rowid, title, organization, person, owner)
SELECT deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = new.id;
END;

-- trigger deal_search_after_update on deal
CREATE TRIGGER deal_search_after_update AFTER UPDATE OF id, title, organization, person, owner, status ON deal
WHEN (old.status = 'open' OR new.status = 'open')
AND (old.id IS NOT new.id OR old.title IS NOT new.title OR old.organization IS NOT new.organization
OR old.person IS NOT new.person OR old.owner IS NOT new.owner OR old.status IS NOT new.status)
BEGIN
INSERT INTO deal_search_trigram (deal_search_trigram, rowid, title, organization, person, owner)
SELECT 'delete', deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = old.id;
DELETE FROM deal_search WHERE deal_id = old.id;
INSERT INTO deal_search (deal_id, title, organization, person, owner)
SELECT new.id,
CASE WHEN new.title GLOB '*[^ -~]*' THEN funnel_lower(new.title) ELSE lower(coalesce(new.title, '')) END,
CASE WHEN new.organization GLOB '*[^ -~]*' THEN funnel_lower(new.organization) ELSE lower(coalesce(new.organization, '')) END,
CASE WHEN new.person GLOB '*[^ -~]*' THEN funnel_lower(new.person) ELSE lower(coalesce(new.person, '')) END,
CASE WHEN new.owner GLOB '*[^ -~]*' THEN funnel_lower(new.owner) ELSE lower(coalesce(new.owner, '')) END
WHERE new.status = 'open';
INSERT INTO deal_search_trigram (rowid, title, organization, person, owner)
SELECT deal_id, title, organization, person, owner FROM deal_search WHERE deal_id = new.id;
END;

-- trigger stage_idle_day_after_delete on deal
CREATE TRIGGER stage_idle_day_after_delete AFTER DELETE ON deal WHEN old.status = 'open'
BEGIN
UPDATE stage_idle_day SET deals = deals - 1
WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '');
DELETE FROM stage_idle_day
WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '') AND deals <= 0;
END;

-- trigger stage_idle_day_after_insert on deal
CREATE TRIGGER stage_idle_day_after_insert AFTER INSERT ON deal WHEN new.status = 'open'
BEGIN
INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
VALUES (new.stage_id, ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) - ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400), coalesce(new.snoozed_until, ''), 1)
ON CONFLICT (stage_id, idle_day, snoozed_until) DO UPDATE SET deals = deals + 1;
END;

-- trigger stage_idle_day_after_update_new on deal
CREATE TRIGGER stage_idle_day_after_update_new
AFTER UPDATE OF status, stage_id, stage_entered_at, last_done_at, snoozed_until ON deal
WHEN new.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.stage_entered_at IS NOT new.stage_entered_at
OR old.last_done_at IS NOT new.last_done_at OR old.snoozed_until IS NOT new.snoozed_until)
BEGIN
INSERT INTO stage_idle_day (stage_id, idle_day, snoozed_until, deals)
VALUES (new.stage_id, ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) - ((max(new.stage_entered_at, coalesce(new.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400), coalesce(new.snoozed_until, ''), 1)
ON CONFLICT (stage_id, idle_day, snoozed_until) DO UPDATE SET deals = deals + 1;
END;

-- trigger stage_idle_day_after_update_old on deal
CREATE TRIGGER stage_idle_day_after_update_old
AFTER UPDATE OF status, stage_id, stage_entered_at, last_done_at, snoozed_until ON deal
WHEN old.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.stage_entered_at IS NOT new.stage_entered_at
OR old.last_done_at IS NOT new.last_done_at OR old.snoozed_until IS NOT new.snoozed_until)
BEGIN
UPDATE stage_idle_day SET deals = deals - 1
WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '');
DELETE FROM stage_idle_day
WHERE stage_id = old.stage_id AND idle_day = ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) - ((max(old.stage_entered_at, coalesce(old.last_done_at, 0)) % 86400) + 86400) % 86400) / 86400) AND snoozed_until = coalesce(old.snoozed_until, '') AND deals <= 0;
END;

-- trigger stage_total_after_delete on deal
CREATE TRIGGER stage_total_after_delete AFTER DELETE ON deal WHEN old.status = 'open'
BEGIN
UPDATE stage_total SET
deals = deals - 1,
value = value - old.value,
stage_weighted_value = stage_weighted_value - CASE WHEN old.probability_override IS NULL THEN old.value ELSE 0 END,
own_weighted_hundredths = own_weighted_hundredths - coalesce(old.value * old.probability_override, 0)
WHERE stage_id = old.stage_id AND currency = old.currency;
DELETE FROM stage_total WHERE stage_id = old.stage_id AND currency = old.currency AND deals <= 0;
END;

-- trigger stage_total_after_insert on deal
CREATE TRIGGER stage_total_after_insert AFTER INSERT ON deal WHEN new.status = 'open'
BEGIN
INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
VALUES (new.stage_id, new.currency, 1, new.value,
CASE WHEN new.probability_override IS NULL THEN new.value ELSE 0 END,
coalesce(new.value * new.probability_override, 0))
ON CONFLICT (stage_id, currency) DO UPDATE SET
deals = deals + 1,
value = value + excluded.value,
stage_weighted_value = stage_weighted_value + excluded.stage_weighted_value,
own_weighted_hundredths = own_weighted_hundredths + excluded.own_weighted_hundredths;
END;

-- trigger stage_total_after_update_new on deal
CREATE TRIGGER stage_total_after_update_new
AFTER UPDATE OF status, stage_id, currency, value, probability_override ON deal
WHEN new.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.currency IS NOT new.currency
OR old.value IS NOT new.value OR old.probability_override IS NOT new.probability_override)
BEGIN
INSERT INTO stage_total (stage_id, currency, deals, value, stage_weighted_value, own_weighted_hundredths)
VALUES (new.stage_id, new.currency, 1, new.value,
CASE WHEN new.probability_override IS NULL THEN new.value ELSE 0 END,
coalesce(new.value * new.probability_override, 0))
ON CONFLICT (stage_id, currency) DO UPDATE SET
deals = deals + 1,
value = value + excluded.value,
stage_weighted_value = stage_weighted_value + excluded.stage_weighted_value,
own_weighted_hundredths = own_weighted_hundredths + excluded.own_weighted_hundredths;
END;

-- trigger stage_total_after_update_old on deal
CREATE TRIGGER stage_total_after_update_old
AFTER UPDATE OF status, stage_id, currency, value, probability_override ON deal
WHEN old.status = 'open' AND (old.status IS NOT new.status OR old.stage_id IS NOT new.stage_id OR old.currency IS NOT new.currency
OR old.value IS NOT new.value OR old.probability_override IS NOT new.probability_override)
BEGIN
UPDATE stage_total SET
deals = deals - 1,
value = value - old.value,
stage_weighted_value = stage_weighted_value - CASE WHEN old.probability_override IS NULL THEN old.value ELSE 0 END,
own_weighted_hundredths = own_weighted_hundredths - coalesce(old.value * old.probability_override, 0)
WHERE stage_id = old.stage_id AND currency = old.currency;
DELETE FROM stage_total WHERE stage_id = old.stage_id AND currency = old.currency AND deals <= 0;
END;
