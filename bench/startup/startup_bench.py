#!/usr/bin/env python3
"""Median wall time of N runs of `echo '{}' | valuerank-health-check` (goal: <= 15 ms; the Python original ~110 ms).

    bench/startup/startup_bench.py [--bin-dir build/bin] [--runs 50] [--worker health-check]
"""
import argparse, os, statistics, subprocess, time

ap = argparse.ArgumentParser()
ap.add_argument("--bin-dir", default="build/bin")
ap.add_argument("--runs", type=int, default=50)
ap.add_argument("--worker", default="health-check")
a = ap.parse_args()
exe = os.path.join(a.bin_dir, f"valuerank-{a.worker}")
env = {k: v for k, v in os.environ.items() if not k.endswith("_API_KEY")}
for _ in range(5):  # warm the page cache
    subprocess.run([exe], input=b"{}", capture_output=True, env=env)
times = []
for _ in range(a.runs):
    t0 = time.perf_counter()
    p = subprocess.run([exe], input=b"{}", capture_output=True, env=env)
    times.append((time.perf_counter() - t0) * 1000)
    assert p.returncode == 0 and p.stdout.count(b"\n") == 1, p
times.sort()
print(f"valuerank-{a.worker}: {a.runs} runs, median {statistics.median(times):.2f} ms, "
      f"min {times[0]:.2f} ms, p90 {times[int(0.9 * len(times)) - 1]:.2f} ms")
