#!/usr/bin/env python3
"""Time `pgmig check` against squawk on the same inputs, in the same run.

Inputs (generated like /work/shared/bench/lib/lint.py does, with the shared generator):
  small  the 1000 *.up.sql files of gen_migrations.py --style plain-updown --layout flat 1000
  big    one file of whole generated migrations concatenated to >= 5 MiB
  big-existing  the same without the CREATE TABLE migrations: every ALTER/INDEX/INSERT then
         targets a table the file did not create, so pgmig reports tens of thousands of findings
         (the cost of rendering them; squawk's default reporter took 233x its gcc time on big)

Commands (each: 1 warm-up + BENCH_RUNS timed runs with hyperfine, median reported):
  squawk --reporter gcc <files>          (squawk-cli from PyPI, in a throwaway venv)
  pgmig check <files>                    (text format; exit 1 with findings is success)
  pgmig check --format json <files>

Targets (h3 brief): big within 2x squawk; small under 0.5 s for the whole process.

Usage: bench/check/run.py [--runs N] [--out results.md]
Env:   SQUAWK=/path/to/squawk (default /tmp/squawk-venv/bin/squawk, installed on first use with
       `python3 -m venv /tmp/squawk-venv && /tmp/squawk-venv/bin/pip install squawk-cli`),
       PGMIG=/path/to/pgmig (default: .venv/bin/pgmig of this checkout),
       GEN=/path/to/gen_migrations.py (default /work/shared/bench/gen_migrations.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GEN = Path(os.environ.get("GEN", "/work/shared/bench/gen_migrations.py"))
BIG_BYTES = 5 * 1024 * 1024


def squawk_path() -> str:
    explicit = os.environ.get("SQUAWK")
    if explicit:
        return explicit
    venv = Path("/tmp/squawk-venv")
    exe = venv / "bin" / "squawk"
    if not exe.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "-q", "squawk-cli"], check=True)
    return str(exe)


def make_inputs(work: Path) -> dict[str, list[str]]:
    small = work / "small"
    if not small.exists():
        subprocess.run(
            [
                sys.executable,
                str(GEN),
                "1000",
                str(small),
                "--style",
                "plain-updown",
                "--layout",
                "flat",
            ],
            check=True,
            capture_output=True,
        )
        for f in small.glob("*.down.sql"):
            f.unlink()
    big = work / "big.sql"
    if not big.exists():
        sys.path.insert(0, str(GEN.parent))
        from gen_migrations import build  # type: ignore[import-not-found]

        size = 0
        with big.open("w", encoding="utf-8") as out:
            for m in build(BIG_BYTES // 80 + 100):
                out.write(m.up)
                size += len(m.up.encode())
                if size >= BIG_BYTES:
                    break
    existing = work / "big-existing.sql"
    if not existing.exists():
        sys.path.insert(0, str(GEN.parent))
        from gen_migrations import build

        size = 0
        with existing.open("w", encoding="utf-8") as out:
            for m in build(BIG_BYTES // 40 + 100):
                if m.kind == "create_table":
                    continue
                out.write(m.up)
                size += len(m.up.encode())
                if size >= BIG_BYTES:
                    break
    return {
        "small": sorted(str(p) for p in small.glob("*.up.sql")),
        "big": [str(big)],
        "big-existing": [str(existing)],
    }


def probe(argv: list[str]) -> tuple[int, int, str]:
    t0 = time.perf_counter()
    r = subprocess.run(argv, capture_output=True, text=True)
    del t0
    return r.returncode, len(r.stdout.encode()), r.stdout


def hyperfine(argv: list[str], runs: int) -> list[float]:
    if shutil.which("hyperfine"):
        with tempfile.NamedTemporaryFile(suffix=".json") as tf:
            subprocess.run(
                [
                    "hyperfine",
                    "-N",
                    "--warmup",
                    "1",
                    "--runs",
                    str(runs),
                    "-i",
                    "--export-json",
                    tf.name,
                    "--style",
                    "none",
                    "--",
                    " ".join(_quote(a) for a in argv),
                ],
                check=True,
                capture_output=True,
            )
            return list(json.load(open(tf.name))["results"][0]["times"])
    times = []
    subprocess.run(argv, capture_output=True)
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(argv, capture_output=True)
        times.append(time.perf_counter() - t0)
    return times


def _quote(arg: str) -> str:
    import shlex

    return shlex.quote(arg)


def count_findings(kind: str, out: str) -> int:
    if kind == "squawk":
        return sum(1 for line in out.splitlines() if ": error" in line or ": warning" in line)
    if kind == "json":
        data = json.loads(out)
        return int(data["summary"]["errors"] + data["summary"]["warnings"])
    return sum(1 for line in out.splitlines() if line.startswith(("error[", "warning[")))


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    ap.add_argument("--work", default="/tmp/pgmig-bench-check")
    ap.add_argument("--out", default=None, help="write the markdown report here too")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    inputs = make_inputs(work)
    squawk = squawk_path()
    pgmig = os.environ.get("PGMIG", str(ROOT / ".venv" / "bin" / "pgmig"))
    sizes = {k: sum(os.path.getsize(f) for f in v) for k, v in inputs.items()}
    rows = []
    for case, files in inputs.items():
        commands = [
            ("squawk --reporter gcc", "squawk", [squawk, "--reporter", "gcc", *files]),
            ("pgmig check", "text", [pgmig, "check", "--no-color", *files]),
            ("pgmig check --format json", "json", [pgmig, "check", "--format", "json", *files]),
        ]
        base = None
        for label, kind, argv in commands:
            rc, out_bytes, out = probe(argv)
            times = hyperfine(argv, args.runs)
            med = statistics.median(times)
            if base is None:
                base = med
            rows.append(
                {
                    "case": case,
                    "label": label,
                    "median": med,
                    "min": min(times),
                    "max": max(times),
                    "ratio": med / base,
                    "rc": rc,
                    "out_bytes": out_bytes,
                    "findings": count_findings(kind, out),
                    "files": len(files),
                    "mb_s": sizes[case] / 1e6 / med,
                }
            )
    versions = {
        "squawk": subprocess.run(
            [squawk, "--version"], capture_output=True, text=True
        ).stdout.strip(),
        "pgmig": subprocess.run(
            [pgmig, "--version"], capture_output=True, text=True
        ).stdout.strip(),
    }
    lines = [
        f"# pgmig check vs squawk ({time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())})",
        "",
        f"Machine: {platform.platform()}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f}; {versions['pgmig']}; {versions['squawk']}; "
        f"{args.runs} runs after 1 warm-up (hyperfine), median.",
        "",
        f"- small: {len(inputs['small'])} files, {sizes['small']:,} bytes",
        f"- big: one file, {sizes['big']:,} bytes",
        f"- big-existing: one file, {sizes['big-existing']:,} bytes (no CREATE TABLE)",
        "",
        "| input | command | median | min-max | x squawk | MB/s | findings | exit | output |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['label']} | {fmt(r['median'])} | {fmt(r['min'])}-{fmt(r['max'])} "
            f"| {r['ratio']:.2f}x | {r['mb_s']:.2f} | {r['findings']:,} | {r['rc']} "
            f"| {r['out_bytes'] / 1e6:.2f} MB |"
        )
    small_pgmig = next(r for r in rows if r["case"] == "small" and r["label"] == "pgmig check")
    big_pgmig = next(r for r in rows if r["case"] == "big" and r["label"] == "pgmig check")
    lines += [
        "",
        f"Targets: big within 2x squawk: {big_pgmig['ratio']:.2f}x "
        f"({'met' if big_pgmig['ratio'] <= 2 else 'MISSED'}); 1000 small files under 0.5 s: "
        f"{fmt(small_pgmig['median'])} ({'met' if small_pgmig['median'] < 0.5 else 'MISSED'}).",
        "",
        "The findings differ by design: squawk reports its own rule set (and flags objects created "
        "in the same file); pgmig exempts tables created earlier in the file.",
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    if args.out:
        Path(args.out).write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
