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
    parser.add_argument(
        "--scale", type=float, default=1.0, help="display scaling, e.g. 2 for 200%%"
    )
    parser.add_argument(
        "--size",
        default="1000x720",
        help="window size in logical pixels, e.g. 760x500 for the smallest window",
    )
    parser.add_argument(
        "--high-contrast",
        action="store_true",
        help="render as in a high-contrast theme (white on black, no colours of our own)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Render the tour and print each file written."""
    # No window may appear on the clerk's or developer's screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.scale != 1.0:
        # Must be set before the QApplication exists.
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    # Lazy: Qt and the GUI load when the command runs, not when the parser is built.
    from wizard.app import create_application
    from wizard.ui.screenshot_tour import render_tour, use_high_contrast

    app = create_application()
    if args.high_contrast:
        use_high_contrast(app)
    width, _x, height = str(args.size).partition("x")
    for path in render_tour(args.out, size=(int(width), int(height))):
        print(path)
    return 0
