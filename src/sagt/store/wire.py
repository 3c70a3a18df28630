"""Wire copy: one agency article republished by several outlets, recognised and linked.

Two signals, in order. First the agency tag: a byline like ``TT`` or
``8 SIDOR/TT``, a dateline ``(TT)``, a credit line ``/NTB`` in the text
(agency spellings come from the language pack). Then near-duplicate
detection: a MinHash signature (datasketch) over word 3-shingles of the
body, banded for locality-sensitive hashing. The bands live in the
database (``lsh_buckets``: one row per band hash and article), not in
memory, so a copy ingested next week still finds the original; a candidate
that shares a band is verified by its estimated Jaccard similarity. Copies
that carry an agency tag need less similarity (outlets trim, retitle and
add a paragraph) than two untagged articles, which must be near-identical.

Linked articles share a ``wire_group``; their statements are clustered so a
quote that ran in three outlets counts once (``is_primary``) and lists
every outlet that ran it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

from sagt.lang import get_pack
from sagt.model import Article

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows a band: candidates from Jaccard ~0.4 up
SHINGLE = 3
MIN_TOKENS = 40
#: A candidate must share this many bands (an article at Jaccard 0.55 shares ~3 of 32 on average, at 0.8 ~13).
MIN_SHARED_BANDS = 2
#: Candidates verified per article, those sharing most bands first.
MAX_CANDIDATES = 25  # shorter texts (notices, briefs) are too generic to call copies

#: Jaccard (estimated) above which two articles are copies of one another.
THRESHOLD_TAGGED = 0.55
THRESHOLD_UNTAGGED = 0.85

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    """What the store keeps about an article's text for copy detection."""

    signature: bytes
    band_keys: tuple[int, ...]


@cache
def _agency_patterns(lang: str) -> list[tuple[re.Pattern[str], re.Pattern[str], str]]:
    pack = get_pack(lang)
    out = []
    for spelling, canon in sorted(pack.agencies.items(), key=lambda kv: -len(kv[0])):
        s = re.escape(spelling)
        byline = re.compile(rf"(?<!\w){s}(?!\w)")
        # In the text only credit forms count, not "säger han enligt TT".
        text = re.compile(rf"(?:\({s}\)|/\s*{s}(?!\w)|^\s*{s}\s*$|^{s}\s*:)", re.M)
        out.append((byline, text, canon))
    return out


def detect_agency(article: Article) -> str | None:
    """The news agency the article credits itself to, if any (canonical name)."""
    try:
        patterns = _agency_patterns(article.lang or "sv")
    except Exception:  # no language pack: fall back to Swedish spellings
        patterns = _agency_patterns("sv")
    for byline_re, text_re, canon in patterns:
        if article.byline and byline_re.search(article.byline):
            return canon
        if any(t == canon or t.casefold() == canon.casefold() for t in article.tags):
            return canon
    for _byline_re, text_re, canon in patterns:
        if text_re.search(article.text):
            return canon
    return None


def body_text(article: Article) -> str:
    """The text without its first line when that line is the headline (outlets retitle copies)."""
    text = article.text
    if article.title:
        stripped = text.lstrip()
        if stripped.startswith(article.title.strip()):
            return stripped[len(article.title.strip()):]
    return text


def shingles(text: str) -> list[bytes]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < MIN_TOKENS:
        return []
    return [" ".join(words[i : i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)]


def fingerprint(article: Article) -> Fingerprint | None:
    """MinHash signature and LSH band keys of the article body; ``None`` for short texts."""
    sh = shingles(body_text(article))
    if not sh:
        return None
    from datasketch import LeanMinHash, MinHash  # imported late: it pulls in scipy (0.5 s per start)

    perms, scheme = _permutations()
    mh = MinHash(num_perm=NUM_PERM, permutations=perms, scheme=scheme)
    mh.update_batch(sh)
    lean = LeanMinHash(mh)
    buf = bytearray(lean.bytesize())
    lean.serialize(buf)
    return Fingerprint(bytes(buf), band_keys(lean.hashvalues))


@cache
def _permutations() -> tuple[object, str]:
    """datasketch's permutations (and their scheme) for seed 1, made once: making them costs more than hashing an article."""
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=1)
    return mh.permutations, mh.scheme


def band_keys(hashvalues: np.ndarray) -> tuple[int, ...]:
    """One signed 64-bit key per band: a hash of (band number, the band's rows)."""
    keys = []
    for b in range(BANDS):
        rows = np.asarray(hashvalues[b * ROWS : (b + 1) * ROWS], dtype=np.uint64).tobytes()
        digest = hashlib.blake2b(b.to_bytes(2, "little") + rows, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return tuple(keys)


def similarity(sig_a: bytes, sig_b: bytes) -> float:
    """Estimated Jaccard similarity of two serialised signatures."""
    (ka, a), (kb, b) = _hashvalues(sig_a), _hashvalues(sig_b)
    if ka != kb:
        raise ValueError("MinHash signatures with different seeds, schemes or sizes")
    return float(np.count_nonzero(a == b)) / float(len(a))


@lru_cache(maxsize=8192)
def _hashvalues(sig: bytes) -> tuple[tuple[object, ...], np.ndarray]:
    """(seed, scheme, size) and the hash values of a serialised signature, parsed once.

    Ingest compares each new article with up to 25 candidates, and the same
    earlier articles come up as candidates again and again.
    """
    from datasketch import LeanMinHash

    m = LeanMinHash.deserialize(sig)
    return (m.seed, getattr(m, "scheme", None), len(m)), np.asarray(m.hashvalues)


def is_copy(sim: float, agency_a: str | None, agency_b: str | None) -> bool:
    """Whether two articles with similarity ``sim`` are copies, given their agency tags."""
    threshold = THRESHOLD_TAGGED if (agency_a or agency_b) else THRESHOLD_UNTAGGED
    return sim >= threshold


# -- statement clustering within a wire group ---------------------------------------


def content_tokens(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(text))


def same_statement(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two statements from copies of one article are the same if their words mostly agree."""
    if not a or not b:
        return a == b
    inter = len(a & b)
    return inter / len(a | b) >= 0.7 or (inter / min(len(a), len(b)) >= 0.9 and min(len(a), len(b)) >= 4)
