#!/usr/bin/env python3
"""Run the benchmarks under gilpy and python3, side by side, and print the ratios.

    cargo build --release
    python3 benches/run.py                      # every bench, 3 rounds each
    python3 benches/run.py fib loop --rounds 5  # some benches
    python3 benches/run.py --gilpy path/to/gilpy

Each bench runs under gilpy and python3 in alternation (gilpy, python3, gilpy, ...), so
both see the same machine conditions; the table shows the best wall-clock time of each
and the ratio gilpy / python3 (below 1.0: gilpy is faster). A bench that prints a
`name=value` line reports a figure of its own (a latency, a percentage); the table
shows the median of that figure for each interpreter too. A bench that fails under one
interpreter (a missing module, a crash, a timeout) is reported as such, and the others
still run. This script builds nothing.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
FIGURE = re.compile(r"^(\w[\w/.-]*)=(-?[0-9.]+(?:e-?\d+)?)\s*$")


class Failure(Exception):
    """A bench run that did not complete; the message says how."""


def run_once(interpreter, bench, timeout):
    """Runs one bench; returns (seconds, figure or None). Raises Failure."""
    begin = time.perf_counter()
    try:
        proc = subprocess.run(
            [interpreter, bench],
            cwd=BENCH_DIR,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        raise Failure("timed out after %ds" % timeout)
    except OSError as e:
        raise Failure(str(e))
    seconds = time.perf_counter() - begin
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no stderr)"])[-1]
        raise Failure("exit %d: %s" % (proc.returncode, last[:60]))
    figure = None
    for line in proc.stdout.splitlines():
        match = FIGURE.match(line.strip())
        if match:
            figure = (match.group(1), float(match.group(2)))
    return seconds, figure


class Result:
    """The rounds of one bench under one interpreter."""

    def __init__(self):
        self.times = []
        self.figures = []
        self.failure = None

    def add(self, interpreter, bench, timeout):
        if self.failure:
            return
        try:
            seconds, figure = run_once(interpreter, bench, timeout)
        except Failure as e:
            self.failure = str(e)
            return
        self.times.append(seconds)
        if figure:
            self.figures.append(figure)

    def time(self):
        return min(self.times) if self.times else None

    def figure(self):
        if not self.figures:
            return None
        return self.figures[0][0], statistics.median(v for _, v in self.figures)


def secs(seconds):
    return "%.3f" % seconds if seconds is not None else "FAILED"


def fmt_figure(result):
    figure = result.figure()
    return "%s %g" % figure if figure else ""


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("benches", nargs="*", help="bench names (default: all)")
    parser.add_argument(
        "--gilpy",
        default=os.path.join(REPO_DIR, "target", "release", "gilpy"),
        help="gilpy binary (default: target/release/gilpy)",
    )
    parser.add_argument("--python", default="python3", help="CPython to compare with")
    parser.add_argument("--rounds", type=int, default=3, help="runs per interpreter")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per run")
    args = parser.parse_args()

    if not os.access(args.gilpy, os.X_OK):
        sys.exit("no gilpy binary at %s: run `cargo build --release` first" % args.gilpy)
    available = sorted(f[:-3] for f in os.listdir(BENCH_DIR) if f.endswith(".py") and f != "run.py")
    names = args.benches or available
    unknown = [n for n in names if n not in available]
    if unknown:
        sys.exit("unknown bench(es): %s (have: %s)" % (", ".join(unknown), ", ".join(available)))

    header = "%-16s %10s %10s %8s   %-28s %-28s" % (
        "bench", "gilpy s", "python3 s", "ratio", "gilpy figure", "python3 figure")
    print(header)
    print("-" * len(header))
    failed = 0
    for name in names:
        bench = name + ".py"
        gilpy, cpython = Result(), Result()
        for _ in range(args.rounds):
            gilpy.add(args.gilpy, bench, args.timeout)
            cpython.add(args.python, bench, args.timeout)
        g, c = gilpy.time(), cpython.time()
        ratio = "%.2f" % (g / c) if g and c else "-"
        print("%-16s %10s %10s %8s   %-28s %-28s" % (
            name, secs(g), secs(c), ratio, fmt_figure(gilpy), fmt_figure(cpython)))
        for label, result in (("gilpy", gilpy), ("python3", cpython)):
            if result.failure:
                failed += 1
                print("    %s failed: %s" % (label, result.failure))
        sys.stdout.flush()
    if failed:
        print("\n%d run(s) failed" % failed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
