# syntax=docker/dockerfile:1
# wire-ingest service image: `docker build -t wire-ingest .`
#
# Two stages: `build` installs the package and its runtime dependencies (never the dev
# extras) into a virtualenv; `runtime` copies only that virtualenv onto a clean slim base
# and runs it as an unprivileged user. Configure it only with WIRE_* variables (README).

ARG PYTHON_IMAGE=python:3.11-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
RUN python -m venv /opt/wire-ingest
WORKDIR /src
# Metadata first, then the code: the dependency layer is rebuilt only when they change.
COPY pyproject.toml README.md ./
COPY service ./service
RUN /opt/wire-ingest/bin/pip install --no-compile . \
    && /opt/wire-ingest/bin/python -m compileall -q /opt/wire-ingest/lib \
    && /opt/wire-ingest/bin/wire-ingest --version

FROM ${PYTHON_IMAGE} AS runtime
LABEL org.opencontainers.image.title="wire-ingest" \
      org.opencontainers.image.description="Kafka service that cleans news wire stories and recognises their variants" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 wire \
    && useradd --system --uid 10001 --gid wire --no-create-home --home-dir /nonexistent \
       --shell /usr/sbin/nologin wire
COPY --from=build /opt/wire-ingest /opt/wire-ingest
ENV PATH=/opt/wire-ingest/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WIRE_HTTP_HOST=0.0.0.0 \
    WIRE_HTTP_PORT=8080 \
    WIRE_LOG_FORMAT=json
USER 10001:10001
WORKDIR /tmp
EXPOSE 8080
# Liveness only (the process answers). Readiness (/readyz) is for orchestrators that route
# traffic or order start-up; docker-compose.yml uses it for the feeder.
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
    CMD ["python", "-c", "import os, sys, urllib.request; port = os.environ.get('WIRE_HTTP_PORT', '8080'); sys.exit(0 if urllib.request.urlopen(f'http://127.0.0.1:{port}/healthz', timeout=2).status == 200 else 1)"]
# The service drains its in-flight batch on SIGTERM (WIRE_DRAIN_TIMEOUT_S); give it that
# long before SIGKILL (docker stop -t, compose stop_grace_period).
STOPSIGNAL SIGTERM
ENTRYPOINT ["wire-ingest"]
CMD ["run"]
