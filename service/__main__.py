"""`python -m service` is the same as the `wire-ingest` command."""

from service.cli import main

raise SystemExit(main())
