"""Long fuzzing run: every field rule and the registration importer, under Hypothesis.

Not a pytest test: CI runs the short versions (test_rules_never_raise in
tests/core/test_field_rules.py, test_importer_on_* in tests/test_validate_command.py); this
script runs the same properties, plus structured near-miss inputs, for as long as you like:

    .venv/bin/python -m tests.bench.bench_fuzz            # 20000 examples per target
    .venv/bin/python -m tests.bench.bench_fuzz 2000       # a quicker run
    .venv/bin/python -m tests.bench.bench_fuzz 500 --only importer

Properties: a field rule never raises and always returns a RuleResult of text, and a value it
accepts is accepted again unchanged (cleaning is done once, for good); the importer either
returns a WizardState or raises a RegistrationError subclass, nothing else. It prints, per
target, the number of inputs tried and the time, then the totals, and exits 1 when a property
failed (Hypothesis prints the smallest failing input it found).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from tests.test_validate_command import json_values, mutated_examples
from wizard.core.field_rules import RULES, RuleResult, check_field
from wizard.core.model import WizardState
from wizard.core.registration_file import RegistrationError, parse_registration
from wizard.core.resource_files import resource_path

DEFAULT_EXAMPLES = 20_000

# --- strategies ---------------------------------------------------------------------------

# Every code point, lone surrogates included: an imported JSON file can carry "\ud800".
any_text = st.text(st.characters(exclude_categories=()), max_size=300)

# What clerks and PDFs put around and inside values: spaces, dots, tabs, no-break and
# zero-width spaces, a byte-order mark, stray letters.
_NOISE = ["", " ", "  ", ".", "\t", "\n", "\r\n", "\u00a0", "\u200b", "\ufeff", "-", "l", "L"]
noise = st.sampled_from(_NOISE)
# ASCII digits plus look-alikes that \d (but not [0-9]) would accept.
_DIGITS = "0123456789" * 4 + "٠١٢٣٤٥٦٧٨٩０１２３４５６７８９"
digits = st.text(st.sampled_from(_DIGITS), max_size=14)
_HEX = "0123456789abcdefABCDEF"


def _padded(core: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.builds(lambda left, text, right: left + text + right, noise, core, noise)


def _loonheffingennummer() -> st.SearchStrategy[str]:
    # Nine digits (valid or failing the elfproef), an L, two digits; each part may be off.
    nine = st.integers(0, 999_999_999).map(lambda n: f"{n:09d}")
    near = st.builds(
        lambda a, gap1, letter, gap2, b: a + gap1 + letter + gap2 + b,
        nine | st.text("0123456789", min_size=7, max_size=11),
        noise,
        st.sampled_from(["L", "l", "", "LL", "1", "I", "Ｌ"]),
        noise,
        st.text("0123456789", max_size=3) | st.sampled_from(["01", "00", "99"]),
    )
    spaced = nine.map(lambda n: f"{n[:4]}.{n[4:6]}.{n[6:]}.L.01")
    return _padded(near | spaced | digits)


def _customer_number() -> st.SearchStrategy[str]:
    return _padded(digits | st.integers(-99_999, 9_999_999).map(str))


def _token_version() -> st.SearchStrategy[str]:
    return _padded(
        digits
        | st.integers(-10, 10**12).map(str)
        | st.from_regex(r"[0-9+\- ]{0,12}", fullmatch=True)
        # Thousands of digits: int() of such a string is refused by Python 3.11+.
        | st.integers(4000, 6000).map(lambda n: "1" * n)
    )


def _data_token() -> st.SearchStrategy[str]:
    hex_run = st.text(st.sampled_from(_HEX), min_size=60, max_size=68)
    one_wrong = st.builds(
        lambda token, index, char: token[: index % 64] + char + token[index % 64 + 1 :],
        st.text(st.sampled_from(_HEX), min_size=64, max_size=64),
        st.integers(0, 63),
        st.sampled_from(["g", "G", " ", "\u200b", "é", "0"]),
    )
    wrapped = st.builds(
        lambda version, gap, token: (
            f"<token>{gap}<version>{version}</version>{gap}<data>{gap}{token}{gap}</data>"
            f"{gap}</token>"
        ),
        st.sampled_from(["1", "2", "", "x"]),
        noise,
        hex_run | one_wrong,
    )
    return _padded(hex_run | one_wrong | wrapped | st.just("<data></data>"))


def _nmbrs_domain() -> st.SearchStrategy[str]:
    url = st.builds(
        lambda scheme, sub, host, port, path: scheme + sub + host + port + path,
        st.sampled_from(["", "http://", "https://", "HTTPS://", "ftp://", "//", "https:/"]),
        st.from_regex(r"[a-zA-Z0-9-]{0,70}", fullmatch=True) | st.text(max_size=12),
        st.sampled_from(
            [
                *("", ".nmbrs.nl", ".nmbrs-sandbox.nl", ".nmbrs.com", ".NMBRS.NL"),
                *(".nmbrs.nl.evil.example", ".example.com", ".", ".nmbrs"),
            ]
        ),
        st.sampled_from(["", ":443", ":99999", ":", ":x"]),
        st.sampled_from(["", "/", "/applications/?x=1", "#frag", "/ä", "?", " /x"]),
    )
    return _padded(url)


def _email() -> st.SearchStrategy[str]:
    glued = st.builds(
        lambda local, at, domain: local + at + domain,
        st.text(max_size=40),
        st.sampled_from(["@", "@@", "", "＠"]),
        st.text(max_size=40) | st.sampled_from(["example.nl", "example", "-x.nl", "xn--.nl"]),
    )
    return _padded(st.emails() | glued | st.just("a@" + "b" * 300 + ".nl"))


def _phone() -> st.SearchStrategy[str]:
    return _padded(
        st.from_regex(r"(\+|00)?[0-9 ()./-]{0,25}", fullmatch=True)
        | st.builds(
            lambda prefix, rest: prefix + rest, st.sampled_from(["+31", "0031", "+32 "]), digits
        )
        | digits
    )


def _nmbrs_token() -> st.SearchStrategy[str]:
    return _padded(
        st.text(st.sampled_from(_HEX + " \t\n-"), max_size=80) | st.uuids().map(str) | st.text()
    )


def _employer_codes() -> st.SearchStrategy[str]:
    return st.builds(
        lambda codes, separator: separator.join(codes),
        st.lists(st.text(max_size=20) | digits, max_size=10),
        st.sampled_from([",", ";", "\n", ", ", " ; ", ",,"]),
    )


NEAR_MISSES: dict[str, st.SearchStrategy[str]] = {
    "required": st.text(max_size=60),
    "email": _email(),
    "phone": _phone(),
    "loonheffingennummer": _loonheffingennummer(),
    "afas_customer_number": _customer_number(),
    "token_version": _token_version(),
    "afas_data_token": _data_token(),
    "nmbrs_domain": _nmbrs_domain(),
    "nmbrs_username": _email(),
    "nmbrs_token": _nmbrs_token(),
    "employer_codes": _employer_codes(),
}


def _example_files() -> list[bytes]:
    return [path.read_bytes() for path in sorted(resource_path("examples").glob("*.json"))]


@st.composite
def mutated_files(draw: st.DrawFn) -> bytes:
    """A shipped example file with a few byte-level edits: flips, inserts, cuts, copies."""
    data = bytearray(draw(st.sampled_from(_example_files())))
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "delete", "copy", "truncate", "bom"]))
        if action == "flip":
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(
                st.binary(min_size=1, max_size=16)
                | st.sampled_from(
                    [
                        b'"',
                        b"{",
                        b"}",
                        b"[",
                        b"]",
                        b",",
                        b"\\",
                        b"\\u",
                        b"\\ud800",
                        b"null",
                        b"1e999",
                    ]
                )
            )
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 32))]
        elif action == "copy":
            end = where + draw(st.integers(1, 200))
            data[where:where] = data[where:end]
        elif action == "truncate":
            del data[where:]
        else:
            data[0:0] = b"\xef\xbb\xbf"
    return bytes(data)


# --- properties ---------------------------------------------------------------------------


def check_rule(rule: str, raw: str) -> None:
    """A rule never raises, returns text, and accepts what it accepted before unchanged."""
    result = check_field(rule, raw)
    assert isinstance(result, RuleResult), type(result)
    assert isinstance(result.value, str)
    assert result.problem is None or isinstance(result.problem, str)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in result.arguments)
    if result.ok:
        again = check_field(rule, result.value)
        assert again.ok, (rule, result.value, again.problem)
        assert again.value == result.value, (rule, result.value, again.value)


def check_importer(data: bytes) -> None:
    """The importer gives a state, or raises one of its own errors; nothing else."""
    try:
        state = parse_registration(data)
    except RegistrationError:
        return
    assert isinstance(state, WizardState)


# --- the run ------------------------------------------------------------------------------


@dataclass
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    check: Callable[[Any], None]


def targets() -> list[Target]:
    found: list[Target] = []
    for rule in sorted(RULES):
        # Bind `rule` now; a plain closure would see the last rule only.
        def check(raw: str, rule: str = rule) -> None:
            check_rule(rule, raw)

        found.append(Target(f"rule {rule} / any text", any_text, check))
        found.append(Target(f"rule {rule} / near misses", NEAR_MISSES.get(rule, any_text), check))
    found += [
        Target("importer / any bytes", st.binary(max_size=4096), check_importer),
        Target(
            "importer / any JSON",
            json_values.map(lambda value: json.dumps(value).encode()),
            check_importer,
        ),
        Target(
            "importer / mutated documents",
            st.builds(
                lambda document, ascii_only: json.dumps(document, ensure_ascii=ascii_only).encode(),
                mutated_examples(),
                st.booleans(),
            ),
            check_importer,
        ),
        Target("importer / mutated example files", mutated_files(), check_importer),
    ]
    return found


def run(target: Target, examples: int) -> tuple[int, float, BaseException | None]:
    """Run one target; returns the inputs tried, the seconds, and the failure if any."""
    tried = 0

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.target, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(target.strategy)
    def prop(value: Any) -> None:
        nonlocal tried
        tried += 1
        target.check(value)

    started = time.perf_counter()
    try:
        prop()
    except BaseException as error:  # reported per target; the run goes on
        if isinstance(error, KeyboardInterrupt):
            raise
        return tried, time.perf_counter() - started, error
    return tried, time.perf_counter() - started, None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("examples", nargs="?", type=int, default=DEFAULT_EXAMPLES)
    parser.add_argument("--only", default="", help="run the targets whose name contains this")
    args = parser.parse_args(argv)
    missing = sorted(set(RULES) - set(NEAR_MISSES))
    if missing:
        print(f"note: no near-miss strategy for {', '.join(missing)}; any text only")
    chosen = [t for t in targets() if args.only in t.name]
    print(f"{len(chosen)} targets, up to {args.examples} examples each\n")
    print(f"{'target':<52} {'inputs':>9} {'seconds':>9} {'per s':>8}")
    total_inputs, total_seconds, failures = 0, 0.0, []
    for target in chosen:
        tried, seconds, error = run(target, args.examples)
        total_inputs += tried
        total_seconds += seconds
        rate = tried / seconds if seconds else 0.0
        print(f"{target.name:<52} {tried:>9} {seconds:>9.1f} {rate:>8.0f}", flush=True)
        if error is not None:
            failures.append(target.name)
            print(f"  FAILED: {type(error).__name__}: {error}", flush=True)
            # Hypothesis attaches the smallest failing input as a note.
            for note in getattr(error, "__notes__", []):
                print(f"  {note}", flush=True)
    print(f"\n{'total':<52} {total_inputs:>9} {total_seconds:>9.1f}")
    if failures:
        print(f"{len(failures)} target(s) failed: {', '.join(failures)}")
        return 1
    print("no failures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
