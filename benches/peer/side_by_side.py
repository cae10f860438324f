#!/usr/bin/env python3
"""Side by side: the numpy US-China Monte Carlo bjsmith/ai-policy-sim against this game's
ensemble (no players) and its `experiment` (easy players on both sides), alternating, in one
run; each reported in microseconds per simulated country-year.

The peer is GPL-3: nothing of it is copied here. This script imports it from a checkout:

    git clone https://github.com/bjsmith/ai-policy-sim ~/.cache/ai-race/peer/ai-policy-sim
    pip install numpy        # the peer's model needs only numpy
    cargo build --release
    cargo bench --no-default-features --bench sim --no-run
    python3 benches/peer/side_by_side.py [--peer DIR] [--rounds 3]

The peer runs as its `app.py` runs it: the `presets/evidence-based.json` numbers mapped to
its `CountryParams` with app.py's standard deviations, 5,000 samples x 10 years x 2 countries
(100,000 country-years). The machine's OpenBLAS tuning variables are removed for the peer's
process, so numpy uses its own kernels.

Ours: the ensemble is the `ensemble_10k_games` benchmark (10,000 baseline games, 24 quarters,
no players: 240,000 game-turns, each a quarter of two blocs, so 120,000 country-years); the
experiment is `ai-race experiment --runs 10000` (10,000 easy-vs-easy games, the same
120,000 country-years plus both players' decisions, the orders and the statistics), timed as
a whole process, on one thread and on two.
"""

import argparse
import glob
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TARGET = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/ai-race/target"))

PEER_CODE = r"""
import json, sys, time
import numpy as np
sys.path.insert(0, sys.argv[1])
from ai_policy_simulation import AIProgressSimulation, CountryParams

preset = json.load(open(sys.argv[1] + "/presets/evidence-based.json"))
# app.py's standard deviations (fractions of each mean) and fixed energy constraints.
STD = {"us": dict(compute=0.12, capital=0.14, talent=0.08, energy=0.11, constraint=0.80),
       "china": dict(compute=0.25, capital=0.20, talent=0.12, energy=0.14, constraint=0.70)}

def params(side):
    p, s = preset[side], STD[side]
    return CountryParams(
        compute_mean=p["compute"], compute_std=p["compute"] * s["compute"],
        compute_growth_rate=p["compute_growth"], compute_constraint=p["compute_constraint"],
        capital_mean=p["capital"], capital_std=p["capital"] * s["capital"],
        capital_growth_rate=p["capital_growth"], capital_constraint=p["capital_constraint"],
        talent_mean=p["talent"], talent_std=p["talent"] * s["talent"],
        talent_growth_rate=p["talent_growth"], talent_constraint=p["talent_constraint"],
        energy_mean=p["energy"], energy_std=p["energy"] * s["energy"],
        energy_constraint=s["constraint"],
        total_grid_energy=p["total_grid_energy"], grid_growth_rate=p["grid_growth_rate"],
        efficiency_improvement_rate=p["efficiency_improvement_rate"],
        grid_saturation_threshold=p["grid_saturation_threshold"])

us, china = params("us"), params("china")
np.random.seed(1)
t = time.perf_counter()
sim = AIProgressSimulation(us, china, years=10, samples=5000)
sim.run_simulation()
print(time.perf_counter() - t)
"""


def peer_seconds(peer):
    env = {k: v for k, v in os.environ.items()
           if k not in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")}
    out = subprocess.run([sys.executable, "-c", PEER_CODE, peer], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def bench_binary():
    found = [p for p in glob.glob(os.path.join(TARGET, "release/deps/sim-*"))
             if os.access(p, os.X_OK) and not p.endswith(".d")]
    if not found:
        sys.exit("no sim benchmark binary: run `cargo bench --no-default-features --bench sim --no-run`")
    return max(found, key=os.path.getmtime)


def ensemble_seconds(binary):
    # One sample of the whole-games benchmark; divan prints its time in its table.
    out = subprocess.run([binary, "--bench", "ensemble_10k_games", "--sample-count", "1",
                          "--sample-size", "1", "--color", "never"], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    for line in out.splitlines():
        if "ensemble_10k_games" in line:
            value, unit = line.split("│")[0].split()[-2:]
            return float(value) * {"s": 1.0, "ms": 1e-3, "µs": 1e-6}[unit]
    sys.exit("could not read the benchmark's output:\n" + out)


def experiment_seconds(threads):
    binary = os.path.join(TARGET, "release", "ai-race")
    t = time.perf_counter()
    subprocess.run([binary, "experiment", "--scenario", "scenarios/baseline_2025.ron",
                    "--runs", "10000", "--quiet", "--threads", str(threads)],
                   check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--peer", default=os.path.expanduser("~/.cache/ai-race/peer/ai-policy-sim"))
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    binary = bench_binary()
    rows = []
    for r in range(args.rounds):
        peer = peer_seconds(args.peer)
        ens = ensemble_seconds(binary)
        exp1 = experiment_seconds(1)
        exp2 = experiment_seconds(2)
        rows.append(dict(round=r + 1, peer=peer, ensemble=ens, experiment_1=exp1,
                         experiment_2=exp2))
    per_cy = {"peer": 100_000, "ensemble": 120_000, "experiment_1": 120_000,
              "experiment_2": 120_000}
    print(f"{'round':>5} {'what':<34} {'seconds':>8} {'µs/country-year':>16}")
    names = {"peer": "ai-policy-sim (numpy, 5,000 x 10 y)",
             "ensemble": "ai-race ensemble, no players",
             "experiment_1": "ai-race experiment, 1 thread",
             "experiment_2": "ai-race experiment, 2 threads"}
    for row in rows:
        for key, name in names.items():
            s = row[key]
            print(f"{row['round']:>5} {name:<34} {s:>8.3f} {s * 1e6 / per_cy[key]:>16.2f}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
