"""HTTP endpoints for operators: liveness, readiness and Prometheus metrics (aiohttp).

aiohttp is a well-kept asyncio server that runs in the service's own event loop, so the
endpoints see the live state without threads.
"""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST
from structlog import get_logger

from service.metrics import Metrics

log = get_logger(__name__)


class HttpServer:
    def __init__(
        self, host: str, port: int, metrics: Metrics, is_ready: Callable[[], bool]
    ) -> None:
        self._host = host
        self._port = port
        self._metrics = metrics
        self._is_ready = is_ready
        self._runner: web.AppRunner | None = None
        self.app = web.Application()
        self.app.router.add_get("/healthz", self._healthz)
        self.app.router.add_get("/readyz", self._readyz)
        self.app.router.add_get("/metrics", self._metrics_handler)

    @property
    def port(self) -> int:
        """The bound port (useful with port 0)."""
        if self._runner is not None and self._runner.addresses:
            return int(self._runner.addresses[0][1])
        return self._port

    async def start(self) -> None:
        if self._runner is not None:
            return
        runner = web.AppRunner(self.app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, self._host, self._port).start()
        self._runner = runner
        log.info("http_listening", host=self._host, port=self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

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
