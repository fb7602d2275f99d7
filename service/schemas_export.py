"""JSON Schemas of the raw and clean story models and of the event payloads.

The files in ``schemas/`` are generated from the pydantic models, never edited by hand:
``wire-ingest schemas export`` writes them, ``wire-ingest schemas check`` (and a unit test)
fails when a model and its file drift apart. Inputs are described as pydantic validates
them, outputs as it serialises them. File names match the references in
``schemas/asyncapi.yaml``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from service.core.events import StoryEvent, VariantEvent
from service.core.models import RawStory, Story

SCHEMAS_DIR = Path(__file__).resolve().parents[1] / "schemas"
_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# file name -> (model, whether we read it or write it)
MODELS: dict[str, tuple[type[BaseModel], Literal["validation", "serialization"]]] = {
    "raw-story.schema.json": (RawStory, "validation"),
    "story.schema.json": (Story, "serialization"),
    "story-event.schema.json": (StoryEvent, "serialization"),
    "variant-event.schema.json": (VariantEvent, "serialization"),
}


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema document for file ``name``."""
    model, mode = MODELS[name]
    return {"$schema": _DIALECT, "$id": name, **model.model_json_schema(mode=mode)}


def render(name: str) -> str:
    return json.dumps(schema(name), indent=2, ensure_ascii=False) + "\n"


def export(directory: Path = SCHEMAS_DIR) -> list[Path]:
    """Write every schema file into ``directory``; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name in MODELS:
        path = directory / name
        path.write_text(render(name), encoding="utf-8")
        written.append(path)
    return written


def drifted(directory: Path = SCHEMAS_DIR) -> list[str]:
    """Names of schema files that are missing or differ from what the models generate."""
    out = []
    for name in MODELS:
        path = directory / name
        if not path.is_file() or path.read_text(encoding="utf-8") != render(name):
            out.append(name)
    return out
