"""WARC archives (web crawls, e.g. from Common Crawl or wget --warc-file): every
HTML response becomes a work item; other records (requests, metadata, images,
redirects, errors) are skipped silently as they are not articles.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sagt.errors import ReadError


def read_warc(i: int, path: Path) -> Iterator["Work | ReadError"]:  # noqa: F821
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    from sagt.ingest.sources import Work

    n = 0
    try:
        with open(path, "rb") as fh:
            for rec in ArchiveIterator(fh, arc2warc=True):
                if rec.rec_type != "response":
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                status = rec.http_headers.get_statuscode() if rec.http_headers else None
                ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                if status and not str(status).startswith("2"):
                    continue
                if "html" not in ctype.lower():
                    continue
                body = rec.content_stream().read()
                n += 1
                yield Work(i, f"{path}#{url}", html=body, id=url or f"{path.name}:{n}", url=url)
    except ArchiveLoadFailed as exc:
        yield ReadError(str(path), f"not a valid WARC file: {exc}")
        return
    except (OSError, EOFError) as exc:
        yield ReadError(str(path), f"truncated or unreadable WARC after {n} pages: {exc}")
        return
    if n == 0:
        yield ReadError(str(path), "no HTML responses in this WARC file")
