"""One command to rebuild the shipped Swedish pipeline from the open data.

    OMP_NUM_THREADS=1 python training/train.py            # convert, train, assemble, evaluate
    python training/train.py --skip-train                  # re-assemble + evaluate existing output/

Steps:
 1. ``training/convert.py``: ../shared/data -> training/corpus/*.spacy
 2. ``spacy train training/configs/sv_core.cfg`` -> training/output/model-best
 2b. ``training/features.py`` -> training/output/nametype (the subword
    name-type model from the gazetteer lists, as floret vectors), then
    ``training/convert_ner.py`` + ``spacy train training/configs/sv_ner.cfg``
    -> training/output/ner/model-best: the separate NER (own width-96 tok2vec
    reading those vectors)
 3. assemble: take the tagger from step 2 and the NER from step 2b, add the
    attribute_ruler (TAG -> POS) and the gazetteer
    entity_ruler (``training/gazetteer.py``), write
    ``src/sagt/models/sv_sagt_core`` (only what inference needs)
 4. ``training/evaluate.py`` -> training/output/eval.json (numbers for RESULTS.md)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import _compat  # noqa: E402,F401  (before spacy)

PKG_MODEL = ROOT / "src" / "sagt" / "models" / "sv_sagt_core"
#: convert_ner.py options and step budget of the shipped separate NER (see RESULTS.md)
NER_DATA = "--surname-copy --initial-frac 1.0 --gazetteer-copies 1 --swap-frac 0.25"
NER_MAX_STEPS = 5000


def run(cmd: list[str]) -> None:
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT)


def train(config: Path, output: Path, overrides: dict) -> None:
    from spacy.cli.train import train as spacy_train

    t0 = time.time()
    spacy_train(config, output, use_gpu=-1, overrides=overrides)
    print(f"training took {time.time() - t0:.0f}s", flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--config", type=Path, default=HERE / "configs" / "sv_core.cfg")
    ap.add_argument("--output", type=Path, default=HERE / "output")
    ap.add_argument("--skip-convert", action="store_true")
    ap.add_argument("--skip-train", action="store_true")
    ap.add_argument("--skip-eval", action="store_true")
    ap.add_argument("--ner-config", type=Path, default=HERE / "configs" / "sv_ner.cfg")
    ap.add_argument("--ner-output", type=Path, default=HERE / "output" / "ner")
    ap.add_argument("--ner-data", default=NER_DATA, help="convert_ner.py options for the NER training set")
    ap.add_argument("--ner-max-steps", type=int, default=NER_MAX_STEPS)
    ap.add_argument("--skip-ner-train", action="store_true")
    ap.add_argument("--shared-ner", action="store_true",
                    help="ship the NER trained with the tagger (shared tok2vec) instead of the separate one")
    ap.add_argument("--no-gazetteer", action="store_true", help="ship without the entity_ruler")
    ap.add_argument("--dest", type=Path, default=PKG_MODEL)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="config override, e.g. --set training.max_steps=2000")
    args = ap.parse_args()

    py = sys.executable
    if not args.skip_convert:
        run([py, str(HERE / "convert.py")])
    if not args.skip_train:
        overrides = {}
        for kv in args.set:
            k, v = kv.split("=", 1)
            try:
                import json
                overrides[k] = json.loads(v)
            except ValueError:
                overrides[k] = v
        os.chdir(ROOT)
        train(args.config, args.output, overrides)
    ner_src = None
    if not args.shared_ner:
        train_ner = HERE / "corpus" / "train-ner.spacy"
        if not args.skip_ner_train:
            run([py, str(HERE / "features.py"), "--out", str(args.output / "nametype")])
            run([py, str(HERE / "convert_ner.py"), *args.ner_data.split(), "--out", str(train_ner)])
            os.chdir(ROOT)
            train(args.ner_config, args.ner_output,
                  {"paths.train": str(train_ner), "paths.vectors": str(args.output / "nametype"),
                   "training.max_steps": args.ner_max_steps})
        ner_src = args.ner_output / "model-best"
    from assemble import assemble

    assemble(args.output / "model-best", args.dest, gazetteer=not args.no_gazetteer, ner_src=ner_src)
    if not args.skip_eval:
        run([py, str(HERE / "evaluate.py"), "--model", str(args.dest), "--json", str(args.output / "eval.json")])


if __name__ == "__main__":
    main()
