"""Command line: no arguments starts the GUI; subcommands serve support staff and scripts."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import TYPE_CHECKING

from wizard import __version__
from wizard.core.languages import LANGUAGES

if TYPE_CHECKING:
    import argparse

# Each subcommand lives in its own module under wizard.commands and exposes
# `register(subparsers) -> None`, setting `handler` on its parser via set_defaults.
COMMAND_MODULES = ("screenshots", "check", "validate", "export")


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The argument parser, with every available subcommand unless `with_commands` is False."""
    # Lazy: the plain GUI start (a double-click) never needs argparse.
    import argparse

    parser = argparse.ArgumentParser(prog="python -m wizard", description="Salariskoppeling Wizard")
    parser.add_argument("--version", action="version", version=__version__)
    parser.add_argument("--lang", choices=LANGUAGES, default=None, help="UI language")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen, print one line per check and exit",
    )
    if not with_commands:
        return parser
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


def _wants_commands(argv: Sequence[str]) -> bool:
    # The command modules import the network stack and the schema validator; the plain GUI
    # start (the clerk's double-click) must not wait for them.
    return any(arg in COMMAND_MODULES or arg in ("-h", "--help") for arg in argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        # Lazy: a command never loads the GUI; the double-click skips argparse and its gettext.
        from wizard.app import run_gui

        return run_gui(language=None)
    args = build_parser(with_commands=_wants_commands(arguments)).parse_args(arguments)
    if args.self_test:
        # Lazy: the self-test loads only when asked for.
        from wizard.self_test import main as self_test

        return self_test()
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        # Lazy: a command never loads the GUI.
        from wizard.app import run_gui

        return run_gui(language=args.lang)
    return handler(args)


def main_gui() -> int:
    """Entry point of the windowed launcher."""
    return main(sys.argv[1:])
