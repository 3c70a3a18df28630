"""The subword name-type model: gazetteer knowledge as floret vectors.

    python training/features.py [--out training/output/nametype] [--buckets 200000] [--epochs 200]

Why: most names in cross-domain text (UNER PUD: Reagan, Mishima, Kamtjatka)
never occur in the ~180k tokens of Swedish NER training data, and the NER's
own hashed prefix/suffix features learn what a name looks like from those
few thousand mentions only. The gazetteer lists of ``training/gazetteers/``
hold ~140k person names, places and organisations. A fastText-style linear
classifier trained here on them (and on common Swedish words) reads a word's
character n-grams (2-5, floret hashing) and gives four scores: person name,
place, organisation, Swedish word. It knows the listed words (it is trained
until it nearly memorises them) and guesses the rest from their spelling:
*Rafferty* looks like a surname, *Trakien* like a place.

The scores are stored as spaCy *floret* vectors (``vectors.mode = floret``,
keyed on the lowercase form) and the NER reads them as static vectors
(``configs/sv_ner.cfg``: ``include_static_vectors``) through a learned
projection, so the model itself decides how far to trust them. spaCy saves,
loads and applies the table with the pipeline: no code of ours runs at
inference, and any word, seen or not, gets its scores. The table is
``buckets x 4`` floats (3.2 MB at 200k buckets).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _compat  # noqa: E402,F401  (before spacy)

from sagt.nlp.name_cues import NAME_TYPE_CLASSES as CLASSES, NAME_TYPE_VECTORS  # noqa: E402  (the cues read the table)

GAZ = HERE / "gazetteers"
#: gazetteer list -> the class its single-word entries teach
LISTS = {
    "per-known.txt": "PER",
    "per-given.txt": "PER",
    "per-surname.txt": "PER",
    "loc-country.txt": "LOC",
    "loc-city.txt": "LOC",
    "loc-region.txt": "LOC",
    "org-name.txt": "ORG",
    "org-word.txt": "ORG",
}
#: hand-made or hand-picked lists; the big generated ones (Faker's names,
#: GeoNames' cities) give way to them where they share a word
CURATED = {"per-known.txt", "loc-country.txt", "loc-region.txt", "org-name.txt", "org-word.txt"}
BUCKETS = 200_000
EPOCHS = 200
MINN, MAXN = 2, 5


def read_list(name: str) -> list[str]:
    return [ln for ln in (GAZ / name).read_text(encoding="utf8").splitlines() if ln]


def genitives(word: str) -> list[str]:
    """Swedish genitive forms: Obama -> Obamas, USA -> USA:s; none after s, x, z."""
    if word[-1:].lower() in "sxz":
        return []
    if word.isupper():
        return [word + ":s", word + "s"]
    return [word + "s"]


def lowercase_words() -> set[str]:
    """Words the training sentences (UNER Talbanken, Webbnyheter train split)
    write in lower case: real Swedish words, unlike the case-folded names
    that wordfreq counts too (trump, putin)."""
    import spacy
    from convert import DEFAULT_DATA, iob2_docs, webbnyheter_split

    vocab = spacy.blank("sv").vocab
    docs = iob2_docs(vocab, DEFAULT_DATA / "ner" / "uner-talbanken-train.iob2")
    docs += webbnyheter_split(vocab)[0]
    return {t.text for d in docs for t in d if t.text.islower()}


def word_classes() -> dict[str, numpy.ndarray]:
    """Lowercase single word -> distribution over CLASSES. A word in several
    lists shares its mass (Alice is a given name and a town). WORD: a word of
    ``sv-words.tsv`` that the training sentences write in lower case (so
    also the Swedish side of Till, Sade, Regeringen), or one in no list so
    common (Zipf >= 5) that it must be a Swedish word; it weighs more the
    commoner it is."""
    out: dict[str, numpy.ndarray] = {}
    curated: set[str] = set()
    for fname, cls in sorted(LISTS.items(), key=lambda item: item[0] not in CURATED):
        k = CLASSES.index(cls)
        for entry in read_list(fname):
            # the famous (per-known) teach every word of their names: Zelenskyj, Merkel
            words = entry.split() if fname == "per-known.txt" else [entry]
            for w in words:
                w = w.lower()
                if " " in w or not entry[:1].isupper() or (w in curated and fname not in CURATED):
                    continue  # a curated list outranks the big ones: Kina is a country, not a given name
                if fname in CURATED:
                    curated.add(w)
                out.setdefault(w, numpy.zeros(len(CLASSES), dtype="float32"))[k] = 1.0
    lower = lowercase_words()
    for line in read_list("sv-words.tsv"):
        word, zipf10 = line.split("\t")
        z = int(zipf10)
        if word in lower or (z >= 50 and word not in out):
            out.setdefault(word, numpy.zeros(len(CLASSES), dtype="float32"))[-1] = 1.0 + (z - 30) / 10
    return {w: v / v.sum() for w, v in out.items()}


def train_table(words: dict[str, numpy.ndarray], ngram_rows, buckets: int, epochs: int) -> numpy.ndarray:
    """Fit the ``buckets x classes`` table so that the mean of a word's
    n-gram rows are the logits of its class (softmax cross-entropy, classes
    weighted to equal mass, full-batch Adam: deterministic)."""
    import scipy.sparse

    rows, cols, vals = [], [], []
    targets = numpy.zeros((len(words), len(CLASSES)), dtype="float32")
    for i, (w, dist) in enumerate(words.items()):
        idx = ngram_rows(w)
        rows += [i] * len(idx)
        cols += idx
        vals += [1.0 / len(idx)] * len(idx)
        targets[i] = dist
    A = scipy.sparse.csr_matrix((vals, (rows, cols)), shape=(len(words), buckets), dtype="float32")
    At = A.T.tocsr()
    mass = targets.sum(0, keepdims=True)
    mass[mass == 0] = 1.0  # a class no word teaches (a small run) weighs nothing, not NaN
    weight = (targets / mass * len(words) / len(CLASSES)).sum(1, keepdims=True)
    table = numpy.zeros((buckets, len(CLASSES)), dtype="float32")
    m = numpy.zeros_like(table)
    v = numpy.zeros_like(table)
    lr, b1, b2 = 0.5, 0.9, 0.999
    for step in range(1, epochs + 1):
        logits = A @ table
        logits -= logits.max(1, keepdims=True)
        p = numpy.exp(logits)
        p /= p.sum(1, keepdims=True)
        grad = At @ ((p - targets) * weight) / len(words) * 100
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        table -= lr * (m / (1 - b1**step)) / (numpy.sqrt(v / (1 - b2**step)) + 1e-8)
        if step % 20 == 0 or step == epochs:
            acc = (p.argmax(1) == targets.argmax(1)).mean()
            print(f"name-type model: epoch {step}, accuracy on the lists {acc:.3f}", flush=True)
    return table


def build_vectors(vocab, buckets: int = BUCKETS, epochs: int = EPOCHS) -> int:
    """Replace ``vocab.vectors`` with the trained name-type table; returns the number of training words."""
    from spacy.vectors import Vectors

    table = numpy.zeros((buckets, len(CLASSES)), dtype="float32")
    vectors = Vectors(mode="floret", data=table, minn=MINN, maxn=MAXN, hash_count=2, attr="LOWER",
                      name=NAME_TYPE_VECTORS)

    def ngram_rows(word: str) -> list[int]:
        # exactly the rows spaCy's floret lookup averages for this word
        return [h % buckets for ng in vectors._get_ngrams(word) for h in vectors._get_ngram_hashes(ng)]

    words = word_classes()
    table[:] = train_table(words, ngram_rows, buckets, epochs)
    vocab.vectors = vectors
    return len(words)


def main() -> None:
    import spacy

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "output" / "nametype")
    ap.add_argument("--buckets", type=int, default=BUCKETS)
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    args = ap.parse_args()
    nlp = spacy.blank("sv")
    n = build_vectors(nlp.vocab, args.buckets, args.epochs)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(args.out)
    print(f"wrote {args.out}: trained on {n} words, table {nlp.vocab.vectors.shape}")


if __name__ == "__main__":
    main()
