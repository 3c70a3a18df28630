"""Read a Parquet export folder (``sagt export --what all --format parquet``, or
the Spark job's output) back into Articles with their statements.

Articles are read in batches; each batch's statements are selected from the
statements dataset with a filter on ``article_id``, so memory stays bounded
by the batch, not the export.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sagt.model import Article
from sagt.store.export_schema import articles_from_tables


def read_export(folder: Path, *, batch_rows: int = 2000) -> Iterator[Article]:
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    arts = ds.dataset(str(folder / "articles.parquet"), format="parquet")
    sts = ds.dataset(str(folder / "statements.parquet"), format="parquet")
    for batch in arts.to_batches(batch_size=batch_rows):
        import pyarrow as pa

        table = pa.Table.from_batches([batch])
        ids = table.column("id")
        st_table = sts.to_table(filter=pc.field("article_id").isin(ids))
        yield from articles_from_tables(table, st_table)
