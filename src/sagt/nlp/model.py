"""Load sagt's own Swedish pipeline (UPOS tagger + PER/ORG/LOC NER) from package data.

The pipeline is a spaCy ``nlp.to_disk`` directory shipped inside the package
(``sagt/models/sv_sagt_core``).  It was trained by ``training/train.py`` from
open data only (UD Swedish-Talbanken, UNER, Webbnyheter 2012; licences in
``sagt/models/LICENSES.md``).  Loading reads local files only: it never
downloads anything.

Components: ``tok2vec`` (for the tagger; older models share it with the
NER), ``tagger`` (UPOS in ``token.tag_``), ``attribute_ruler`` (copies it to
``token.pos_``), ``ner`` (with its own embedded tok2vec) and possibly
entity rulers after it (``org_ruler``: organisation-name patterns that
override the NER; ``entity_ruler``: patterns that only fill gaps) and
``name_cues`` (:mod:`sagt.nlp.name_cues`: what the words around a name
settle, such as a regnal number or the preposition before it).  The tokenizer is the plain
``spacy.blank("sv")`` tokenizer.

All offsets returned by the helpers are code-point offsets into the string
that was passed in, half-open ``[start, end)`` like :class:`sagt.model.Span`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sagt.errors import SagtError

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

#: Model directory per language inside the ``sagt`` package.
MODELS = {"sv": "sv_sagt_core"}
#: Environment variable that points ``load_model`` at another directory
#: (e.g. a freshly trained ``training/output/...``); per language:
#: ``SAGT_MODEL_SV``.
ENV_OVERRIDE = "SAGT_MODEL_{lang}"

#: Components only the tagging needs; :func:`entities` skips them.
TAG_ONLY_PIPES = ("tagger", "attribute_ruler")
#: Components :func:`tag` runs; everything else is skipped.
TAG_PIPES = ("tok2vec", "tagger", "attribute_ruler")

_cache: dict[str, Language] = {}
_lock = threading.Lock()


class ModelNotFoundError(SagtError):
    """The packaged model files are missing or unreadable."""


def model_path(lang: str = "sv") -> Path:
    """The directory the model for ``lang`` is loaded from (not checked for completeness)."""
    override = os.environ.get(ENV_OVERRIDE.format(lang=lang.upper()))
    if override:
        return Path(override)
    if lang not in MODELS:
        raise ModelNotFoundError(f"no sagt model for language {lang!r} (available: {', '.join(sorted(MODELS))})")
    ref = resources.files("sagt").joinpath("models", MODELS[lang])
    # sagt is installed as a regular directory (wheel or editable), so the
    # traversable is a real path; anything else (zip import) is unsupported.
    return Path(str(ref))


def _check(path: Path, lang: str) -> None:
    needed = ["config.cfg", "meta.json", "tok2vec/model", "ner/model", "tagger/model"]
    missing = [n for n in needed if not (path / n).is_file()]
    if missing:
        raise ModelNotFoundError(
            f"the sagt {lang!r} model is missing or incomplete at {path} "
            f"(missing: {', '.join(missing)}). Reinstall sagt, or rebuild it from a source "
            "checkout with `python training/train.py` (see training/README.md)."
        )


def load_model(lang: str = "sv") -> Language:
    """Return the spaCy pipeline for ``lang``, loaded once per process and cached.

    Raises :class:`ModelNotFoundError` if the package data is missing.
    """
    nlp = _cache.get(lang)
    if nlp is not None:
        return nlp
    with _lock:
        nlp = _cache.get(lang)
        if nlp is None:
            path = model_path(lang)
            _check(path, lang)
            try:
                nlp = _load_pipeline(path)
            except (OSError, ValueError) as exc:
                raise ModelNotFoundError(f"could not load the sagt {lang!r} model from {path}: {exc}") from exc
            _cache[lang] = nlp
    return nlp


#: Entity rulers of the shipped pipeline, in pipeline order (after ``ner``).
RULERS = ("org_ruler", "entity_ruler")


def _load_pipeline(path: Path) -> Language:
    """``spacy.load`` with the entity rulers restored by tokenizing their phrases only.

    An ``EntityRuler`` turns its phrase patterns (thousands of place and
    organisation names) into ``Doc`` objects when it is loaded, through every
    component before it, tagger and NER included: seconds of start-up for a
    result only the tokenizer decides. So the rulers are left out of
    ``spacy.load`` and put back, in their order, with the other components
    switched off while their patterns are read.
    """
    import json

    import spacy

    import sagt.nlp.name_cues  # noqa: F401  (registers the factory of the pipeline's last component)

    rulers = [name for name in RULERS if (path / name / "patterns.jsonl").is_file()]
    nlp = spacy.load(path, exclude=rulers)
    order = list(spacy.util.load_config(path / "config.cfg")["nlp"]["pipeline"])
    for name in rulers:
        cfg = json.loads((path / name / "cfg").read_text(encoding="utf8"))
        # back in its saved place: before the first later component already loaded (name_cues)
        later = [p for p in order[order.index(name) + 1:] if p in nlp.pipe_names] if name in order else []
        ruler = nlp.add_pipe("entity_ruler", name=name, before=later[0] if later else None, config={
            "overwrite_ents": cfg.get("overwrite", False),
            "phrase_matcher_attr": cfg.get("phrase_matcher_attr"),
            "ent_id_sep": cfg.get("ent_id_sep", "||"),
        })
        with nlp.select_pipes(disable=nlp.pipe_names):
            ruler.from_disk(path / name)
    return nlp


def ner_pipes(nlp: Language) -> list[str]:
    """The components :func:`entities` runs: all but the tagging-only ones (rulers included).

    The shared ``tok2vec`` is skipped too when no entity component listens to
    it (the NER has its own embedded tok2vec, as in the current model).
    """
    skip = set(TAG_ONLY_PIPES)
    if "tok2vec" in nlp.pipe_names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", None)
        if listeners is not None and not (set(listeners) - set(TAG_ONLY_PIPES)):
            skip.add("tok2vec")
    return [name for name in nlp.pipe_names if name not in skip]


def _run(nlp: Language, doc: Doc, pipes: Iterable[str]) -> Doc:
    wanted = set(pipes)
    for name, proc in nlp.pipeline:
        if name in wanted:
            doc = proc(doc)
    return doc


def _make_doc(nlp: Language, text: str | Doc) -> Doc:
    if isinstance(text, str):
        return nlp.make_doc(text)
    return text


def analyze(text: str | Doc, lang: str = "sv", *, entities: bool = True, tags: bool = True) -> Doc:
    """Run the pipeline (or only the parts asked for) and return the spaCy ``Doc``.

    A ``Doc`` may be passed instead of a string to keep its tokenisation (it
    must come from ``load_model(lang).make_doc`` or share that vocab).
    """
    nlp = load_model(lang)
    pipes: list[str] = []
    if tags:
        pipes += TAG_PIPES
    if entities:
        pipes += ner_pipes(nlp)
    return _run(nlp, _make_doc(nlp, text), pipes)


def entities(text: str | Doc, lang: str = "sv") -> list[tuple[int, int, str]]:
    """Named entities as ``(start, end, label)`` character offsets; label is ``PER``, ``ORG`` or ``LOC``.

    >>> entities("Statsminister Magnus Andersson besökte Volvo i Göteborg.")  # doctest: +SKIP
    [(14, 30, 'PER'), (39, 44, 'ORG'), (47, 55, 'LOC')]
    """
    doc = analyze(text, lang, entities=True, tags=False)
    return [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def tag(text: str | Doc, lang: str = "sv") -> list[tuple[int, int, str]]:
    """Tokens with their UPOS tag as ``(start, end, upos)`` character offsets (whitespace tokens included)."""
    doc = analyze(text, lang, entities=False, tags=True)
    return [(t.idx, t.idx + len(t), t.pos_) for t in doc]


def pipe_entities(texts: Iterable[str], lang: str = "sv", batch_size: int = 64) -> Iterator[list[tuple[int, int, str]]]:
    """:func:`entities` for many texts (batched, faster than calling it in a loop)."""
    nlp = load_model(lang)
    wanted = set(ner_pipes(nlp))
    disable = [name for name in nlp.pipe_names if name not in wanted]
    with nlp.select_pipes(disable=disable):
        for doc in nlp.pipe(texts, batch_size=batch_size):
            yield [(e.start_char, e.end_char, e.label_) for e in doc.ents]
