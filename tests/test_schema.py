"""The output matches its published JSON schema."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema

import sagt


def test_output_validates_against_schema(seed_text):
    schema = json.loads(resources.files("sagt").joinpath("schema/article.schema.json").read_text(encoding="utf-8"))
    data = sagt.extract(seed_text, id="seed").to_dict()
    jsonschema.validate(data, schema)
    assert data["schema"] == sagt.SCHEMA_VERSION


def test_round_trip(seed_text):
    art = sagt.extract(seed_text)
    again = sagt.Article.from_dict(json.loads(json.dumps(art.to_dict())))
    assert again.to_dict() == art.to_dict()
