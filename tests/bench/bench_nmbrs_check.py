"""Benchmark: the full umbrella Nmbrs check against a fake that answers every call after 200 ms.

Not a pytest test (timings on shared CI machines are too noisy to assert). Run it with
    .venv/bin/python -m tests.bench.bench_nmbrs_check
Target: at most 3 round trips + 0.3 s with a warm WSDL cache, against about 20 round trips
when the calls are made one after another. The fake runs in its own process, so its request
handling does not compete with the check for this process's GIL.
"""

from __future__ import annotations

import multiprocessing
import statistics
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from tests.fakes.fake_nmbrs import FakeNmbrs, NmbrsScenario
from wizard.core.manual import shipped_manual
from wizard.core.model import AccountType
from wizard.services.network_settings import NetworkSettings
from wizard.services.nmbrs.check import run_nmbrs_check

LATENCY = 0.2
ROUNDS = 5
TARGET_ROUND_TRIPS = 3
TARGET_SLACK = 0.3


def _serve(scenario: NmbrsScenario, pipe: Connection) -> None:
    """Child process: run the fake; answer "count" with the SOAP request count, stop on "stop"."""
    with FakeNmbrs(scenario) as fake:
        pipe.send(fake.base_url)
        while (command := pipe.recv()) != "stop":
            pipe.send(fake.soap_requests() if command == "count" else None)


def _requests(pipe: Connection) -> int:
    pipe.send("count")
    return int(pipe.recv())


def _timed_check(
    scenario: NmbrsScenario, base_url: str, pipe: Connection, cache_dir: Path
) -> tuple[float, int, bool]:
    before = _requests(pipe)
    started = time.perf_counter()
    report = run_nmbrs_check(
        scenario.username,
        scenario.token,
        scenario.domain,
        AccountType.UMBRELLA,
        NetworkSettings(),
        endpoint=base_url,
        wsdl_cache_dir=cache_dir,
    )
    elapsed = time.perf_counter() - started
    return elapsed, _requests(pipe) - before, report.ok


def main() -> int:
    """Run the benchmark and print the figures; exit code 1 when the target is missed."""
    listed = len(shipped_manual().calls[AccountType.UMBRELLA])
    scenario = NmbrsScenario(latency=LATENCY, wsdl_latency=LATENCY)
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.get_context("spawn").Process(target=_serve, args=(scenario, theirs))
    server.start()
    try:
        base_url = str(ours.recv())
        with tempfile.TemporaryDirectory() as folder:
            cache_dir = Path(folder)
            cold, _, cold_ok = _timed_check(scenario, base_url, ours, cache_dir)
            runs = [_timed_check(scenario, base_url, ours, cache_dir) for _ in range(ROUNDS)]
    finally:
        ours.send("stop")
        server.join(timeout=10)
    durations = [elapsed for elapsed, _, _ in runs]
    requests = runs[0][1]
    median = statistics.median(durations)
    target = TARGET_ROUND_TRIPS * LATENCY + TARGET_SLACK
    sequential_listed = listed * LATENCY
    sequential_all = requests * LATENCY
    print(f"latency per call:                    {LATENCY * 1000:.0f} ms")
    print(f"calls on the umbrella list:          {listed}")
    print(f"SOAP requests per check:             {requests} (incl. helper and search calls)")
    print(f"cold check (WSDLs downloaded):       {cold:.3f} s (ok={cold_ok})")
    print(
        f"warm check, {ROUNDS} runs:                "
        f"median {median:.3f} s, min {min(durations):.3f} s, max {max(durations):.3f} s"
    )
    print(f"  = {median / LATENCY:.1f} round trips of {LATENCY * 1000:.0f} ms")
    print(f"target (3 round trips + 0.3 s):      {target:.3f} s")
    print(
        f"sequential, list calls only:         {sequential_listed:.1f} s "
        f"({listed} round trips) -> {sequential_listed / median:.1f}x slower"
    )
    print(
        f"sequential, every request made:      {sequential_all:.1f} s "
        f"({requests} round trips) -> {sequential_all / median:.1f}x slower"
    )
    met = median <= target and all(ok for _, _, ok in runs)
    print("RESULT:", "target met" if met else "TARGET MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
