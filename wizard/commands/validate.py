"""`python -m wizard validate FILE`: check a registration file against the schema and field rules.

Exit codes: 0 valid, 1 invalid ("Niet geldig: N problemen", then one line per problem, naming
the field), 2 the file cannot be read or is not JSON.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from wizard.core.languages import LANGUAGES
from wizard.core.registration_file import (
    Problem,
    RegistrationInvalidError,
    RegistrationReadError,
    import_registration,
)
from wizard.core.translation_marker import QT_TRANSLATE_NOOP

CONTEXT = "ValidateCommand"

EXIT_VALID = 0
EXIT_INVALID = 1
EXIT_UNREADABLE = 2

MSG_VALID = QT_TRANSLATE_NOOP("ValidateCommand", "{file} is a valid registration file.")
# Two texts instead of Qt's %n plural forms: English has no catalogue to give "1 problem".
MSG_INVALID_ONE = QT_TRANSLATE_NOOP("ValidateCommand", "Not valid: 1 problem")
MSG_INVALID_MANY = QT_TRANSLATE_NOOP("ValidateCommand", "Not valid: {count} problems")


def invalid_headline(count: int) -> str:
    """The first line of an invalid file's report: how many problems follow."""
    # Lazy: Qt loads when a command runs, not when the parser is built.
    from wizard.translation import tr

    if count == 1:
        return tr(CONTEXT, MSG_INVALID_ONE)
    return tr(CONTEXT, MSG_INVALID_MANY, count=str(count))


def register(subparsers: Any) -> None:
    """Add the `validate` subcommand."""
    parser = subparsers.add_parser(
        "validate", help="check a registration file against the schema and the field rules"
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="the registration file (JSON)")
    # SUPPRESS keeps `python -m wizard --lang en validate FILE` working: an absent option here
    # must not overwrite the top-level one.
    parser.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of the messages"
    )
    parser.set_defaults(handler=run)


def emit(stream: TextIO, text: str) -> None:
    """Write one line, replacing what the console's encoding cannot show instead of failing."""
    encoding = getattr(stream, "encoding", None) or "utf-8"
    stream.write(text.encode(encoding, "backslashreplace").decode(encoding) + "\n")


def problem_line(problem: Problem) -> str:
    """One translated line for a problem: the field, a colon, the message."""
    # Lazy: Qt loads when a command runs, not when the parser is built.
    from wizard.translation import tr

    message = problem.message.shown(tr)
    return f"{problem.field}: {message}" if problem.field else message


def run(args: argparse.Namespace) -> int:
    """Validate args.file and print the outcome."""
    # Lazy: Qt loads when a command runs, not when the parser is built.
    from wizard.translation import install_translators, tr

    install_translators(getattr(args, "lang", None))
    try:
        import_registration(args.file)
    except RegistrationReadError as error:
        emit(sys.stderr, error.message.shown(tr))
        return EXIT_UNREADABLE
    except RegistrationInvalidError as error:
        emit(sys.stdout, invalid_headline(len(error.problems)))
        for problem in error.problems:
            emit(sys.stdout, problem_line(problem))
        return EXIT_INVALID
    emit(sys.stdout, tr(CONTEXT, MSG_VALID, file=str(args.file)))
    return EXIT_VALID
