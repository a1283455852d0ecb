#!/usr/bin/env python3
"""valuerank-analyze-basic on generated inputs of 5 000, 100 000 and 1 000 000 transcripts (20 models):
whole-process wall time (stdin file to stdout), peak RSS, and the parse / statistics / output split the worker
logs. Inputs are generated once into bench/out/ (the 1M one is ~240 MB).

    bench/analyze/analyze_bench.py [--bin-dir build/bin] [--runs 3] [--sizes 5000,100000,1000000] [--bootstrap B]
Goals: 5k <= 25 ms, 100k <= 0.2 s, 1M <= 1.5 s with peak RSS <= 600 MB (bootstrap off; analysis 3.x statistics on);
with --bootstrap 1000 (cell means, 1 000 cluster-bootstrap samples): 100k <= 3 s using both cores.
"""
import argparse, json, os, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--bin-dir", default="build/bin")
ap.add_argument("--runs", type=int, default=3)
ap.add_argument("--sizes", default="5000,100000,1000000")
ap.add_argument("--bootstrap", type=int, default=0, help="cluster-bootstrap samples asked for in options (0: off)")
a = ap.parse_args()
out_dir = os.path.join(here, "..", "out")
os.makedirs(out_dir, exist_ok=True)
exe = os.path.join(a.bin_dir, "valuerank-analyze-basic")

for size in [int(s) for s in a.sizes.split(",")]:
    path = os.path.join(out_dir, f"analyze_{size}.json")
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run([sys.executable, os.path.join(here, "..", "gen_analyze_input.py"), "--models", "20",
                            "--scenarios", str(size // 20)], stdout=f, check=True)
    if a.bootstrap:
        # The same transcripts with options: cell means and the bootstrap, as the workbench would ask.
        boot = os.path.join(out_dir, f"analyze_{size}_bootstrap{a.bootstrap}.json")
        if not os.path.exists(boot):
            with open(path) as src, open(boot, "w") as dst:
                head = src.read(len('{"runId": "bench", '))
                assert head == '{"runId": "bench", ', head
                dst.write(head + '"options": {"repeats": "cell-mean", "bootstrap": {"samples": %d, "seed": 1}}, ' % a.bootstrap)
                while chunk := src.read(1 << 24):
                    dst.write(chunk)
        path = boot
    best = None
    for _ in range(a.runs):
        with open(path, "rb") as stdin:
            t0 = time.perf_counter()
            p = subprocess.Popen([exe], stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            out, err = p.communicate()
            wall = time.perf_counter() - t0
        assert p.returncode == 0 and json.loads(out)["success"], err[-500:]
        split = next((json.loads(l) for l in err.decode().splitlines() if '"Analysis complete"' in l), {})
        if best is None or wall < best[0]:
            best = (wall, split)
    # Peak RSS of one more run, measured by the kernel for that child alone.
    with open(path, "rb") as stdin:
        pid = os.fork()
        if pid == 0:
            os.dup2(stdin.fileno(), 0)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            os.execv(exe, [exe])
        _, _, usage = os.wait4(pid, 0)
    wall, split = best
    mb = os.path.getsize(path) / 1e6
    print(f"{size:>9} transcripts{' (bootstrap %d)' % a.bootstrap if a.bootstrap else ''} ({mb:6.1f} MB): wall {wall * 1000:8.1f} ms, peak RSS {usage.ru_maxrss / 1024:6.1f} MB, "
          f"parse {split.get('parseMs', 0):7.1f} ms, statistics {split.get('statisticsMs', 0):6.1f} ms, "
          f"output {split.get('outputMs', 0):6.1f} ms, avx2 parser {split.get('avx2Parser')}")
