"""`python -m wizard screenshots --out DIR`: every page of every path, nl and en, as PNG."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the screenshots subcommand."""
    parser = subparsers.add_parser("screenshots", help="render every page to PNG (offscreen)")
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNG files")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Render the tour and print each file written."""
    # No window may appear on the clerk's or developer's screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from wizard.app import create_application
    from wizard.ui.screenshot_tour import render_tour

    create_application()
    for path in render_tour(args.out):
        print(path)
    return 0
