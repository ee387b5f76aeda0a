"""`python -m wizard export --example NAME PATH`: write one of the shipped example files.

With --without-tokens the tokens are replaced by "lever ik apart aan", as in a real export
where the clerk delivers them separately.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from wizard.commands.validate import emit, problem_line
from wizard.core.languages import LANGUAGES
from wizard.core.message import Message
from wizard.core.registration_examples import EXAMPLE_NAMES, example_state, export_example
from wizard.core.registration_file import (
    MSG_TOKENS_INCLUDED,
    RegistrationInvalidError,
    RegistrationWriteError,
    tokens_left_out_notice,
)
from wizard.core.registration_schema import CONTEXT as REGISTRATION_CONTEXT
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "ExportCommand"

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_NOT_WRITTEN = 2

MSG_WRITTEN = QT_TRANSLATE_NOOP("ExportCommand", "Saved the registration file {path}.")


def register(subparsers: Any) -> None:
    """Add the `export` subcommand."""
    parser = subparsers.add_parser("export", help="write an example registration file")
    parser.add_argument(
        "--example", required=True, choices=EXAMPLE_NAMES, help="which example to write"
    )
    parser.add_argument("path", type=Path, metavar="PATH", help="the file to write")
    parser.add_argument(
        "--without-tokens",
        action="store_true",
        help='leave the tokens out; the file then says "lever ik apart aan"',
    )
    # SUPPRESS: an absent option here must not overwrite the top-level --lang.
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the messages"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Write the chosen example and say whether it holds the tokens."""
    # Lazy: Qt loads when a command runs, not when the parser is built.
    from wizard.translation import install_translators, tr

    install_translators(getattr(args, "lang", None))
    include_tokens = not args.without_tokens
    try:
        export_example(args.example, args.path, include_tokens=include_tokens)
    except RegistrationWriteError as error:
        emit(sys.stderr, error.message.shown(tr))
        return EXIT_NOT_WRITTEN
    except RegistrationInvalidError as error:
        # Only reachable if the shipped field rules and the examples drift apart.
        for problem in error.problems:
            emit(sys.stderr, problem_line(problem))
        return EXIT_INVALID
    emit(sys.stdout, tr(CONTEXT, MSG_WRITTEN, path=str(args.path)))
    notice = (
        MSG_TOKENS_INCLUDED
        if include_tokens
        else tokens_left_out_notice(example_state(args.example))
    )
    emit(sys.stdout, Message(REGISTRATION_CONTEXT, notice).shown(tr))
    return EXIT_OK
