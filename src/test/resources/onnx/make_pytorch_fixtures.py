"""Makes the PyTorch-exported ONNX fixtures that OnnxImport is tested against.

Run once from this folder with /usr/bin/python3 (Debian's python3-torch, 1.13); the .onnx files and
<name>.expected.json (fixed inputs and PyTorch's outputs for them) are committed, so the tests need no Python.
Every model is seeded and small; the files stay well under 200 kB together.
"""
import json

import torch
from torch import nn

torch.manual_seed(13)


class Mlp(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 16)
        self.fc2 = nn.Linear(16, 8)
        self.head = nn.Linear(8, 3)

    def forward(self, x):
        x = torch.relu(self.fc1(x))
        x = torch.tanh(self.fc2(x))
        return torch.softmax(self.head(x), dim=1)


class SmallCnn(nn.Module):
    """conv ('same') + max pool, conv ('valid') + BatchNorm + average pool, flatten, linear."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 4, 3, padding=1)
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(4, 6, 3)
        self.bn = nn.BatchNorm2d(6)
        self.pool2 = nn.AvgPool2d(2)
        self.flatten = nn.Flatten()
        self.fc = nn.Linear(6, 5)

    def forward(self, x):
        x = self.pool1(torch.relu(self.conv1(x)))
        x = self.bn(torch.relu(self.conv2(x)))  # BatchNorm after ReLU: the exporter cannot fold it into conv2
        x = self.flatten(self.pool2(x))
        return torch.softmax(self.fc(x), dim=1)


class ResidualGap(nn.Module):
    """A residual sum, LeakyReLU, global average pooling and a sigmoid head."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(3, 4, 3, padding=1)
        self.conv2 = nn.Conv2d(4, 4, 3, padding=1)
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(4, 1)

    def forward(self, x):
        a = torch.relu(self.conv1(x))
        b = nn.functional.leaky_relu(a + self.conv2(a), 0.1)
        return torch.sigmoid(self.fc(torch.flatten(self.gap(b), 1)))


class Regression(nn.Module):
    """Dense layers with ELU, a linear output of two values."""

    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 6)
        self.fc2 = nn.Linear(6, 2)

    def forward(self, x):
        return self.fc2(nn.functional.elu(self.fc1(x)))


def export(name, model, shape):
    model.eval()
    for m in model.modules():
        if isinstance(m, nn.BatchNorm2d):  # non-trivial running statistics, as after training
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 2.0)
            m.weight.data.uniform_(0.5, 1.5)
            m.bias.data.uniform_(-0.3, 0.3)
    x = torch.randn(5, *shape)
    with torch.no_grad():
        y = model(x)
    torch.onnx.export(model, x, name + ".onnx", opset_version=13, input_names=["input"], output_names=["output"],
                      dynamic_axes={"input": {0: "batch"}, "output": {0: "batch"}})
    with open(name + ".expected.json", "w") as f:
        json.dump({"inputShape": list(shape), "input": [float(v) for v in x.flatten()],
                   "outputShape": list(y.shape[1:]), "output": [float(v) for v in y.flatten()]}, f)


export("pytorch-mlp", Mlp(), (4,))
export("pytorch-cnn", SmallCnn(), (1, 10, 10))
export("pytorch-residual", ResidualGap(), (3, 6, 6))
export("pytorch-regression", Regression(), (3,))
