"""Benchmark: redacting one 100,000-character log record, and scrubbing server text.

Not a pytest test. Run it with
    .venv/bin/python -m tests.bench.bench_log_redaction
Redaction runs wherever a log call happens (the GUI thread too), on up to 100,000 characters
per record. Each text below is redacted several times; the best time counts. Target: every
text well under 50 ms. The quadratic patterns this replaced took about 10 s on 50,000 word
characters. The server-text scrubber (tokens and their fragments) is timed on the same texts.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from wizard.core.server_text import SecretScrubber
from wizard.services.diagnostics_log import forget_secrets, redact_text, register_secret

CHARS = 100_000
REPEATS = 5
TARGET_MS = 50.0
NMBRS_TOKEN = "3f9a0c5e7b1d42e8a6f0c9b3d5e7a1f2"
AFAS_TOKEN = "7D3F0A9B1C5E82D4F6A0B3C9E1D7F5A2" * 2

# Repeated units: the word run that was quadratic, and the shapes each pattern looks for.
UNITS = {
    "word characters": "a",
    "secret-looking keys": "tokena",
    "many colons": "a:!",
    "unclosed quotes": 'token:"a',
    "unclosed tags": "<token ",
    "URLs": "http://",
    "ordinary log text": "GET https://api.nmbrs.nl/soap/v3/CompanyService.asmx?x=1 token=abc ok ",
}


def _best_ms(work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> int:
    forget_secrets()
    register_secret(NMBRS_TOKEN)
    register_secret(AFAS_TOKEN)
    scrubber = SecretScrubber([NMBRS_TOKEN, AFAS_TOKEN])
    worst = 0.0
    print(f"{CHARS:,} characters per text, best of {REPEATS}; target < {TARGET_MS:.0f} ms")
    for name, unit in UNITS.items():
        text = (unit * (CHARS // len(unit) + 1))[:CHARS]
        redaction = _best_ms(lambda text=text: redact_text(text))
        scrubbing = _best_ms(lambda text=text: scrubber.scrub(text))
        worst = max(worst, redaction, scrubbing)
        print(
            f"  {name:22} log redaction {redaction:6.1f} ms   server-text scrub {scrubbing:6.1f} ms"
        )
    forget_secrets()
    verdict = "OK" if worst < TARGET_MS else "TOO SLOW"
    print(f"worst {worst:.1f} ms: {verdict}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
