"""Dead-code check: vulture over the product and its tests, reporting the product's unused code.

The tests count as users: a function only tests call is their way in, not dead. Names that only
a framework calls (Qt's virtual methods, zeep's transport attributes, dataclass fields filled by
name) are listed in dead_code_allowlist.py. Run: `python -m tests.dead_code` (exit 1 on findings).
"""

from __future__ import annotations

import sys
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parents[1]
PRODUCT = ROOT / "wizard"
# Below 60 vulture guesses; at 60 every finding in the product was real or is allowlisted.
MIN_CONFIDENCE = 60


def unused_product_code() -> list[str]:
    """One vulture report line per unused name in wizard/."""
    vulture = Vulture()
    vulture.scavenge([str(PRODUCT), str(ROOT / "tests")])
    return [
        item.get_report()
        for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE)
        if Path(item.filename).resolve().is_relative_to(PRODUCT)
    ]


def main() -> int:
    findings = unused_product_code()
    for line in findings:
        print(line)
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
