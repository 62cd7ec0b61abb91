#!/usr/bin/python3
"""PyTorch reference for `perceptra bench training`: the same networks, data, batches and optimisers.

Run with Debian's python3-torch (/usr/bin/python3). The data comes from the Java side
(`perceptra bench training --export DIR`), so both train on the same numbers in the same order.

  /usr/bin/python3 pytorch_reference.py --data DIR [--warmup-seconds 3] [--seconds 2] [--repeats 5]
  /usr/bin/python3 pytorch_reference.py --data DIR --serve     # used by `bench training --compare`

In --serve mode it reads commands from stdin, one a line: "run CONFIG SECONDS" answers one JSON line
{"config": ..., "steps": N, "seconds": T}; "quit" ends. Threads: one (torch.set_num_threads(1)); set
OMP_NUM_THREADS=1 and OPENBLAS_NUM_THREADS=1 in the environment as well, before torch loads.
"""
import argparse
import json
import os
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def blas_library():
    """The BLAS shared library this process mapped (torch links it through libblas.so.3)."""
    torch.mm(torch.ones(8, 8), torch.ones(8, 8))
    names = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if "blas" in path or "mkl" in path:
                names.add(os.path.realpath(path))
    return sorted(names)


def network(kind):
    if kind == "spiral":
        return nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 8), nn.Tanh(), nn.Linear(8, 2))
    if kind == "mlp":
        return nn.Sequential(nn.Linear(784, 128), nn.ReLU(), nn.Linear(128, 10))
    if kind == "lenet5":
        return nn.Sequential(
            nn.Conv2d(1, 6, 5, padding=2), nn.Tanh(), nn.AvgPool2d(2),
            nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Flatten(),
            nn.Linear(400, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))
    raise ValueError("unknown network " + kind)


def optimizer(name, lr, params):
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr)
    raise ValueError("unknown optimizer " + name)


class Config:
    """One configuration as the Java side exported it: features, class indices, and the batch order."""

    def __init__(self, data_dir, spec):
        self.name = spec["name"]
        self.batch = spec["batch"]
        shape = [spec["samples"]] + spec["featureShape"]
        self.x = torch.from_numpy(np.fromfile(os.path.join(data_dir, spec["features"]), dtype="<f4").reshape(shape))
        self.y = torch.from_numpy(np.fromfile(os.path.join(data_dir, spec["classes"]), dtype="<i4").astype(np.int64))
        order = np.fromfile(os.path.join(data_dir, spec["order"]), dtype="<i4").astype(np.int64)
        full = len(order) // self.batch
        self.batches = [torch.from_numpy(order[i * self.batch:(i + 1) * self.batch]) for i in range(full)]
        torch.manual_seed(spec["seed"])
        self.model = network(spec["network"])
        self.opt = optimizer(spec["optimizer"], spec["learningRate"], self.model.parameters())
        self.step_count = 0

    def step(self):
        rows = self.batches[self.step_count % len(self.batches)]
        self.step_count += 1
        x = self.x.index_select(0, rows)
        y = self.y.index_select(0, rows)
        self.opt.zero_grad(set_to_none=True)
        loss = F.cross_entropy(self.model(x), y)
        loss.backward()
        self.opt.step()
        return loss.item()  # the Java side reads every step's loss too (divergence check)

    def run(self, seconds):
        """Steps for at least `seconds`, checking the clock every few steps; returns (steps, seconds)."""
        steps = 0
        start = time.perf_counter()
        while True:
            for _ in range(5):
                self.step()
            steps += 5
            elapsed = time.perf_counter() - start
            if elapsed >= seconds:
                return steps, elapsed


def load(data_dir):
    with open(os.path.join(data_dir, "bench.json")) as f:
        specs = json.load(f)["configs"]
    return {s["name"]: (lambda s=s: Config(data_dir, s)) for s in specs}


def serve(factories):
    configs = {}
    print(json.dumps({"ready": True, "torch": torch.__version__, "threads": torch.get_num_threads(),
                      "blas": blas_library()}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] == "quit":
            return
        if words[0] != "run" or len(words) != 3 or words[1] not in factories:
            print(json.dumps({"error": "unknown command: " + line.strip()}), flush=True)
            continue
        name = words[1]
        if name not in configs:
            configs[name] = factories[name]()
        steps, elapsed = configs[name].run(float(words[2]))
        print(json.dumps({"config": name, "steps": steps, "seconds": elapsed}), flush=True)


def standalone(factories, args):
    print("torch %s, %d thread(s), BLAS %s" % (torch.__version__, torch.get_num_threads(), ", ".join(blas_library())))
    for name, factory in factories.items():
        config = factory()
        config.run(args.warmup_seconds)
        rates = []
        for _ in range(args.repeats):
            steps, elapsed = config.run(args.seconds)
            rates.append(steps / elapsed)
        median = statistics.median(rates)
        print("%-28s %10.1f steps/s %12.1f samples/s  (repeats: %s)" % (
            name, median, median * config.batch, ", ".join("%.0f" % r for r in rates)), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="folder written by `perceptra bench training --export`")
    parser.add_argument("--serve", action="store_true", help="answer run commands on stdin (for --compare)")
    parser.add_argument("--warmup-seconds", type=float, default=3.0)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    torch.set_num_threads(1)
    factories = load(args.data)
    if args.serve:
        serve(factories)
    else:
        standalone(factories, args)


if __name__ == "__main__":
    main()
