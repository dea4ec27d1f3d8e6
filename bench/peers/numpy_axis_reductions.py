#!/usr/bin/env python3
"""NumPy's side of tabula-micro's BM_SumAxis / BM_MeanAxis / BM_StdAxis0: the same reductions
on a C-contiguous (1e6, 20) float64 array of standard normals. Prints one line per case with the
median of REPEAT timings in milliseconds. Run with Debian's /usr/bin/python3; never in CI.

  /usr/bin/python3 bench/peers/numpy_axis_reductions.py [REPEAT]
"""
import statistics
import sys
import time

import numpy as np

repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 15
X = np.random.default_rng(0).standard_normal((1_000_000, 20))
cases = {
    "BM_SumAxis/0": lambda: X.sum(axis=0),
    "BM_SumAxis/1": lambda: X.sum(axis=1),
    "BM_MeanAxis/0": lambda: X.mean(axis=0),
    "BM_MeanAxis/1": lambda: X.mean(axis=1),
    "BM_StdAxis0": lambda: X.std(axis=0),
}
for name, fn in cases.items():
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    print(f"numpy {name:<16} {statistics.median(times) * 1e3:9.3f} ms")
