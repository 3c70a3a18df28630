"""sagt on Apache Spark: a batch job from WARC / JSON Lines / Parquet to a Parquet export.

The job (:mod:`sagt.spark.job`) reads news archives, runs the extraction
pipeline once per Python worker, finds wire copies and builds the speaker
registry at corpus scale, and writes ``articles.parquet``,
``statements.parquet`` and ``speakers.parquet`` with the columns of
:mod:`sagt.store.export_schema` (the same as ``sagt export --format
parquet``), so ``sagt ingest OUT_DIR`` loads the result into SQLite or
PostgreSQL.

Only :mod:`sagt.spark.job` and :mod:`sagt.spark.cli` (inside its command)
import pyspark; :mod:`sagt.spark.inputs` and :mod:`sagt.spark.stages` are
plain Python, run inside the Spark tasks and testable without Spark.
See ``docs/spark.md``.
"""
