#!/usr/bin/env python3
"""One-at-a-time sensitivity of the baseline: each parameter with a `range`, at its low and
high end, `RUNS` games per end between computer players, through `ai-race experiment`.

usage: scripts/sensitivity.py RUNS US_LEVEL CHINA_LEVEL [PATH,PATH,...]
       (after `cargo build --release`; prints one line per parameter, largest swing first)

The swing is how far the US-wins-minus-China-wins margin (points of %) moves from the low
end to the high end; docs/model.md reports a run of it.
"""
import csv, os, re, statistics, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/ai-race/target"))
binary = os.path.join(target, "release", "ai-race")
scenario = os.path.join(root, "scenarios", "baseline_2025.ron")

runs, us, china = int(sys.argv[1]), sys.argv[2], sys.argv[3]
only = sys.argv[4].split(",") if len(sys.argv) > 4 else None

# Every parameter with a range, from `ai-race params` (path | value | range | source).
listing = subprocess.run([binary, "params", "--scenario", scenario], check=True,
                         capture_output=True, text=True).stdout
params = []
for line in listing.splitlines():
    m = re.match(r"\| `([^`]+)` \| ([^|]+) \| ([-\d.e]+) to ([-\d.e]+) \|", line)
    if not m or m.group(1).startswith(("policies", "events", "regions")):
        continue
    if only is None or m.group(1) in only:
        params.append((m.group(1), float(m.group(2)), float(m.group(3)), float(m.group(4))))

rows = []
with tempfile.TemporaryDirectory() as tmp:
    for path, value, low, high in params:
        out = os.path.join(tmp, path)
        subprocess.run([binary, "experiment", "--scenario", scenario, "--runs", str(runs),
                        "--us", us, "--china", china, "--vary", f"{path}={low},{value},{high}",
                        "--out", out, "--quiet"], check=True, capture_output=True)
        variants = {}
        for r in csv.DictReader(open(os.path.join(out, "runs.csv"))):
            variants.setdefault(r["variant"], []).append(r)
        stats = []
        for games in variants.values():
            share = lambda v: 100 * sum(r["verdict"] == v for r in games) / len(games)
            stats.append((share("us") - share("china"), share("shared_loss"),
                          statistics.median(float(r["lead_months"]) for r in games)))
        (m_lo, l_lo, d_lo), _, (m_hi, l_hi, d_hi) = stats
        rows.append((abs(m_hi - m_lo), path, low, high, m_lo, m_hi, d_lo, d_hi, l_lo, l_hi))
for swing, path, low, high, m_lo, m_hi, d_lo, d_hi, l_lo, l_hi in sorted(rows, reverse=True):
    print(f"{path:42} {low:>7}..{high:<7} US-China wins {m_lo:+6.1f} -> {m_hi:+6.1f} "
          f"(swing {swing:5.1f})  lead {d_lo:+5.1f} -> {d_hi:+5.1f}  "
          f"shared loss {l_lo:4.1f} -> {l_hi:4.1f}")
