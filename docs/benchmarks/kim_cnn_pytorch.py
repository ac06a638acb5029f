"""Issue 8's MR recipe in PyTorch: the baseline Driftscope's training speed is measured against.

It trains on exactly what Driftscope prepares (written by the test-scope TorchExport main: the same
tokens, split, padding and initial tables), with the same network and settings as Driftscope's
Networks: Kim's CNN (widths 3/4/5 x 100 maps, ReLU, max over time, dropout 0.5, softmax output whose
incoming weights are held to an L2 norm of at most 3 per class), Adam 1e-3, batch 50, 10 epochs,
examples reshuffled every epoch.

    python kim_cnn_pytorch.py target/mr-torch [regimes] [threads] [kim-cnn|bilstm]

prints, per regime, the best and final validation accuracy and the training sentences per second
(training batches only, as Driftscope's MovieReviewRegimes bench counts them).

With bilstm, the head is Driftscope's Model.BILSTM instead: a bidirectional LSTM of 100 units each way
over the embedded sentence, padding left out (packed sequences, as Driftscope masks it), max-pooled over
the real tokens, dropout 0.5, the same softmax output and max-norm.
"""

import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


def load(folder):
    vocabulary, dimension, length, classes = map(int, open(f"{folder}/shape.txt").read().split())

    def ints(name, width):
        return torch.from_numpy(np.fromfile(f"{folder}/{name}", dtype="<i4").reshape(-1, width).astype(np.int64))

    def table(name):
        return torch.from_numpy(np.fromfile(f"{folder}/{name}", dtype="<f4").reshape(vocabulary, dimension).copy())

    return {
        "train": ints("train.i32", length),
        "train_labels": ints("train-labels.i32", 1).reshape(-1),
        "validation": ints("validation.i32", length),
        "validation_labels": ints("validation-labels.i32", 1).reshape(-1),
        "rand": table("table-rand.f32"),
        "pretrained": table("table-pretrained.f32"),
        "classes": classes,
    }


class KimCnn(nn.Module):
    def __init__(self, regime, data):
        super().__init__()
        initial = data["rand"] if regime == "rand" else data["pretrained"]
        self.tuned = nn.Embedding.from_pretrained(initial.clone(), freeze=regime == "static")
        self.frozen = nn.Embedding.from_pretrained(initial.clone(), freeze=True) if regime == "multichannel" else None
        channels = initial.shape[1] * (2 if self.frozen is not None else 1)
        self.convs = nn.ModuleList([nn.Conv1d(channels, 100, w) for w in (3, 4, 5)])
        self.dropout = nn.Dropout(0.5)
        self.out = nn.Linear(300, data["classes"])

    def forward(self, tokens):
        x = self.tuned(tokens)
        if self.frozen is not None:
            x = torch.cat([x, self.frozen(tokens)], dim=2)
        x = x.transpose(1, 2)
        pooled = [F.relu(conv(x)).amax(dim=2) for conv in self.convs]
        return self.out(self.dropout(torch.cat(pooled, dim=1)))


class BiLstm(nn.Module):
    def __init__(self, regime, data):
        super().__init__()
        initial = data["rand"] if regime == "rand" else data["pretrained"]
        self.tuned = nn.Embedding.from_pretrained(initial.clone(), freeze=regime == "static")
        self.frozen = nn.Embedding.from_pretrained(initial.clone(), freeze=True) if regime == "multichannel" else None
        channels = initial.shape[1] * (2 if self.frozen is not None else 1)
        self.lstm = nn.LSTM(channels, 100, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.5)
        self.out = nn.Linear(200, data["classes"])

    def forward(self, tokens):
        x = self.tuned(tokens)
        if self.frozen is not None:
            x = torch.cat([x, self.frozen(tokens)], dim=2)
        # padding (row 0) comes after the words; the first token always counts, as Driftscope's mask has it
        lengths = (tokens != 0).sum(1).clamp(min=1)
        packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, padding_value=float("-inf"))
        return self.out(self.dropout(h.amax(dim=1)))


def accuracy(model, tokens, labels):
    model.eval()
    with torch.no_grad():
        correct = sum(
            (model(tokens[i : i + 50]).argmax(1) == labels[i : i + 50]).sum().item() for i in range(0, len(tokens), 50)
        )
    model.train()
    return correct / len(tokens)


def run(regime, data, seed=1234, epochs=10, batch=50, head="kim-cnn"):
    torch.manual_seed(seed)
    model = BiLstm(regime, data) if head == "bilstm" else KimCnn(regime, data)
    optimiser = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-3)
    x, y = data["train"], data["train_labels"]
    accuracies, seconds = [], 0.0
    for epoch in range(epochs):
        order = torch.randperm(len(x))
        start = time.perf_counter()
        for i in range(0, len(x), batch):
            rows = order[i : i + batch]
            loss = F.cross_entropy(model(x[rows]), y[rows])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            with torch.no_grad():
                model.out.weight.copy_(torch.renorm(model.out.weight, 2, 0, 3.0))
        seconds += time.perf_counter() - start
        accuracies.append(accuracy(model, data["validation"], data["validation_labels"]))
    return max(accuracies), accuracies[-1], epochs * len(x) / seconds


def main():
    folder = sys.argv[1]
    regimes = sys.argv[2].split(",") if len(sys.argv) > 2 else ["rand", "static", "non-static", "multichannel"]
    torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
    head = sys.argv[4] if len(sys.argv) > 4 else "kim-cnn"
    data = load(folder)
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads, {head}")
    run("non-static", data, epochs=1, head=head)  # untimed warm-up, as Driftscope's bench does
    for regime in regimes:
        best, last, rate = run(regime, data, head=head)
        print(f"{regime:13s} best {100 * best:.2f}%  final {100 * last:.2f}%  {rate:,.0f} sentences/s")


if __name__ == "__main__":
    main()
