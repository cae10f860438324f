#!/usr/bin/env python3
"""Do export controls work? US export controls held at each level (0-4) for the whole game,
with diffusion as the baseline has it and with none, RUNS games each between computer players,
through `ai-race experiment --hold`. Prints a Markdown table: US win rate (95% Wilson interval),
the median US lead at the end (95% interval from order statistics) and in 2027 Q4, China's
effective compute and domestic chip spending, and US chip makers' sales to China in 2030.

usage: scripts/export_controls.py RUNS [US_LEVEL CHINA_LEVEL] [--set PATH=VALUE ...]
       (after `cargo build --release`; docs/model.md and docs/teachers_guide.md report a run)
"""
import csv, math, os, subprocess, sys, tempfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/ai-race/target"))
binary = os.path.join(target, "release", "ai-race")
scenario = os.path.join(root, "scenarios", "baseline_2025.ron")

args = sys.argv[1:]
extra = []
while "--set" in args:
    i = args.index("--set")
    extra += ["--set", args[i + 1]]
    del args[i:i + 2]
runs = int(args[0]) if args else 500
us, china = (args[1], args[2]) if len(args) >= 3 else ("rules", "rules")


def wilson(k, n, z=1.959964):
    if n == 0:
        return (float("nan"),) * 2
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return 100 * (c - h), 100 * (c + h)


def median_ci(values, z=1.959964):
    v = sorted(values)
    n = len(v)
    lo = max(0, int(math.floor(n / 2 - z * math.sqrt(n) / 2)))
    hi = min(n - 1, int(math.ceil(n / 2 + z * math.sqrt(n) / 2)))
    mid = v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2
    return mid, v[lo], v[hi]


print(f"{runs} games per cell, US {us} vs China {china}, US export controls held at each level\n")
print("| level | diffusion | US wins % (95% CI) | China wins % | median US lead at the end, months (95% CI) "
      "| median US lead, 2027 Q4 | China effective compute 2030, median | China domestic chip spending 2030, $B/quarter "
      "| US chip sales to China 2030, $B/quarter |")
print("|---|---|---|---|---|---|---|---|---|")
with tempfile.TemporaryDirectory() as tmp:
    for level in range(5):
        for diffusion in ("as in the baseline", "none"):
            out = os.path.join(tmp, f"{level}-{diffusion[:4]}")
            sets = list(extra)
            if diffusion == "none":
                sets += ["--set", "world.capability.diffusion=0"]
            subprocess.run([binary, "experiment", "--scenario", scenario, "--runs", str(runs),
                            "--us", us, "--china", china, "--hold",
                            f"us_export_controls={level}", "--out", out, "--quiet"] + sets,
                           check=True, capture_output=True)
            games = list(csv.DictReader(open(os.path.join(out, "runs.csv"))))
            n = len(games)
            k_us = sum(g["verdict"] == "us" for g in games)
            k_cn = sum(g["verdict"] == "china" for g in games)
            lo, hi = wilson(k_us, n)
            mid, mlo, mhi = median_ci([float(g["lead_months"]) for g in games])
            compute = sorted(float(g["china_compute"]) for g in games)[n // 2]
            spending = sorted(float(g["china_domestic_spending"]) for g in games)[n // 2]
            sales = sorted(float(g["us_export_sales"]) for g in games)[n // 2]
            turns = list(csv.DictReader(open(os.path.join(out, "per_turn.csv"))))
            mid_game = next(float(t["lead_months_p50"]) for t in turns if t["date"] == "2027 Q4")
            print(f"| {level} | {diffusion} | {100 * k_us / n:.1f} ({lo:.1f}–{hi:.1f}) "
                  f"| {100 * k_cn / n:.1f} | {mid:+.1f} ({mlo:+.1f} to {mhi:+.1f}) "
                  f"| {mid_game:+.1f} | {compute:.2f} | {spending:.1f} | {sales:.2f} |")
