"""Command line: no arguments starts the GUI; subcommands serve support staff and scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib import import_module

from wizard import __version__

# Each subcommand lives in its own module under wizard.commands and exposes
# `register(subparsers) -> None`, setting `handler` on its parser via set_defaults.
COMMAND_MODULES = ("screenshots", "check", "validate", "export")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every available subcommand."""
    parser = argparse.ArgumentParser(prog="python -m wizard", description="Salariskoppeling Wizard")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--lang", choices=("nl", "en"), default=None, help="UI language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen, print one line per check and exit",
    )
    subparsers = parser.add_subparsers(dest="command")
    for name in COMMAND_MODULES:
        try:
            module = import_module(f"wizard.commands.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"wizard.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    args = build_parser().parse_args(argv)
    if args.self_test:
        from wizard.self_test import main as self_test

        return self_test()
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        from wizard.app import run_gui

        return run_gui(language=args.lang)
    return handler(args)


def main_gui() -> int:
    """Entry point of the windowed launcher."""
    return main(sys.argv[1:])
