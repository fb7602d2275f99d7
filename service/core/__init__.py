"""Pure, synchronous core: no asyncio, no network. Bytes in, outcomes out."""
