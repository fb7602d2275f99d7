"""Create the service's topics when they are missing."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError, for_code
from structlog import get_logger

from service.adapters.kafka_config import client_kwargs
from service.settings import Settings

log = get_logger(__name__)

# Output topics' record size limit (and the producers' request size): room above inputs.
OUTPUT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024


def topic_specs(settings: Settings) -> list[NewTopic]:
    """Every topic the service reads or writes, with its configuration."""
    parts, repl = settings.topic_partitions, settings.topic_replication
    # Events can be larger than their input (paragraphs repeat the body; see
    # service/core/events.py MAX_EVENT_BYTES); dead letters add headers to the input.
    roomy = {"max.message.bytes": str(OUTPUT_MAX_MESSAGE_BYTES)}
    return [
        NewTopic(settings.input_topic, parts, repl),
        NewTopic(settings.stories_topic, parts, repl, topic_configs=roomy),
        NewTopic(settings.variants_topic, parts, repl, topic_configs=roomy),
        NewTopic(settings.dlq_topic, parts, repl, topic_configs=roomy),
        *(
            # One partition: one dedup shard, so a single decide owner sees every story.
            [NewTopic(settings.prepared_topic, 1, repl, topic_configs=roomy)]
            if settings.role != "all"
            else []
        ),
        NewTopic(
            settings.state_topic,
            parts,
            repl,
            topic_configs={
                "cleanup.policy": "compact",
                "min.compaction.lag.ms": "60000",
                "segment.ms": "3600000",
            },
        ),
    ]


async def ensure_topics(settings: Settings) -> list[str]:
    """Create missing topics; return the names created. Existing topics are left alone."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings, client_suffix="-admin"))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [spec for spec in topic_specs(settings) if spec.name not in existing]
        created: list[str] = []
        if missing:
            response = await admin.create_topics(missing)
            # The response carries one (name, error_code, ...) entry per topic.
            for name, code, *rest in response.topic_errors:
                error = for_code(code)
                if code == 0:
                    created.append(name)
                elif error is not TopicAlreadyExistsError:  # else: another instance won the race
                    detail = rest[0] if rest and rest[0] else error.__name__
                    raise error(f"cannot create topic {name}: {detail}")
        if created:
            log.info("topics_created", topics=created)
        return created
    finally:
        await admin.close()


async def topic_partitions(settings: Settings, topic: str) -> list[int]:
    """Partition ids of ``topic`` from fresh cluster metadata ([] if it does not exist)."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings, client_suffix="-admin"))
    await admin.start()
    try:
        described = await admin.describe_topics([topic])
    finally:
        await admin.close()
    return sorted(
        p["partition"]
        for t in described
        if t["topic"] == topic and t["error_code"] == 0
        for p in t["partitions"]
    )
