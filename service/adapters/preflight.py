"""Check, before anything else, that the broker answers and accepts our credentials.

aiokafka's clients report every bootstrap failure as "Unable to bootstrap", whether the
broker is down (worth retrying) or refused our SASL credentials (retrying cannot help).
One direct connection per bootstrap address tells the two apart, so the service can keep
retrying the first and exit at once with a clear message on the second.
"""

from __future__ import annotations

from aiokafka.conn import create_conn
from aiokafka.errors import KafkaConnectionError, SaslAuthenticationFailed

from service.adapters.kafka_config import client_kwargs
from service.errors import AuthenticationError
from service.settings import Settings


def bootstrap_addresses(bootstrap: str) -> list[tuple[str, int]]:
    """``host:port`` pairs of a bootstrap list; the port defaults to 9092."""
    addresses = []
    for item in (part.strip() for part in bootstrap.split(",")):
        host, sep, port = item.rpartition(":")
        if not sep or not port.isdigit() or (host.startswith("[") and not host.endswith("]")):
            host, port = item, "9092"
        addresses.append((host.strip("[]") or "localhost", int(port)))
    return addresses


async def check_connection(settings: Settings) -> None:
    """Return when one bootstrap broker accepted a connection (and SASL login)."""
    kwargs = client_kwargs(settings, client_suffix="-preflight")
    conn_kwargs = {
        k: v
        for k, v in kwargs.items()
        if k
        in {
            "client_id",
            "ssl_context",
            "security_protocol",
            "sasl_mechanism",
            "sasl_plain_username",
            "sasl_plain_password",
        }
    }
    errors: list[str] = []
    for host, port in bootstrap_addresses(settings.kafka_bootstrap):
        try:
            conn = await create_conn(host, port, request_timeout_ms=10_000, **conn_kwargs)
        except SaslAuthenticationFailed as exc:
            raise AuthenticationError(
                f"broker {host}:{port} refused the SASL login of user "
                f"{settings.kafka_sasl_username!r} ({exc}); check WIRE_KAFKA_SASL_USERNAME, "
                "WIRE_KAFKA_SASL_PASSWORD and WIRE_KAFKA_SASL_MECHANISM"
            ) from exc
        except (OSError, TimeoutError, KafkaConnectionError) as exc:
            errors.append(f"{host}:{port}: {exc}")
            continue
        conn.close()
        return
    raise KafkaConnectionError("no bootstrap broker answered: " + "; ".join(errors))
