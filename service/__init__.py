"""wire-ingest: exactly-once ingestion of news wire stories on Apache Kafka."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wire-ingest")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0.0.0"

__all__ = ["__version__"]
