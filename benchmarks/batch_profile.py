"""Where the time of `studycards build DIR` goes, phase by phase, with one process and with all cores.

    python benchmarks/batch_profile.py

The phases that do not shrink with more cores (start-up, the dictionary, notes and package) bound the
batch speed-up (Amdahl): this prints them beside the studying itself, per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import environment, hundred_documents  # noqa: E402

PHASES = """
import json, os, sys, time
import studycards.batch as batch
from studycards.cards import make_notes
from studycards.cli.options import DEFAULT_KINDS
from studycards.export.apkg import package_bytes
from studycards.output import write_output

marks, spans = {}, []
real_study, real_warm, real_merge = batch.study, batch._warm_up, batch.merge_across

def study(*args, **kwargs):
    start = time.perf_counter()
    result = real_study(*args, **kwargs)
    result.document.path = json.dumps([start, time.perf_counter(), os.getpid()])
    return result

def warm(settings):
    marks["dictionary"] = time.perf_counter()
    real_warm(settings)
    marks["dictionary"] = time.perf_counter() - marks["dictionary"]

def merge(studied):
    start = time.perf_counter()
    result = real_merge(studied)
    marks["merge"] = time.perf_counter() - start
    return result

batch.study, batch._warm_up, batch.merge_across = study, warm, merge
jobs = int(sys.argv[2])
paths = batch.expand([sys.argv[1]])
settings = batch.Settings(kinds=tuple(DEFAULT_KINDS.split(",")))
begin = time.perf_counter()
if jobs == 1:
    warm(settings)
result = batch.study_batch(paths, settings, jobs=jobs)
end = time.perf_counter()
runs = [json.loads(item.document.path) for item in result.studied]
first, last = min(r[0] for r in runs), max(r[1] for r in runs)
workers = {}
for start, stop, pid in runs:
    workers.setdefault(pid, []).append((start, stop))
start = time.perf_counter()
notes = make_notes(result.studied)
marks["notes"] = time.perf_counter() - start
start = time.perf_counter()
data = package_bytes(notes)
marks["package"] = time.perf_counter() - start
start = time.perf_counter()
write_output(sys.argv[3], data)
marks["write"] = time.perf_counter() - start
marks["pool start"] = first - begin - marks["dictionary"]
marks["studying"] = last - first
marks["after the last document"] = end - last - marks.get("merge", 0)
marks["busy per worker"] = [round(sum(b - a for a, b in spans), 3) for spans in workers.values()]
print(json.dumps(marks))
"""


def main() -> None:
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    env = environment()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    with tempfile.TemporaryDirectory() as scratch:
        folder = hundred_documents(Path(scratch) / "docs")
        deck = str(Path(scratch) / "deck.apkg")
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-c",
                "import studycards.cli, studycards.batch, studycards.cards, studycards.export.apkg, jieba",
            ],
            check=True,
            env=env,
        )
        imports = time.perf_counter() - start
        results = {}
        for jobs in (1, cores):
            done = subprocess.run(
                [sys.executable, "-c", PHASES, str(folder), str(jobs), deck],
                check=True,
                env=env,
                capture_output=True,
                text=True,
            )
            results[jobs] = json.loads(done.stdout)
    names = ["dictionary", "pool start", "studying", "merge", "after the last document", "notes", "package", "write"]
    print(f"| phase | 1 process | {cores} workers |")
    print("|---|---:|---:|")
    print(f"| interpreter start and imports | {imports:.2f} s | {imports:.2f} s |")
    for name in names:
        cells = [f"{results[jobs].get(name, 0):.2f} s" for jobs in (1, cores)]
        print(f"| {name} | {' | '.join(cells)} |")
    busy = [results[jobs]["busy per worker"] for jobs in (1, cores)]
    print(f"| (busy time per worker) | {', '.join(map(str, busy[0]))} s | {', '.join(map(str, busy[1]))} s |")


if __name__ == "__main__":
    main()
