"""``statements.resolved_gender`` / ``resolved_type``: the resolved speaker gender and type, indexed.

Search and statistics filter on the speaker's gender and type as the
registry knows them (``coalesce(speakers.gender, statements.speaker_gender)``).
Resolved through a join, no index can serve such a filter, and a
combination that matches nothing (``gender=male&speaker_type=organization``)
walked every statement. The two columns hold that value on the statement
itself, indexed with the date.

Triggers keep them in sync on both databases, whatever writes: a statement
inserted or relinked (``speaker_id``, its own gender or type changed) takes
its entity's values; an entity whose gender or type changes (ingest's
refresh, ``set-gender``, merge/split recounts) passes them to its
statements.
"""

from __future__ import annotations

from sqlalchemy import Connection

_SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS statements_entity_ai AFTER INSERT ON statements BEGIN
  UPDATE statements SET
    resolved_gender = coalesce((SELECT gender FROM speakers WHERE id = new.speaker_id), new.speaker_gender, 'unknown'),
    resolved_type = coalesce((SELECT type FROM speakers WHERE id = new.speaker_id), new.speaker_type, 'unknown')
  WHERE id = new.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS statements_entity_au AFTER UPDATE OF speaker_id, speaker_gender, speaker_type ON statements BEGIN
  UPDATE statements SET
    resolved_gender = coalesce((SELECT gender FROM speakers WHERE id = new.speaker_id), new.speaker_gender, 'unknown'),
    resolved_type = coalesce((SELECT type FROM speakers WHERE id = new.speaker_id), new.speaker_type, 'unknown')
  WHERE id = new.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS speakers_entity_au AFTER UPDATE OF gender, type ON speakers
WHEN old.gender IS NOT new.gender OR old.type IS NOT new.type BEGIN
  UPDATE statements SET resolved_gender = new.gender, resolved_type = new.type WHERE speaker_id = new.id;
END""",
    """CREATE TRIGGER IF NOT EXISTS speakers_entity_ad AFTER DELETE ON speakers BEGIN
  UPDATE statements SET resolved_gender = coalesce(speaker_gender, 'unknown'), resolved_type = coalesce(speaker_type, 'unknown')
  WHERE speaker_id = old.id;
END""",
]

_PG = [
    """CREATE OR REPLACE FUNCTION sagt_statements_entity() RETURNS trigger AS $$
BEGIN
  NEW.resolved_gender := coalesce((SELECT gender FROM speakers WHERE id = NEW.speaker_id), NEW.speaker_gender, 'unknown');
  NEW.resolved_type := coalesce((SELECT type FROM speakers WHERE id = NEW.speaker_id), NEW.speaker_type, 'unknown');
  RETURN NEW;
END $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION sagt_speakers_entity() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    UPDATE statements SET resolved_gender = coalesce(speaker_gender, 'unknown'), resolved_type = coalesce(speaker_type, 'unknown')
    WHERE speaker_id = OLD.id;
    RETURN OLD;
  END IF;
  UPDATE statements SET resolved_gender = NEW.gender, resolved_type = NEW.type WHERE speaker_id = NEW.id;
  RETURN NEW;
END $$ LANGUAGE plpgsql""",
    "DROP TRIGGER IF EXISTS statements_entity ON statements",
    """CREATE TRIGGER statements_entity BEFORE INSERT OR UPDATE OF speaker_id, speaker_gender, speaker_type ON statements
FOR EACH ROW EXECUTE FUNCTION sagt_statements_entity()""",
    "DROP TRIGGER IF EXISTS speakers_entity_au ON speakers",
    """CREATE TRIGGER speakers_entity_au AFTER UPDATE OF gender, type ON speakers
FOR EACH ROW WHEN (OLD.gender IS DISTINCT FROM NEW.gender OR OLD.type IS DISTINCT FROM NEW.type)
EXECUTE FUNCTION sagt_speakers_entity()""",
    "DROP TRIGGER IF EXISTS speakers_entity_ad ON speakers",
    """CREATE TRIGGER speakers_entity_ad AFTER DELETE ON speakers
FOR EACH ROW EXECUTE FUNCTION sagt_speakers_entity()""",
]


def install(conn: Connection) -> None:
    """Create the triggers (idempotent)."""
    for sql in _SQLITE if conn.dialect.name == "sqlite" else _PG:
        conn.exec_driver_sql(sql)


def backfill(conn: Connection) -> None:
    """Set both columns on every statement from the registry (migration 3)."""
    conn.exec_driver_sql(
        "UPDATE statements SET "
        "resolved_gender = coalesce((SELECT gender FROM speakers WHERE speakers.id = statements.speaker_id), speaker_gender, 'unknown'), "
        "resolved_type = coalesce((SELECT type FROM speakers WHERE speakers.id = statements.speaker_id), speaker_type, 'unknown')"
    )
