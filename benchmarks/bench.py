"""How fast studycards is, as ratios against jieba measured in the same run on the same machine.

    python benchmarks/bench.py            # prints a markdown table (docs/benchmarks.md records one)
    python benchmarks/bench.py --runs 5   # more runs per timing (the median is reported)

Not a test: timings depend on the machine. Every timing is a fresh process unless it says "warm".

- cold build: `studycards build` of the sample, against `python -c "import jieba; jieba.initialize()"`
  (both with their caches in place, as on any run but the very first; the first run is shown too). Python's own
  cache is among them: the timed processes may write bytecode, as a pip install leaves it compiled, even where the
  shell sets PYTHONDONTWRITEBYTECODE (jieba, installed by pip, has its bytecode either way).
- throughput: read, parse, extract, notes and package of 1 MB of text, against `jieba.lcut` of the same
  text, taking turns in one warm process (our dictionary and jieba's both loaded), the garbage collector paused
  while each runs (as timeit does).
- batch: `studycards build DIR` of 100 documents with one worker per core, against `--jobs 1`.
- memory: peak resident memory of `studycards build` of the 1 MB text.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "decks" / "cadre-incentive-seminar.txt"
SAMPLES = sorted((ROOT / "decks").glob("*.txt"))
TARGETS = {"cold": 1.0, "throughput": 0.8, "batch": 1.7, "memory": 300}

WARM = """
import gc, time, jieba
from studycards.pipeline import study
from studycards.cards import make_notes
from studycards.export.apkg import package_bytes
from studycards.segment import segmenter
segmenter().warm_up()
jieba.setLogLevel(60)
jieba.initialize()
text = open({path!r}, encoding="utf-8").read()
ours, lcut = float("inf"), float("inf")
def timed(work):
    gc.collect()
    gc.disable()  # as timeit does: a full collection over both dictionaries would land on one side or the other
    start = time.perf_counter()
    work()
    elapsed = time.perf_counter() - start
    gc.enable()
    return elapsed
for _ in range({runs}):  # interleaved, so that a busy moment of the machine hits both alike
    ours = min(ours, timed(lambda: package_bytes(make_notes([study({path!r})]))))
    lcut = min(lcut, timed(lambda: jieba.lcut(text)))
print(ours, lcut)
"""
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # else our source is compiled anew in every process, jieba's never
    if (ROOT / "src" / "studycards").is_dir():
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), env.get("PYTHONPATH")]))
    return env


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median_of(runs: int, commands: dict[str, list[str]], env) -> dict[str, float]:
    """Runs interleaved (a, b, a, b, …) so that a busy moment of the machine hits both alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(timed(command, env))
    return {name: statistics.median(values) for name, values in times.items()}


def output_of(code: str, env, *args: str) -> str:
    done = subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, capture_output=True, text=True)
    return done.stdout.strip()


def megabyte_of_text(path: Path) -> Path:
    """1 MB (UTF-8) of the bundled documents, one after another, each copy retitled."""
    texts = [p.read_text(encoding="utf-8-sig") for p in SAMPLES]
    parts, size, copy = [], 0, 0
    while size < 2**20:
        text = texts[copy % len(texts)]
        title, _, body = text.partition("\n")
        part = f"{title}（第{copy + 1}份）\n{body}\n"
        parts.append(part)
        size += len(part.encode("utf-8"))
        copy += 1
    path.write_text("".join(parts).encode("utf-8")[: 2**20].decode("utf-8", "ignore"), encoding="utf-8")
    return path


def hundred_documents(folder: Path) -> Path:
    folder.mkdir()
    for number in range(100):
        text = SAMPLES[number % len(SAMPLES)].read_text(encoding="utf-8-sig")
        title, _, body = text.partition("\n")
        (folder / f"doc{number:03}.txt").write_text(f"{title}（第{number + 1}份）\n{body}", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per timing (median; best for the warm ones)")
    args = parser.parse_args()
    env = environment()
    python = sys.executable
    studycards = [python, "-m", "studycards"]
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        deck = scratch / "deck.apkg"
        subprocess.run(
            [*studycards, "build", str(SAMPLE), "-o", str(deck)], check=True, env=env, stderr=subprocess.DEVNULL
        )  # caches in place, as on every run but the first

        cold = median_of(
            args.runs,
            {
                "build": [*studycards, "build", str(SAMPLE), "-o", str(deck)],
                "jieba": [python, "-c", "import jieba; jieba.setLogLevel(60); jieba.initialize()"],
            },
            env,
        )
        first = statistics.median(  # each run with an empty cache folder of its own
            timed(
                [*studycards, "build", str(SAMPLE), "-o", str(deck)],
                dict(env, STUDYCARDS_CACHE_DIR=str(scratch / f"new{n}")),
            )
            for n in range(args.runs)
        )
        rows.append(
            (
                "cold `studycards build` of the sample ÷ `import jieba; jieba.initialize()`",
                f"{cold['build']:.2f} s",
                f"{cold['jieba']:.2f} s",
                cold["build"] / cold["jieba"],
                f"≤ {TARGETS['cold']}",
                cold["build"] / cold["jieba"] <= TARGETS["cold"],
            )
        )
        rows.append(
            (
                "— the same, very first run (no studycards cache yet)",
                f"{first:.2f} s",
                f"{cold['jieba']:.2f} s",
                first / cold["jieba"],
                "",
                None,
            )
        )

        quiz = median_of(
            args.runs,
            {
                "quiz": [*studycards, "quiz", str(SAMPLE), "-o", str(scratch / "quiz.html"), "-n", "30", "--seed", "1"],
            },
            env,
        )  # jieba's part-of-speech tables (for options of the answer's class) load on top of a build's start
        rows.append(
            (
                "cold `studycards quiz -n 30` of the sample ÷ the cold build",
                f"{quiz['quiz']:.2f} s",
                f"{cold['build']:.2f} s",
                quiz["quiz"] / cold["build"],
                "",
                None,
            )
        )

        text = megabyte_of_text(scratch / "megabyte.txt")
        ours, lcut = map(float, output_of(WARM.format(runs=args.runs, path=str(text)), env).split())
        rows.append(
            (
                "throughput on 1 MB: jieba.lcut time ÷ studycards time (warm)",
                f"{1 / ours:.2f} MB/s",
                f"{1 / lcut:.2f} MB/s",
                lcut / ours,
                f"≥ {TARGETS['throughput']}",
                lcut / ours >= TARGETS["throughput"],
            )
        )

        folder = hundred_documents(scratch / "hundred")
        batch = median_of(
            max(1, args.runs // 2),
            {
                "one": [*studycards, "build", str(folder), "-o", str(deck), "--jobs", "1"],
                "all": [*studycards, "build", str(folder), "-o", str(deck)],
            },
            env,
        )
        rows.append(
            (
                f"batch of 100 documents: one process ÷ all {cores} cores",
                f"{batch['all']:.2f} s",
                f"{batch['one']:.2f} s",
                batch["one"] / batch["all"],
                f"≥ {TARGETS['batch']}",
                batch["one"] / batch["all"] >= TARGETS["batch"],
            )
        )

        peak = max(int(output_of(PEAK, env, *studycards, "build", str(text), "-o", str(deck))) for _ in range(2))
        megabytes = peak / 1024 if sys.platform != "darwin" else peak / 2**20
        rows.append(
            (
                "peak memory, `studycards build` of 1 MB of text",
                f"{megabytes:.0f} MB",
                "",
                None,
                f"≤ {TARGETS['memory']} MB",
                megabytes <= TARGETS["memory"],
            )
        )
        shutil.rmtree(scratch / "hundred")

    print(
        f"{platform.python_implementation()} {platform.python_version()}, {platform.system()} {platform.machine()}, "
        f"{cores} cores; median of {args.runs} runs (warm timings: best of {args.runs})\n"
    )
    print("| measure | studycards | reference | ratio | target | met |")
    print("|---|---:|---:|---:|---:|:-:|")
    for name, value, reference, ratio, target, met in rows:
        shown = "" if ratio is None else f"{ratio:.2f}"
        flag = "" if met is None else ("yes" if met else "**no**")
        print(f"| {name} | {value} | {reference} | {shown} | {target} | {flag} |")


if __name__ == "__main__":
    main()
