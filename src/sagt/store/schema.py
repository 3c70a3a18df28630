"""The one schema of the statement store, as SQLAlchemy Core tables.

The same tables run on SQLite and PostgreSQL; only full-text search differs
(an FTS5 table on SQLite, a GIN index over ``to_tsvector('swedish', ...)``
on PostgreSQL) and lives in :mod:`sagt.store.fts`.

Statements carry a few denormalised article columns (outlet, date, wire
group) because every search filters on them and a join per row would cost
more than the bytes.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

#: An auto-incrementing 64-bit key (SQLite wants INTEGER to alias the rowid).
IdType = BigInteger().with_variant(Integer(), "sqlite")

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", Text, nullable=False),
    Column("applied_at", Text, nullable=False),
)

wire_groups = Table(
    "wire_groups",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("canonical_article_id", IdType),  # no FK: the article may be replaced
    Column("agency", Text),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("created_at", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("key", Text, nullable=False, unique=True),
    Column("ext_id", Text, nullable=False),
    Column("url", Text),
    Column("outlet", Text),
    Column("title", Text),
    Column("byline", Text),
    Column("published", Text),
    Column("published_date", Text),
    Column("updated", Text),
    Column("lang", Text, nullable=False, default="sv"),
    Column("source", Text),
    Column("tags", Text, nullable=False, default="[]"),  # JSON list
    Column("text", Text, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("agency", Text),
    Column("wire_group_id", IdType, ForeignKey("wire_groups.id", ondelete="SET NULL")),
    Column("n_statements", Integer, nullable=False, default=0),
    Column("extractor", Text),
    Column("ingested_at", Text, nullable=False),
    Index("ix_articles_ext_id", "ext_id"),
    Index("ix_articles_outlet_date", "outlet", "published_date"),
    Index("ix_articles_date", "published_date"),
    Index("ix_articles_wire_group", "wire_group_id"),
    Index("ix_articles_url", "url"),
)

article_versions = Table(
    "article_versions",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("article_id", IdType, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("content_hash", Text, nullable=False),
    Column("title", Text),
    Column("byline", Text),
    Column("published", Text),
    Column("updated", Text),
    Column("text", Text, nullable=False),
    Column("statements", Text, nullable=False, default="[]"),  # JSON list of Statement.to_dict()
    Column("stored_at", Text, nullable=False),
    Column("replaced_at", Text, nullable=False),
    UniqueConstraint("article_id", "content_hash", name="uq_article_versions_hash"),
    Index("ix_article_versions_article", "article_id"),
)

article_minhash = Table(
    "article_minhash",
    metadata,
    Column("article_id", IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("signature", LargeBinary, nullable=False),
)

lsh_buckets = Table(
    "lsh_buckets",
    metadata,
    Column("band_key", BigInteger, primary_key=True, autoincrement=False),
    Column("article_id", IdType, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_lsh_buckets_article", "article_id"),
)

speakers = Table(
    "speakers",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("norm_name", Text, nullable=False),
    Column("first_norm", Text),
    Column("surname_norm", Text),
    Column("type", Text, nullable=False, default="unknown"),
    Column("gender", Text, nullable=False, default="unknown"),
    Column("gender_source", Text),
    Column("organization", Text),
    Column("role", Text),  # latest known role; the history is in speaker_articles
    Column("role_date", Text),  # date of the article that gave ``role``/``organization``
    Column("merged_into", IdType),
    Column("name_locked", Integer, nullable=False, default=0),
    Column("local_to", IdType),  # article id for speakers that only exist within one article
    Column("created_at", Text, nullable=False),
    Index("ix_speakers_norm", "norm_name"),
    Index("ix_speakers_surname", "surname_norm"),
)

speaker_aliases = Table(
    "speaker_aliases",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("speaker_id", IdType, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("alias_norm", Text, nullable=False),
    Column("alias", Text, nullable=False),
    Column("manual", Integer, nullable=False, default=0),
    UniqueConstraint("alias_norm", "speaker_id", name="uq_speaker_alias"),
    Index("ix_speaker_aliases_norm", "alias_norm"),
)

#: One row per (speaker, article): the roles over time and the gender evidence.
speaker_articles = Table(
    "speaker_articles",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("speaker_id", IdType, ForeignKey("speakers.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", IdType, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("name", Text),
    Column("role", Text),
    Column("organization", Text),
    Column("gender", Text),
    Column("gender_source", Text),
    Column("date", Text),
    Column("n_statements", Integer, nullable=False, default=0),
    Index("ix_speaker_articles_speaker", "speaker_id", "date"),
    Index("ix_speaker_articles_article", "article_id"),
)

speaker_overrides = Table(
    "speaker_overrides",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("action", Text, nullable=False),  # merge | split | set_gender | rename
    Column("payload", Text, nullable=False),  # JSON
    Column("created_at", Text, nullable=False),
)

statements = Table(
    "statements",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("article_id", IdType, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("content_start", Integer, nullable=False),
    Column("content_end", Integer, nullable=False),
    Column("content", Text, nullable=False),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("cue", Text),
    Column("mention_start", Integer),
    Column("mention_end", Integer),
    Column("mention", Text),
    Column("speaker_name", Text),
    Column("speaker_norm", Text),
    Column("speaker_type", Text, nullable=False, default="unknown"),
    Column("speaker_role", Text),
    Column("speaker_gender", Text, nullable=False, default="unknown"),
    Column("speaker_gender_source", Text),
    Column("speaker_org", Text),
    Column("speaker_id", IdType, ForeignKey("speakers.id", ondelete="SET NULL")),
    Column("via", Text, nullable=False, default="[]"),  # JSON list
    Column("confidence", Float, nullable=False, default=0.5),
    Column("outlet", Text),
    Column("published_date", Text),
    Column("wire_group_id", IdType),
    Column("cluster_id", IdType),  # id of the first statement of its wire cluster (itself if alone)
    Column("is_primary", Integer, nullable=False, default=1),
    # The speaker's gender and type as search and statistics see them:
    # the registry entity's (speakers.gender/type) when linked, else the
    # statement's own. Kept by triggers (:mod:`sagt.store.entity_cols`), so
    # every registry edit (merge, split, set-gender, refresh) carries over.
    Column("resolved_gender", Text, nullable=False, server_default="unknown"),
    Column("resolved_type", Text, nullable=False, server_default="unknown"),
    UniqueConstraint("article_id", "seq", name="uq_statements_article_seq"),
    Index("ix_statements_speaker", "speaker_id", "published_date"),
    Index("ix_statements_speaker_counts", "speaker_id", "is_primary", "published_date", "outlet"),  # a speaker page counts from the index
    Index("ix_statements_outlet_date", "outlet", "published_date"),
    Index("ix_statements_primary_date", "is_primary", "published_date"),
    Index("ix_statements_cluster", "cluster_id"),
    Index("ix_statements_wire_group", "wire_group_id"),
    Index("ix_statements_gender", "resolved_gender", "is_primary", "published_date"),
    Index("ix_statements_type_gender", "resolved_type", "resolved_gender", "is_primary", "published_date"),
)

#: Statement counts kept by triggers (:mod:`sagt.store.rollups`) for the statistics pages: per month,
#: outlet, kind, resolved gender and type, role; all statements and primary copies only.
statement_rollup = Table(
    "statement_rollup",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("month", Text),
    Column("outlet", Text),
    Column("kind", Text),
    Column("gender", Text),
    Column("type", Text),
    Column("role", Text),
    Column("n_all", BigInteger, nullable=False, default=0),
    Column("n_primary", BigInteger, nullable=False, default=0),
)

#: The same per speaker (the entity, or for statements without one the normalised and written name),
#: resolved gender and type, role: distinct speakers and the speaker list.
speaker_rollup = Table(
    "speaker_rollup",
    metadata,
    Column("id", IdType, primary_key=True, autoincrement=True),
    Column("speaker_id", IdType),
    Column("speaker_norm", Text),
    Column("speaker_name", Text),
    Column("gender", Text),
    Column("type", Text),
    Column("role", Text),
    Column("n_all", BigInteger, nullable=False, default=0),
    Column("n_primary", BigInteger, nullable=False, default=0),
)
