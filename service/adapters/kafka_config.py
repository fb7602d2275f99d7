"""aiokafka client keyword arguments from :class:`Settings` (connection and security)."""

from __future__ import annotations

from typing import Any

from aiokafka.helpers import create_ssl_context

from service.settings import SecurityProtocol, Settings


def client_kwargs(settings: Settings, *, client_suffix: str = "") -> dict[str, Any]:
    """Connection arguments shared by every consumer, producer and admin client."""
    kwargs: dict[str, Any] = {
        "bootstrap_servers": settings.kafka_bootstrap,
        "client_id": settings.kafka_client_id + client_suffix,
        "security_protocol": settings.kafka_security_protocol.value,
        "retry_backoff_ms": 200,
    }
    if settings.kafka_security_protocol in (SecurityProtocol.SSL, SecurityProtocol.SASL_SSL):
        kwargs["ssl_context"] = create_ssl_context(
            cafile=str(settings.kafka_ssl_cafile) if settings.kafka_ssl_cafile else None,
            certfile=str(settings.kafka_ssl_certfile) if settings.kafka_ssl_certfile else None,
            keyfile=str(settings.kafka_ssl_keyfile) if settings.kafka_ssl_keyfile else None,
        )
    if settings.kafka_sasl_mechanism is not None:
        kwargs["sasl_mechanism"] = settings.kafka_sasl_mechanism.value
        kwargs["sasl_plain_username"] = settings.kafka_sasl_username
        if settings.kafka_sasl_password is not None:
            kwargs["sasl_plain_password"] = settings.kafka_sasl_password.get_secret_value()
    return kwargs
