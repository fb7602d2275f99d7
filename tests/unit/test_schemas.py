"""schemas/*.schema.json: generated from the models; a model change without export fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli import main
from service.core.normalize import normalize
from service.core.parse import parse
from service.schemas_export import MODELS, SCHEMAS_DIR, drifted, export, render

SEED = Path(__file__).parents[1] / "corpus" / "normalize" / "seed" / "000_497e69024a68a599.txt"


def test_committed_schemas_match_the_models() -> None:
    """Each committed schema file equals what its model generates now (no drift)."""
    assert drifted(SCHEMAS_DIR) == [], "run `wire-ingest schemas export` and commit schemas/"


def test_drift_is_detected(tmp_path: Path) -> None:
    """A stale or missing file is reported by name, and `schemas check` exits 1."""
    export(tmp_path)
    stale = tmp_path / "story.schema.json"
    stale.write_text(stale.read_text().replace('"headline"', '"title"'))
    (tmp_path / "raw-story.schema.json").unlink()
    assert drifted(tmp_path) == ["raw-story.schema.json", "story.schema.json"]
    assert main(["schemas", "check", "--dir", str(tmp_path)]) == 1
    assert main(["schemas", "export", "--dir", str(tmp_path)]) == 0
    assert main(["schemas", "check", "--dir", str(tmp_path)]) == 0


@pytest.mark.parametrize("name", list(MODELS))
def test_schema_documents_are_json_schema_2020_12_with_their_file_id(name: str) -> None:
    """Every file declares the 2020-12 dialect and its own file name as $id."""
    doc = json.loads(render(name))
    assert doc["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"] == name
    assert doc["type"] == "object"


def test_story_schema_describes_what_the_normalizer_emits() -> None:
    """The clean seed story has exactly the properties the story schema lists."""
    story = normalize(parse(SEED.read_bytes(), max_bytes=1 << 20)).model_dump(mode="json")
    schema = json.loads(render("story.schema.json"))
    assert set(story) == set(schema["properties"])
    assert set(schema["required"]) <= set(story)
