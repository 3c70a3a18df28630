"""``python -m sagt.store ...``: the store commands without the rest of the CLI."""

from sagt.store.cli import main

main()
