"""sagt.nlp: the packaged Swedish tagger + NER loads offline and works on our own sentences."""

from __future__ import annotations

import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tolerate_missing_entry_points() -> None:
    """spaCy imports every ``spacy_factories`` entry point when it builds a pipeline.

    If the project's own declared component module is not importable in this
    checkout (work in progress), skip it so these tests check the model only.
    """
    if importlib.util.find_spec("sagt.spacy_component") is not None:
        return
    import catalogue

    def get_entry_points(self):
        result = {}
        for ep in self._get_entry_points():
            try:
                result[ep.name] = ep.load()
            except ImportError as exc:
                warnings.warn(f"skipping entry point {ep.value}: {exc}", stacklevel=2)
        return result

    catalogue.Registry.get_entry_points = get_entry_points


_tolerate_missing_entry_points()

from sagt import nlp as sagt_nlp  # noqa: E402
from sagt.nlp import ModelNotFoundError, entities, load_model, model_path, tag  # noqa: E402


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during model load")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def ents_text(text: str) -> set[tuple[str, str]]:
    return {(text[s:e], label) for s, e, label in entities(text)}


def test_model_is_package_data():
    path = model_path("sv")
    assert path.parts[-3:] == ("sagt", "models", "sv_sagt_core")
    for name in ("config.cfg", "meta.json", "tok2vec/model", "tagger/model", "ner/model"):
        assert (path / name).is_file(), name
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 25e6, f"model is {size / 1e6:.1f} MB"
    assert (path.parent / "LICENSES.md").is_file()


def test_loads_offline_and_cached(no_network, monkeypatch):
    monkeypatch.setattr(sagt_nlp.model, "_cache", {})
    nlp = load_model("sv")
    assert nlp is load_model("sv")
    assert nlp.lang == "sv"
    for pipe in ("tok2vec", "tagger", "attribute_ruler", "ner"):
        assert pipe in nlp.pipe_names
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}


def test_missing_model_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(sagt_nlp.model, "_cache", {})
    monkeypatch.setenv("SAGT_MODEL_SV", str(tmp_path / "nowhere"))
    with pytest.raises(ModelNotFoundError, match="missing or incomplete"):
        load_model("sv")
    with pytest.raises(ModelNotFoundError, match="no sagt model for language"):
        load_model("xx")


def test_entities_minister_company_city():
    text = "Statsminister Magnus Andersson besökte Volvo i Göteborg."
    assert entities(text) == [(14, 30, "PER"), (39, 44, "ORG"), (47, 55, "LOC")]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "– Vi måste agera nu, säger Anna Lindqvist, förbundsordförande i Lärarförbundet.",
            {("Anna Lindqvist", "PER"), ("Lärarförbundet", "ORG")},
        ),
        (
            "Enligt Polismyndigheten greps mannen i Malmö på tisdagen.",
            {("Polismyndigheten", "ORG"), ("Malmö", "LOC")},
        ),
        (
            "Erik Johansson flyttade från Umeå till Stockholm förra året.",
            {("Erik Johansson", "PER"), ("Umeå", "LOC"), ("Stockholm", "LOC")},
        ),
    ],
)
def test_entities_own_sentences(text, expected):
    assert expected <= ents_text(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # names and places no Swedish training sentence has: the gazetteer copies,
        # the subword name-type table and the place/organisation rulers
        (
            "Premiärminister Justin Trudeau besökte Ottawa i tisdags.",
            {("Justin Trudeau", "PER"), ("Ottawa", "LOC")},
        ),
        ("Fartyget sjönk i Stilla havet utanför Chile.", {("Stilla havet", "LOC"), ("Chile", "LOC")}),
        (
            "Volkswagen har sitt huvudkontor i Wolfsburg i Niedersachsen.",
            {("Volkswagen", "ORG"), ("Wolfsburg", "LOC"), ("Niedersachsen", "LOC")},
        ),
        (
            "Kowalczyk vann loppet i Zakopane före Bjørgen.",
            {("Kowalczyk", "PER"), ("Zakopane", "LOC"), ("Bjørgen", "PER")},
        ),
    ],
)
def test_entities_from_the_wider_world(text, expected):
    assert expected <= ents_text(text)


def test_the_ner_reads_the_subword_name_type_table():
    nlp = load_model("sv")
    vectors = nlp.vocab.vectors
    assert vectors.mode == "floret" and vectors.shape[1] == 4
    import numpy

    def scores(word):
        v = vectors.get_batch([nlp.vocab.strings.add(word)])[0]
        return dict(zip(("PER", "LOC", "ORG", "WORD"), numpy.asarray(v)))

    # listed words, and a spelling no list has
    assert max(scores("zelenskyj"), key=scores("zelenskyj").get) == "PER"
    assert max(scores("frankrike"), key=scores("frankrike").get) == "LOC"
    assert max(scores("regeringen"), key=scores("regeringen").get) == "WORD"
    assert max(scores("gustafsson"), key=scores("gustafsson").get) == "PER"


def test_entities_only_path_runs_only_what_the_ner_needs():
    from sagt.nlp import pipe_entities
    from sagt.nlp.model import ner_pipes

    nlp = load_model("sv")
    pipes = ner_pipes(nlp)
    assert "ner" in pipes and "tagger" not in pipes and "attribute_ruler" not in pipes
    listeners = nlp.get_pipe("tok2vec").listening_components
    # the shared tok2vec runs for entities only if the NER listens to it
    assert ("tok2vec" in pipes) == ("ner" in listeners)
    texts = [
        "Statsminister Magnus Andersson besökte Volvo i Göteborg.",
        "Reagan trodde att Sovjetunionen skulle ge efter.",
        "",
    ]
    assert list(pipe_entities(texts)) == [entities(t) for t in texts]


def test_entities_bare_surname_opening_a_sentence():
    # cross-domain text (UNER PUD style) names people by bare surname
    assert ("Andersson", "PER") in ents_text("Andersson avfärdade kritiken och citerade en ny rapport.")


def test_entity_offsets_are_into_the_given_string():
    text = "  Hon sa till Sveriges Radio:\n\n”Jag ångrar ingenting”, säger Karin Berg.  "
    for s, e, label in entities(text):
        assert text[s:e].strip() == text[s:e] and text[s:e]
        assert label in {"PER", "ORG", "LOC"}
    assert ("Karin Berg", "PER") in ents_text(text)


def test_tags():
    text = "Hon sa att regeringen inte har fattat något beslut."
    got = [(text[s:e], pos) for s, e, pos in tag(text)]
    assert got == [
        ("Hon", "PRON"),
        ("sa", "VERB"),
        ("att", "SCONJ"),
        ("regeringen", "NOUN"),
        ("inte", "PART"),
        ("har", "AUX"),
        ("fattat", "VERB"),
        ("något", "DET"),
        ("beslut", "NOUN"),
        (".", "PUNCT"),
    ]


def test_tags_proper_nouns_and_numbers():
    text = "Magnus Andersson köpte 3 böcker i Uppsala."
    pos = {text[s:e]: p for s, e, p in tag(text)}
    assert pos["Magnus"] == pos["Andersson"] == pos["Uppsala"] == "PROPN"
    assert pos["3"] == "NUM"
    assert pos["köpte"] == "VERB"


def test_empty_and_whitespace_text():
    assert entities("") == []
    assert tag("") == []
    assert entities("   \n ") == []


def test_doc_input_keeps_tokenisation():
    nlp = load_model()
    doc = nlp.make_doc("Ulf Kristersson talade i Riksdagen.")
    out = sagt_nlp.analyze(doc)
    assert out is doc
    assert all(t.pos_ for t in out)


def _can_build_offline() -> bool:
    try:
        import setuptools
    except ImportError:
        return False
    version = tuple(int(x) for x in setuptools.__version__.split(".")[:2] if x.isdigit())
    return version >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.mark.slow
def test_installed_wheel_loads_model_offline(tmp_path):
    """Build a wheel, install it (no index, no deps) into a fresh venv and load the model there."""
    wheels = tmp_path / "wheels"
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    # Build offline with this environment's setuptools when it can make wheels
    # (setuptools >= 70.1, or the `wheel` package); otherwise pip builds in an
    # isolated environment, which fetches the build backend from the index.
    cmd = [sys.executable, "-m", "pip", "wheel", str(ROOT), "-w", str(wheels), "--no-deps"]
    if _can_build_offline():
        cmd += ["--no-build-isolation", "--no-index"]
    build = subprocess.run(cmd, capture_output=True, text=True, env=env)
    assert build.returncode == 0, build.stdout + build.stderr
    (wheel,) = wheels.glob("sagt-*.whl")
    import zipfile

    names = zipfile.ZipFile(wheel).namelist()
    for part in ("config.cfg", "meta.json", "tok2vec/model", "tagger/model", "ner/model", "vocab/strings.json",
                 "vocab/vectors", "org_ruler/patterns.jsonl"):
        assert f"sagt/models/sv_sagt_core/{part}" in names, part
    assert "sagt/models/LICENSES.md" in names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    vpy = venv / "bin" / "python"
    # reuse this environment's dependencies (spaCy ...) without reinstalling them:
    # a plain path entry (its .pth files, e.g. an editable sagt, are not run).
    site = subprocess.run([str(vpy), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    deps = [p for p in sys.path if p.endswith("site-packages")]
    Path(site, "_host_deps.pth").write_text("\n".join(deps) + "\n")
    inst = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(vpy), "install", "--no-deps", "--no-index", str(wheel)],
        capture_output=True, text=True, env=dict(env, PIP_NO_INDEX="1"),
    )
    assert inst.returncode == 0, inst.stdout + inst.stderr

    script = textwrap.dedent(
        f"""
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        import test_nlp_model  # noqa: applies the entry-point guard, imports sagt.nlp
        import sagt, sagt.nlp
        assert {str(ROOT / 'src')!r} not in sagt.__file__, sagt.__file__
        path = sagt.nlp.model_path()
        assert str(path).startswith({str(venv)!r}), path
        ents = sagt.nlp.entities("Statsminister Magnus Andersson besökte Volvo i Göteborg.")
        print(sorted({{label for _, _, label in ents}}))
        """
    )
    clean = {k: v for k, v in env.items() if not k.startswith("SAGT_MODEL")}
    clean.update(PIP_NO_INDEX="1", HF_HUB_OFFLINE="1", no_proxy="", http_proxy="http://127.0.0.1:9", https_proxy="http://127.0.0.1:9")
    run = subprocess.run([str(vpy), "-c", script], capture_output=True, text=True, cwd=tmp_path, env=clean)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.strip().splitlines()[-1] == "['LOC', 'ORG', 'PER']"
    shutil.rmtree(venv, ignore_errors=True)
