"""Which Kafka client errors are worth retrying, and which are not."""

from __future__ import annotations

from aiokafka.errors import (
    AuthenticationFailedError,
    AuthenticationMethodNotSupported,
    ClusterAuthorizationFailedError,
    GroupAuthorizationFailedError,
    KafkaError,
    SaslAuthenticationFailed,
    TopicAuthorizationFailedError,
    TransactionalIdAuthorizationFailed,
    UnsupportedSaslMechanismError,
)

# Retrying with the same credentials and ACLs cannot succeed.
FATAL: tuple[type[KafkaError], ...] = (
    AuthenticationFailedError,
    AuthenticationMethodNotSupported,
    SaslAuthenticationFailed,
    UnsupportedSaslMechanismError,
    ClusterAuthorizationFailedError,
    GroupAuthorizationFailedError,
    TopicAuthorizationFailedError,
    TransactionalIdAuthorizationFailed,
)


def is_retriable(exc: BaseException) -> bool:
    """Connection trouble and broker-side hiccups: yes; refused access: no."""
    return isinstance(exc, KafkaError | OSError | TimeoutError) and not isinstance(exc, FATAL)
