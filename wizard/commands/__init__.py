"""Command-line subcommands of `python -m wizard`; one module per command."""
