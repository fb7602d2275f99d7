"""The live status page: figures read from the service's metrics, and its HTML."""
