"""Everything with a lifecycle: Kafka clients, topic admin, state changelog, HTTP."""
