"""HTTP endpoints for operators: liveness, readiness, Prometheus metrics and a live page.

aiohttp is a well-kept asyncio server that runs in the service's own event loop, so the
endpoints see the live state without threads.

- ``GET /``: the status page (one HTML file, no external resources, works offline).
- ``GET /status``: what the page shows, as JSON (for scripts and polling).
- ``GET /events``: the same document as server-sent events, once per sample interval.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

import orjson
from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from structlog import get_logger

from service.live import LiveFeed
from service.metrics import Metrics
from service.web.status import RateWindow, page, read_totals, status

log = get_logger(__name__)
MAX_EVENT_STREAMS = 32  # open /events streams at once; more get 503


class HttpServer:
    def __init__(
        self,
        host: str,
        port: int,
        metrics: Metrics,
        is_ready: Callable[[], bool],
        live: LiveFeed | None = None,
        *,
        sample_interval_s: float = 1.0,
    ) -> None:
        self._host = host
        self._port = port
        self._metrics = metrics
        self._is_ready = is_ready
        self._live = live or LiveFeed()
        self._interval = sample_interval_s
        self._window = RateWindow()
        self._sampler: asyncio.Task[None] | None = None
        self._tick = asyncio.Condition()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._streams = 0
        self.app = web.Application()
        self.app.router.add_get("/", self._page)
        self.app.router.add_get("/healthz", self._healthz)
        self.app.router.add_get("/readyz", self._readyz)
        self.app.router.add_get("/metrics", self._metrics_handler)
        self.app.router.add_get("/status", self._status)
        self.app.router.add_get("/events", self._events)

    @property
    def port(self) -> int:
        """The bound port (useful with port 0)."""
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._port

    async def start(self) -> None:
        if self._runner is not None:
            return
        self._closing.clear()
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, self._host, self._port).start()
        self._runner = runner
        self._sample()
        self._sampler = asyncio.create_task(self._sample_forever())
        log.info("http_listening", host=self._host, port=self.port)

    async def stop(self) -> None:
        """End the event streams, then close the server; safe to call twice."""
        self._closing.set()
        if self._sampler is not None:
            sampler, self._sampler = self._sampler, None
            sampler.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await sampler
        async with self._tick:
            self._tick.notify_all()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    # -- sampling ----------------------------------------------------------------------
    def _sample(self) -> None:
        self._window.add(time.monotonic(), read_totals(self._metrics))

    async def _sample_forever(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            self._sample()
            async with self._tick:
                self._tick.notify_all()

    def _document(self) -> bytes:
        totals = read_totals(self._metrics)
        doc = status(totals, self._window.rates(), self._live.recent())
        doc["ready"] = self._is_ready()
        return orjson.dumps(doc)

    # -- handlers ----------------------------------------------------------------------
    async def _healthz(self, _: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    async def _readyz(self, _: web.Request) -> web.Response:
        if self._is_ready():
            return web.json_response({"status": "ready"})
        return web.json_response({"status": "not ready"}, status=503)

    async def _metrics_handler(self, _: web.Request) -> web.Response:
        response = web.Response(body=self._metrics.render())
        response.headers["Content-Type"] = CONTENT_TYPE_LATEST
        return response

    async def _page(self, _: web.Request) -> web.Response:
        return web.Response(
            body=page(),
            content_type="text/html",
            charset="utf-8",
            headers={
                "Cache-Control": "no-store",
                # Everything is inline; nothing may be loaded from elsewhere.
                "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                "script-src 'unsafe-inline'; connect-src 'self'; img-src data:",
            },
        )

    async def _status(self, _: web.Request) -> web.Response:
        return web.Response(
            body=self._document(),
            content_type="application/json",
            headers={"Cache-Control": "no-store"},
        )

    async def _events(self, request: web.Request) -> web.StreamResponse:
        if self._streams >= MAX_EVENT_STREAMS:  # each stream costs a document per tick
            return web.json_response({"status": "too many live views"}, status=503)
        self._streams += 1
        try:
            return await self._stream(request)
        finally:
            self._streams -= 1

    async def _stream(self, request: web.Request) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        try:
            await response.write(b"retry: 2000\n\n")
            while not self._closing.is_set():
                await response.write(b"data: " + self._document() + b"\n\n")
                async with self._tick:
                    await self._tick.wait()
        except ConnectionResetError:
            pass  # the browser went away
        return response
