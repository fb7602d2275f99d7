"""Wiring and lifecycle of the service: start, run, drain on SIGTERM, stop.

``start`` retries while the broker is unreachable (logging each attempt) and fails at
once on errors that retrying cannot fix, such as refused credentials. On SIGTERM or
SIGINT the service stops fetching, lets the in-flight batch commit within
``WIRE_DRAIN_TIMEOUT_S`` (else cancels it, which aborts its transaction), leaves the
consumer group and closes every client.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from aiokafka import AIOKafkaConsumer
from aiokafka.errors import KafkaError
from structlog import get_logger
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    wait_exponential_jitter,
)

from service.adapters.admin import ensure_topics
from service.adapters.http import HttpServer
from service.adapters.kafka_config import client_kwargs
from service.adapters.kafka_errors import FATAL, is_retriable
from service.adapters.preflight import check_connection
from service.adapters.processor import Processor
from service.adapters.stages import make_stage
from service.adapters.state import ChangelogReader
from service.core.dedup import DedupIndex
from service.core.pipeline import Pipeline
from service.errors import AuthenticationError, WireIngestError
from service.live import LiveFeed
from service.metrics import Metrics
from service.settings import Settings

log = get_logger(__name__)
T = TypeVar("T")
LAG_REFRESH_S = 5.0
STOP_STEP_TIMEOUT_S = 10.0


class Service:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = Metrics()
        stateful = settings.role != "prepare"
        self.index = DedupIndex(settings.dedup_window)
        self.pipeline = Pipeline(self.index, max_bytes=settings.max_message_bytes)
        self.stage = make_stage(settings, self.pipeline if stateful else None)
        self.changelog = ChangelogReader(settings, self.index) if stateful else None
        self.consumer = AIOKafkaConsumer(
            **client_kwargs(settings),
            group_id=settings.consumer_group,
            group_instance_id=settings.group_instance_id,
            session_timeout_ms=settings.session_timeout_ms,
            heartbeat_interval_ms=max(500, settings.session_timeout_ms // 5),
            enable_auto_commit=False,
            isolation_level="read_committed",
            auto_offset_reset="earliest",
            # Fetch whole oversized messages too, so they can be dead-lettered.
            max_partition_fetch_bytes=max(1024 * 1024, settings.max_message_bytes * 2),
        )
        self.live = LiveFeed()
        self.processor = Processor(
            settings, self.consumer, self.stage, self.changelog, self.metrics, self.live
        )
        self.http = HttpServer(
            settings.http_host,
            settings.http_port,
            self.metrics,
            lambda: self.processor.ready,
            self.live,
        )

    async def start(self) -> None:
        await self.http.start()
        await self._retrying("connect", lambda: check_connection(self.settings))
        if self.settings.create_topics:
            await self._retrying("create_topics", lambda: ensure_topics(self.settings))
        self.consumer.subscribe([self.stage.input_topic], listener=self.processor)
        await self._retrying("consumer_start", self.consumer.start)
        log.info("service_started", role=self.settings.role, input_topic=self.stage.input_topic)

    async def run(self, stop: asyncio.Event) -> None:
        """Process batches until ``stop`` is set; transient failures back off and retry."""
        failures = 0
        next_lag_refresh = 0.0
        while not stop.is_set():
            if time.monotonic() >= next_lag_refresh:
                next_lag_refresh = time.monotonic() + LAG_REFRESH_S
                try:
                    await self.processor.refresh_lag()
                except KafkaError as exc:  # metrics only: never stop processing for them
                    log.debug("lag_refresh_failed", error=repr(exc))
            batch = await self.consumer.getmany(
                timeout_ms=self.settings.batch_timeout_ms,
                max_records=self.settings.batch_max_records,
            )
            try:
                await self.processor.process(batch, time.monotonic())
            except FATAL as exc:
                raise AuthenticationError(f"broker refused access: {exc}") from exc
            except KafkaError as exc:
                failures += 1
                delay = min(self.settings.retry_backoff_max_s, 0.5 * 2 ** min(failures, 10))
                log.warning("batch_retry", error=repr(exc), retry_in_s=delay)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), delay)
            else:
                failures = 0

    async def stop(self) -> None:
        """Leave the group and close every client; safe to call twice.

        Each step has a deadline and its failure is logged, so one stuck or broken client
        does not keep the others open. aiokafka's ``stop()`` is safe on a consumer that
        never (fully) started, so the consumer is always stopped.
        """
        steps: list[tuple[str, Callable[[], Awaitable[None]]]] = [
            ("consumer", self.consumer.stop),
            ("producers", self.processor.close),
            ("changelog", self.changelog.stop if self.changelog else _nothing),
            ("http", self.http.stop),
        ]
        for name, step in steps:
            try:
                await asyncio.wait_for(step(), STOP_STEP_TIMEOUT_S)
            except Exception as exc:
                log.warning("stop_step_failed", step=name, error=repr(exc))
        log.info("service_stopped")

    async def _retrying(self, what: str, call: Callable[[], Awaitable[T]]) -> T:
        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            log.warning(
                "broker_unavailable",
                step=what,
                bootstrap=self.settings.kafka_bootstrap,
                attempt=state.attempt_number,
                retry_in_s=round(state.upcoming_sleep, 1),
                error=repr(exc),
            )

        try:
            async for attempt in AsyncRetrying(
                retry=retry_if_exception(is_retriable),
                wait=wait_exponential_jitter(multiplier=0.5, max=self.settings.retry_backoff_max_s),
                before_sleep=before_sleep,
                reraise=True,
            ):
                with attempt:
                    return await call()
        except FATAL as exc:
            raise AuthenticationError(
                f"broker {self.settings.kafka_bootstrap} refused access ({type(exc).__name__}): "
                f"check WIRE_KAFKA_SASL_USERNAME / WIRE_KAFKA_SASL_PASSWORD and ACLs"
            ) from exc
        raise WireIngestError(f"{what}: gave up")  # unreachable: tenacity re-raises


async def _nothing() -> None:
    return None


async def serve(settings: Settings) -> int:
    """Run the service until SIGTERM/SIGINT; return the process exit code."""
    service = Service(settings)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    try:
        start = asyncio.create_task(service.start())
        await _until(start, stop)
        if not start.done():  # stopped while still connecting
            start.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await start
            return 0
        run = asyncio.create_task(service.run(stop))
        await _until(run, stop)
        if not run.done():
            log.info("draining", deadline_s=settings.drain_timeout_s)
            await asyncio.wait({run}, timeout=settings.drain_timeout_s)
            if not run.done():
                # Cancelling aborts the open transaction; give that a moment, not forever.
                log.warning("drain_deadline_passed", deadline_s=settings.drain_timeout_s)
                run.cancel()
                await asyncio.wait({run}, timeout=STOP_STEP_TIMEOUT_S)
            elif not run.cancelled():
                run.result()  # re-raises what ended the run during the drain
        return 0
    finally:
        await service.stop()


async def _until(task: asyncio.Task[None], stop: asyncio.Event) -> None:
    """Wait for ``task`` or ``stop``; re-raise if the task failed."""
    stopper = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if task.done():
        task.result()
