"""Runs many PyTorch exports in one Python process (importing torch costs a second or two).

Each line of the jobs file (argv[1]) is: mode, export folder, input, output, separated by tabs.
  csv: predict.py's main() on the input CSV, writing the output CSV, as a student would run it;
  f32: predict.load_model() and predict.predict() on raw little-endian float32 samples, output likewise.
"""
import importlib.util
import sys

try:
    import numpy as np
    import torch
except ImportError as e:
    print(f"MISSING {e.name}")
    sys.exit(3)

torch.set_num_threads(1)
for number, line in enumerate(open(sys.argv[1], encoding="utf-8")):
    mode, folder, source, target = line.rstrip("\n").split("\t")
    sys.modules.pop("model", None)  # each export has its own model.py
    spec = importlib.util.spec_from_file_location(f"predict_{number}", f"{folder}/predict.py")
    predict = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(predict)
    if mode == "csv":
        code = predict.main([source, "--out", target])
        if code != 0:
            sys.exit(f"{folder}: predict.py exited with {code}")
    else:
        x = np.fromfile(source, dtype="<f4").reshape((-1,) + predict.INPUT_SHAPE)
        predict.predict(predict.load_model(), x).astype("<f4").tofile(target)
    print(f"done {folder}", flush=True)
