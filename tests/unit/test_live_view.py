"""Figures of the live status page and its HTTP endpoints, in process (no broker).

The browser test on a real service is tests/kafka/test_live_view.py.
"""

from __future__ import annotations

import asyncio
import re

import aiohttp
import orjson

from service.adapters.http import HttpServer
from service.live import DecisionView, LiveFeed
from service.metrics import Metrics
from service.web.status import RateWindow, Totals, page, read_totals, status


def test_totals_are_the_metrics_counters_summed_over_labels() -> None:
    """The page reads the same counters /metrics shows: nothing is counted twice."""
    m = Metrics()
    m.consumed.labels("wire.raw").inc(5)
    m.published.inc(3)
    m.variants.inc(1)
    m.dead_letters.labels("empty").inc()
    m.dead_letters.labels("invalid_json").inc(2)
    m.lag.labels("wire.raw", "1").set(7)
    m.index_size.set(4)
    m.ready.set(1)
    assert read_totals(m) == Totals(5, 3, 1, 3, {"wire.raw/1": 7}, 4, True)


def test_rates_are_per_second_over_the_window_and_old_samples_drop_out() -> None:
    """Rates are the counters' change per second between the oldest and newest sample
    of the last 10 seconds; with one sample they are zero."""
    w = RateWindow(span=10)
    w.add(0.0, Totals(consumed=0))
    assert w.rates()["consumed"] == 0.0
    w.add(2.0, Totals(consumed=10, published=4))
    assert w.rates() == {"consumed": 5.0, "published": 2.0, "variants": 0.0, "dead_letters": 0.0}
    w.add(30.0, Totals(consumed=10, published=4))
    w.add(31.0, Totals(consumed=12, published=4))
    assert w.rates()["consumed"] == 2.0


def test_status_document_has_shares_lag_and_recent_decisions() -> None:
    """Variant share is of stories decided, dead-letter share of inputs; lag is sorted by
    partition; decisions are passed through newest first."""
    totals = Totals(10, 6, 2, 2, {"raw/1": 3, "raw/0": 0}, 6, True)
    doc = status(
        totals, dict.fromkeys(["consumed", "published", "variants", "dead_letters"], 0.0), []
    )
    assert doc["variant_share"] == 0.25
    assert doc["dead_letter_share"] == 0.2
    assert doc["lag"] == [
        {"partition": "raw/0", "records": 0},
        {"partition": "raw/1", "records": 3},
    ]
    assert (
        status(
            Totals(), dict.fromkeys(["consumed", "published", "variants", "dead_letters"], 0.0), []
        )["variant_share"]
        == 0.0
    )


def test_page_loads_nothing_from_elsewhere_and_never_renders_data_as_html() -> None:
    """The page works offline (no URL to another host, no external script or style) and
    sets untrusted headlines with textContent only."""
    html = page().decode()
    assert not re.search(r"(src|href)\s*=", html)
    assert "http://" not in html
    assert "https://" not in html
    assert "innerHTML" not in html
    assert 'new EventSource("events")' in html


async def test_endpoints_serve_page_status_and_events_and_stop_ends_streams() -> None:
    """/ serves the page with a CSP that allows only this origin, /status the JSON
    document, /events the same document as server-sent events; stopping the server ends
    open event streams instead of waiting for the browser to leave. The existing
    endpoints keep their behaviour."""
    metrics, live = Metrics(), LiveFeed()
    server = HttpServer("127.0.0.1", 0, metrics, lambda: True, live, sample_interval_s=0.05)
    await server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        async with aiohttp.ClientSession() as client:
            async with client.get(base + "/") as r:
                assert r.status == 200
                assert r.content_type == "text/html"
                assert "default-src 'none'" in r.headers["Content-Security-Policy"]
                assert await r.read() == page()
            metrics.consumed.labels("wire.raw").inc(2)
            live.extend([DecisionView(1.0, "published", "H", "new", "u", None, 0.0, 0, 1)])
            async with client.get(base + "/status") as r:
                doc = orjson.loads(await r.read())
            assert doc["ready"] is True
            assert doc["totals"]["in"] == 2
            assert doc["recent"][0]["headline"] == "H"
            async with client.get(base + "/healthz") as r:
                assert r.status == 200
            async with client.get(base + "/readyz") as r:
                assert r.status == 200
            async with client.get(base + "/metrics") as r:
                assert "wire_messages_consumed_total" in await r.text()
            async with client.get(base + "/events") as r:
                assert r.content_type == "text/event-stream"
                assert await r.content.readline() == b"retry: 2000\n"
                await r.content.readline()
                first = await r.content.readline()
                assert orjson.loads(first.removeprefix(b"data: "))["totals"]["in"] == 2
                await server.stop()
                rest = await r.content.read()  # the server closed the stream
                assert rest.count(b"data: ") <= 2
    finally:
        await server.stop()


async def test_event_streams_beyond_the_cap_get_503(monkeypatch) -> None:
    """Live views are bounded: past MAX_EVENT_STREAMS open streams, /events answers 503,
    and the slot frees up once the viewer has left."""
    from service.adapters import http as http_module

    monkeypatch.setattr(http_module, "MAX_EVENT_STREAMS", 1)
    server = HttpServer("127.0.0.1", 0, Metrics(), lambda: True, LiveFeed(), sample_interval_s=0.05)
    await server.start()
    base = f"http://127.0.0.1:{server.port}"
    try:
        async with aiohttp.ClientSession() as client:
            async with client.get(base + "/events") as first:
                assert await first.content.readline() == b"retry: 2000\n"
                async with client.get(base + "/events") as second:
                    assert second.status == 503
            # The server notices the departure at its next write (one sample interval).
            statuses = []
            for _ in range(40):
                async with client.get(base + "/events") as again:
                    statuses.append(again.status)
                if statuses[-1] == 200:
                    break
                await asyncio.sleep(0.05)
            assert statuses[-1] == 200
    finally:
        await server.stop()
