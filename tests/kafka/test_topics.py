"""Topics are created at start with the configured partitions and configs."""

from __future__ import annotations

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from service.adapters.admin import ensure_topics, topic_partitions


async def test_missing_topics_are_created_with_partitions_and_compaction(broker, topics):
    """All five topics exist after start, with the configured partition count; the
    changelog is compacted; a second call creates nothing and fails on nothing."""
    settings = topics.settings(broker.bootstrap, topic_partitions=4)
    created = await ensure_topics(settings)
    assert sorted(created) == sorted([topics.raw, *topics.outputs(), topics.state])
    for name in created:
        assert await topic_partitions(settings, name) == [0, 1, 2, 3]
    assert await ensure_topics(settings) == []

    admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
    await admin.start()
    try:
        (response,) = await admin.describe_configs(
            [ConfigResource(ConfigResourceType.TOPIC, topics.state)]
        )
    finally:
        await admin.close()
    # DescribeConfigs: resources -> (error_code, error_message, type, name, config_entries)
    entries = {entry[0]: entry[1] for entry in response.resources[0][4]}
    assert entries["cleanup.policy"] == "compact"
