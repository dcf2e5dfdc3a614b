"""A learned gate after the rules, measured: does a message log the sender's own events now, or
is it chat? (issue 15: "a trained sequence tagger if it generalises better ... decide by
measurement on messages the parser has not seen").

The rules invent events on about one chat message in ten of each new block (a plan with its
figures, another person's race, shopping, a past race). This script trains the smallest model
that could veto them, a logistic regression over a message's lower-cased word unigrams and
bigrams (numbers by their shape: a clock, a decimal, a count) and a few cues with their pairs
(a time, a distance, a mass, kcal, a past-tense verb, a word ahead such as "tomorrow" or
"aiming", a day name, "today", I, someone else, a question), by AdaGrad SGD in plain Python
with a fixed seed (no new dependency; numpy is only matplotlib's), and measures it.

How (python scripts/train_gate.py, about 2 minutes under nice):
- Leave one block out: for each held-out block X of a..l, train on every labelled file in
  tests/data except X and the probes files whose script says they were written from X's misses
  (their docstrings name the blocks), score X. The gate vetoes the rules' events when
  p(event) < t (the message logs nothing); t is picked by the same leave-one-block-out over the
  other blocks only, as what it removes minus what it holds of real logs (`ASK_COST`, below).
  heldout-2026-12-01m is never read.
- Against two versions of the rules: as they are now (tests/understanding.py scoring), and as
  they were when each block was still unseen (the parser of the commit that added the block,
  taken with git archive, scored with this checkout's tests/understanding.py): now the rules
  have been fixed against a..l, so only the second says what the gate would do on a new block.
- Two designs: the whole message, and "by sentence" (the highest p of the message and each of
  its sentences, so a question beside a log keeps the log).
- A third check: the string literals of tests/engine/test_parsing*.py the rules log events
  from (the project's hand-written logs, 2,096 on e6f46be), vetoed by the gate trained on all.

Results on e6f46be (summed over the twelve blocks: 483 chat and 2,491 event messages; per
block in tests/data/README.md, "A learned gate: leave-one-block-out"):

| t by cross-validation | invented | fully right | real event messages vetoed (fully right) |
| --- | --- | --- | --- |
| rules now, alone | 0 | 2,310 | |
| rules now + gate, either design | 0 | 2,310 | 0 (0) |
| rules when unseen, alone | 45 | 1,831 | |
| rules when unseen + gate, whole message | 10 | 1,829 | 4 (2) |
| rules when unseen + gate, by sentence | 13 | 1,830 | 2 (1) |

| one t for all blocks | 0.02 | 0.05 | 0.1 | 0.2 | 0.3 |
| --- | --- | --- | --- | --- | --- |
| whole message: invented, rules when unseen (of 45) | 21 | 17 | 15 | 13 | 8 |
| ... fully right lost (of 1,831) | 0 | 0 | 1 | 2 | 3 |
| ... rules now: fully right lost (of 2,310) | 0 | 0 | 1 | 3 | 4 |
| ... unit-test logs vetoed (of 2,096) | 2 | 3 | 4 | 7 | 11 |
| by sentence: invented, rules when unseen (of 45) | 26 | 21 | 19 | 16 | 11 |
| ... fully right lost (of 1,831) | 0 | 0 | 0 | 1 | 2 |
| ... rules now: fully right lost (of 2,310) | 0 | 0 | 0 | 2 | 3 |
| ... unit-test logs vetoed (of 2,096) | 1 | 2 | 3 | 6 | 9 |

Cost: about 7,600 weights (some 140 KB as text); about 40 us a message for the whole message
and 80 us by sentence, in plain Python (features and the sum; measured here, under load).

Decision then (learner): not wired in as a veto. Against the rules as they land, the held-out
blocks leave it nothing to remove (the rules now invent no event on a-l); against the rules as
they met each block unseen it removes 71-78 % of the invented events, but at the thresholds
cross-validation picks it would empty 0.2-0.8 % of the parser's hand-written logs ("ran 10k on
sunday", "ran 5k in 25 min, rest day tomorrow", "me and my wife had a curry"), and its figures
move with little data (the unit logs vetoed at t = 0.1 were 6, 3, 4 and 3 over four runs).
(Those tables counted an emptied real log twice; the script now counts a held one once.)

Wired in as a question (gatekeeper, 2026-12-01): the gate's doubt asks instead of emptying the
log. `engine/parsing/gate.py` ships the weights this script writes (`--write`: trained on every
labelled file but heldout-2026-12-01m as committed, seed fixed; the header names the commit and
the files, and tests/engine/test_gate.py trains again on them, read with git, and compares byte
for byte) and `parse_message` puts the events of a message with p(event) < HOLD_BELOW in
`ParseResult.held`: the bot stores them as undone, shows them ("That reads like a plan or
someone else's, so I haven't logged it: ... If it was yours, tap ✅ Log it.") and one tap logs
them. So a real log held costs one tap and an invented one a wrong day balance: they weigh the
same (`ASK_COST` = 1). The shipped t is the one whose held invented events (rules when unseen,
leave-one-block-out) minus real logs held (the blocks' event messages and the unit tests'
hand-written logs alike, as the blocks hold few short plain logs) is highest, ties to the lower
t (`choose_shipped_t`).

p is read by part: the highest of the whole message and each piece between sentence ends,
commas, semicolons and new lines, so a log beside a wish keeps the log. By sentence only, the
criterion picked t = 0.18 (invented 45 -> 11, one block message and 6-8 of ~2,100 unit-test logs
held), but a log with a wish after a comma is confidently chat to the model ("saturday parkrun
24:30, hoping for sub 24 next week": p 0.000; "ran 5k in 25 min, rest day tomorrow": 0.01), a
class the blocks barely hold and other helpers' new tests do. By part those are 0.99, and on
main ff742dc (6,703 labelled messages; 2,178 unit-test logs):

| t | 0.02 | 0.06 | 0.1 | 0.14 | 0.18 | 0.22 | 0.26 | 0.3 | 0.4 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
| invented, rules when unseen (of 45) | 33 | 33 | 31 | 31 | 27 | 25 | 24 | 23 | 22 |
| blocks' real event messages held (of 2,491) | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1 |
| unit-test logs held (of 2,178) | 0 | 1 | 3 | 3 | 7 | 8 | 9 | 12 | 19 |
| net | 12 | 11 | 11 | 11 | 11 | 12 | 12 | 10 | 3 |

t = 0.02 (tied with 0.22-0.26; the lower asks less): on the rules as they met each block unseen,
invented 45 -> 33 (-27 %) with no real message held; per block a 3 -> 2, b 6 -> 3, c 2, d 5 ->
4, e 4 -> 2, f 5 -> 3, g 6, h 1, i 2, j 2 -> 1, k 4 -> 2, l 5, fully right unchanged on every
block. On the rules as they are (every labelled file but m, the shipped weights having seen
them): nothing held, fully right and invented unchanged on every file; no unit-test log held.
What it holds is the plainest plan ("maybe 10k in 50 min later", "maybe 2 eggs later": p 0.003,
0.001 by the weights shipped); "brother ran 3:02 at Valencia, gutted for him" (0.026) passes.
The blocks alone (cross-validation without the unit-test logs) pick 0.36-0.62 by part, 45 -> 18
for 2 real messages held, so the gate could do more once the model reads short plain logs better
("ran a marathon" 0.05, "ran 10k on sunday" 0.09 today): more labelled short logs and chat are
what would raise t. Cost in the parser: only a message whose rules found events is read, about
10 us in plain Python (bench_parser's "chat gate cost"; word and pair tables, cue pairs as
tuples, no string per feature, and a message with parts stops at the first one that clears the
bar).
"""

from __future__ import annotations

import argparse
import ast
import json
import math
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from engine.errors import CoachError  # noqa: E402
from engine.parsing import parse_message  # noqa: E402
from engine.parsing.gate import COMMIT, FILES, WEIGHTS, features, parts, sigmoid  # noqa: E402
from tests import understanding  # noqa: E402

DATA = ROOT / "tests" / "data"
SCRIPTS = ROOT / "scripts"
#: The blocks written unseen, in the order they were written: "a" is heldout-2026-11-30.jsonl.
HELDOUT = {
    "a": "heldout-2026-11-30.jsonl",
    **{c: f"heldout-2026-11-30{c}.jsonl" for c in "bcdefghijk"},
    "l": "heldout-2026-12-01l.jsonl",
    "m": "heldout-2026-12-01m.jsonl",
    "n": "heldout-2026-12-01n.jsonl",
    "o": "heldout-2026-12-01o.jsonl",
    "p": "heldout-2026-12-02p.jsonl",
    "q": "heldout-2026-12-02q.jsonl",
}
#: This session's unseen block: never read, scored or trained on here.
UNSEEN = "heldout-2026-12-02r.jsonl"
SEED = 20261201
GIT = shutil.which("git") or "git"
TAR = shutil.which("tar") or "tar"

# ---------------------------------------------------------------------------------- model


@dataclass
class Model:
    weights: dict[str, float]

    def p_event(self, feats: list[str]) -> float:
        return sigmoid(sum(self.weights.get(f, 0.0) for f in feats))


def train(
    samples: Sequence[tuple[list[str], int]],
    epochs: int = 12,
    l2: float = 1e-4,
    rate: float = 0.3,
    min_count: int = 2,
) -> Model:
    """Logistic regression by AdaGrad SGD with L2, a fixed seed: the same data gives the same
    weights. The weights are averaged over the ends of the second half of the epochs, so that
    one more message (which reshuffles the order) moves them less. Features seen in fewer than
    `min_count` messages are left out."""
    counts = Counter(f for feats, _ in samples for f in feats)
    vocab = {f for f, n in counts.items() if n >= min_count}
    data = [([f for f in feats if f in vocab], y) for feats, y in samples]
    w: dict[str, float] = defaultdict(float)
    g2: dict[str, float] = defaultdict(lambda: 1e-8)
    rng = random.Random(SEED)  # noqa: S311 (a reproducible shuffle, no secret)
    order = list(range(len(data)))
    mean: dict[str, float] = defaultdict(float)
    kept = 0
    for epoch in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = data[i]
            z = sum(w[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            for f in feats:
                grad = err + l2 * w[f]
                g2[f] += grad * grad
                w[f] -= rate * grad / math.sqrt(g2[f])
        if epoch >= epochs // 2:
            kept += 1
            for f, v in w.items():
                mean[f] += v
    return Model({f: round(v / kept, 4) for f, v in mean.items() if abs(v / kept) >= 1e-3})


# ---------------------------------------------------------------------------------- data


@dataclass
class Message:
    text: str
    event: bool
    feats: list[str]
    #: What the rules did: events logged, and whether the message came out fully right.
    logged: int = 0
    right: bool = False
    #: The same, by the rules as they were when the message's block was still unseen.
    logged_then: int = 0
    right_then: bool = False


def _written_from(script: Path) -> set[str]:
    """The held-out blocks a probes script says its classes were seen in ("block k",
    "blocks e and f", "blocks a-j"): its messages are no fair training data for them."""
    doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
    found: set[str] = set()
    for m in re.finditer(r"\bblocks? ([a-l](?:(?:, | and |-|, and )[a-l])*)\b", doc):
        spec = m.group(1)
        for lo, hi in re.findall(r"([a-l])-([a-l])", spec):
            found.update(chr(c) for c in range(ord(lo), ord(hi) + 1))
        found.update(re.findall(r"\b([a-l])\b", spec))
    return found


def probe_sources() -> dict[str, set[str]]:
    """Each probes file and the blocks it was written from."""
    out: dict[str, set[str]] = {}
    for path in sorted(DATA.glob("probes-*.jsonl")):
        stem = path.name.split("-2026")[0].removeprefix("probes-")
        script = SCRIPTS / f"corpus_probes_{stem}.py"
        out[path.name] = _written_from(script) if script.exists() else set()
    return out


def load_files(names: Sequence[str] | None = None,
               commit: str | None = None) -> dict[str, list[Message]]:
    """The labelled files of tests/data (or only `names`; as they were at `commit`, read with
    git, when given), never this session's unseen block."""
    files: dict[str, list[Message]] = {}
    paths = sorted(DATA.glob("*.jsonl")) if names is None else [DATA / n for n in sorted(names)]
    for path in paths:
        if path.name == UNSEEN:
            continue
        text = (_git("show", f"{commit}:tests/data/{path.name}") if commit
                else path.read_text(encoding="utf-8"))
        lines = [json.loads(line) for line in text.splitlines() if line.strip()]
        files[path.name] = [
            Message(str(x["text"]), bool(x["events"]), features(str(x["text"]))) for x in lines
        ]
    return files


def run_rules(files: dict[str, list[Message]]) -> None:
    """Parse every message once with the rules alone (no gate), as tests/understanding.py
    scores them."""
    ctx = replace(understanding.context(), gate=False)
    for name, messages in files.items():
        lines = understanding.load(DATA / name)
        for message, line in zip(messages, lines, strict=True):
            one = understanding.Score()
            understanding.score_message(line, ctx, one)
            message.logged = one.invented if not message.event else _logged(line, ctx)
            message.right = bool(one.fully_right)


def _logged(line: dict[str, object], ctx: object) -> int:
    try:
        return len(parse_message(str(line["text"]), ctx).events)  # type: ignore[arg-type]
    except CoachError:
        return 0


_SCORE_LINES = """
import json, sys
from engine.errors import CoachError  # noqa: E402
from engine.parsing import parse_message  # noqa: E402
from tests import understanding  # noqa: E402
ctx = understanding.context()
out = []
for line in understanding.load(understanding.DATA / sys.argv[1]):
    one = understanding.Score()
    understanding.score_message(line, ctx, one)
    try:
        logged = len(parse_message(str(line["text"]), ctx).events)
    except CoachError:
        logged = 0
    out.append([logged, one.fully_right])
print(json.dumps(out))
"""


def run_rules_then(files: dict[str, list[Message]], blocks: Sequence[str]) -> None:
    """Score each held-out block with the parser of the commit that added it (the rules before
    anyone fixed them against it): git archive its engine/ into a temporary directory and run
    this checkout's scoring (tests/understanding.py) over it."""
    for b in blocks:
        name = HELDOUT[b]
        sha = subprocess.run(  # noqa: S603 (fixed arguments, this checkout's git)
            [GIT, "log", "--diff-filter=A", "--format=%H", "--", f"tests/data/{name}"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        ).stdout.split()[-1]
        with tempfile.TemporaryDirectory(prefix="gate-rules-") as tmp:
            archive = subprocess.run(  # noqa: S603
                [GIT, "archive", sha, "engine"], cwd=ROOT, capture_output=True, check=True
            ).stdout
            subprocess.run([TAR, "-x", "-C", tmp], input=archive, check=True)  # noqa: S603
            done = subprocess.run(  # noqa: S603
                [sys.executable, "-c", _SCORE_LINES, name],
                cwd=tmp, capture_output=True, text=True, check=True,
                env={"PYTHONPATH": f"{tmp}:{ROOT}", "PATH": "/usr/bin:/bin"},
            )
        for message, (logged, right) in zip(files[name], json.loads(done.stdout), strict=True):
            message.logged_then, message.right_then = logged, bool(right)
        print(f"block {b}: rules of {sha[:7]}", flush=True)


def training_set(files: dict[str, list[Message]], held: set[str]) -> list[tuple[list[str], int]]:
    """Every message except the held-out blocks' and the probes written from them."""
    sources = probe_sources()
    skip = {HELDOUT[b] for b in held}
    skip.update(name for name, blocks in sources.items() if blocks & held)
    return [(m.feats, int(m.event)) for name, ms in files.items() if name not in skip for m in ms]


# ---------------------------------------------------------------------------------- evaluation


@dataclass
class Tally:
    chat: int = 0
    events: int = 0
    invented: int = 0
    right: int = 0
    vetoed: int = 0  # real event messages the gate emptied
    vetoed_right: int = 0  # ... that the rules had fully right

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def tally(messages: Sequence[Message], probs: Sequence[float], t: float, then: bool) -> Tally:
    """What the rules (now, or `then`: when the block was unseen) log with the gate at `t`."""
    out = Tally()
    for m, p in zip(messages, probs, strict=True):
        logged, right = (m.logged_then, m.right_then) if then else (m.logged, m.right)
        veto = logged > 0 and p < t
        if m.event:
            out.events += 1
            out.right += right and not veto
            out.vetoed += veto
            out.vetoed_right += veto and right
        else:
            out.chat += 1
            out.invented += 0 if veto else logged
    return out


GRID = [round(0.02 * k, 2) for k in range(1, 40)]
#: A held message is asked about, not lost: a real log held costs the runner one tap ("✅ Log
#: it"), an invented one a wrong day balance, so they weigh the same; a threshold is worth the
#: invented events it holds minus the real event messages it holds.
ASK_COST = 1.0


def pick_threshold(
    pairs: Sequence[tuple[Sequence[Message], Sequence[float]]], then: bool
) -> float:
    best, best_gain = 0.0, 0.0
    for t in GRID:
        gain = 0.0
        for messages, probs in pairs:
            base, gated = tally(messages, probs, 0.0, then), tally(messages, probs, t, then)
            gain += (base.invented - gated.invented) - ASK_COST * gated.vetoed
        if gain > best_gain:
            best, best_gain = t, gain
    return best


def p_message(model: Model, text: str, feats: list[str], by_sentence: bool) -> float:
    """The gate's probability that a message logs events: of the whole message, or (design
    "by sentence") the highest of the whole and each of its sentences, so that a question
    or a plan beside a log ("how am I doing? ran 10k in 50 min") keeps the log."""
    p = model.p_event(feats)
    if by_sentence:
        p = max([p, *(model.p_event(features(part)) for part in parts(text))])
    return p


def predict(model: Model, messages: Sequence[Message], by_sentence: bool) -> list[float]:
    return [p_message(model, m.text, m.feats, by_sentence) for m in messages]


DESIGNS = {"whole message": False, "by sentence": True}


def leave_one_block_out(files: dict[str, list[Message]], blocks: Sequence[str]) -> None:
    """Train without each block (and the probes written from it), score it; thresholds by
    the same leave-one-block-out over the other blocks only."""
    pair: dict[str, dict[tuple[str, str], list[float]]] = {d: {} for d in DESIGNS}
    for i, x in enumerate(blocks):
        for y in blocks[i + 1 :]:
            model = train(training_set(files, {x, y}))
            for design, by_sentence in DESIGNS.items():
                pair[design][(x, y)] = predict(model, files[HELDOUT[x]], by_sentence)
                pair[design][(y, x)] = predict(model, files[HELDOUT[y]], by_sentence)
    outer: dict[str, dict[str, list[float]]] = {d: {} for d in DESIGNS}
    for x in blocks:
        model = train(training_set(files, {x}))
        for design, by_sentence in DESIGNS.items():
            outer[design][x] = predict(model, files[HELDOUT[x]], by_sentence)
    for design in DESIGNS:
        for then in (False, True):
            print(f"\n{design}; rules " + ("when each block was unseen" if then else
                                          "as they are now") + "; t by cross-validation")
            report(files, blocks, pair[design], outer[design], then)
    whole = train(training_set(files, set()))
    unit = unit_test_logs()
    print(f"\nevery threshold, summed over the blocks; and the {len(unit)} messages in "
          "tests/engine/test_parsing*.py the rules log events from, vetoed by the gate trained on "
          "everything")
    print("| design | t | invented (unseen rules) | fully right | vetoed (right) | "
          "invented (rules now) | fully right | vetoed (right) | unit-test logs vetoed |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for design, by_sentence in DESIGNS.items():
        unit_p = [p_message(whole, text, features(text), by_sentence) for text in unit]
        for t in (0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4):
            cells = []
            for then in (True, False):
                total = Tally()
                for x in blocks:
                    total.add(tally(files[HELDOUT[x]], outer[design][x], t, then))
                cells.append(f"{total.invented} | {total.right} | {total.vetoed} "
                             f"({total.vetoed_right})")
            print(f"| {design} | {t} | {cells[0]} | {cells[1]} | "
                  f"{sum(p < t for p in unit_p)} |")
        low = sorted(zip(unit_p, unit, strict=True))[:12]
        print("   lowest: " + "; ".join(f"{p:.3f} {text[:50]!r}" for p, text in low))
        if by_sentence:
            choose_shipped_t(files, blocks, outer[design], unit_p)


def choose_shipped_t(
    files: dict[str, list[Message]],
    blocks: Sequence[str],
    outer: dict[str, list[float]],
    unit_p: Sequence[float],
) -> float:
    """The one threshold the parser ships (engine/parsing/gate.py HOLD_BELOW), by the cost of
    asking: what it holds of the invented events of the rules when each block was unseen
    (leave-one-block-out), minus `ASK_COST` for each real log it holds, of the blocks' event
    messages and of the hand-written logs of the unit tests alike (the blocks hold few short
    plain logs such as "ran 10k", which those have). Ties go to the lower t (fewer taps)."""
    print("\nthe shipped t: invented held (rules when unseen) - real logs held (blocks + unit)")
    print("| t | invented | blocks' real logs held | unit-test logs held | net |")
    print("| --- | --- | --- | --- | --- |")
    best, best_net = 0.0, 0.0
    base = sum(tally(files[HELDOUT[x]], outer[x], 0.0, True).invented for x in blocks)
    for t in GRID:
        total = Tally()
        for x in blocks:
            total.add(tally(files[HELDOUT[x]], outer[x], t, True))
        unit_held = sum(p < t for p in unit_p)
        net = (base - total.invented) - ASK_COST * (total.vetoed + unit_held)
        print(f"| {t} | {base} -> {total.invented} | {total.vetoed} | {unit_held} | {net:g} |")
        if net > best_net:
            best, best_net = t, net
    print(f"shipped t: {best}; per block, rules when unseen (leave-one-block-out):")
    print("| block | invented | fully right | real event messages held (fully right) |")
    print("| --- | --- | --- | --- |")
    for x in blocks:
        before, after = (tally(files[HELDOUT[x]], outer[x], t, True) for t in (0.0, best))
        print(f"| {x} | {before.invented} -> {after.invented} | {before.right} -> {after.right} "
              f"| {after.vetoed} ({after.vetoed_right}) |")
    return best


def unit_test_logs() -> list[str]:
    """The string literals of the parser's unit tests that the rules log events from: the
    project's own hand-written logs, in odd words and mixed with chat, that no gate may
    empty (an approximation: a few are questions the bot answers before parsing)."""
    ctx = replace(understanding.context(), gate=False)
    texts: set[str] = set()
    docs: set[int] = set()
    for path in sorted((ROOT / "tests" / "engine").glob("test_parsing*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Expr):
                docs.add(id(node.value))  # a docstring or a bare string: no message
            elif (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docs
                and 2 <= len(node.value) <= 400
            ):
                texts.add(node.value)
    logs = []
    for text in sorted(texts):
        try:
            if parse_message(text, ctx).events:
                logs.append(text)
        except CoachError:
            pass
    return logs


def report(
    files: dict[str, list[Message]],
    blocks: Sequence[str],
    pair_probs: dict[tuple[str, str], list[float]],
    outer: dict[str, list[float]],
    then: bool,
) -> None:
    total_before, total_after = Tally(), Tally()
    print("| block | chat | invented | event msgs | fully right | real events vetoed (right) | t |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    vetoes = []
    for x in blocks:
        inner = [(files[HELDOUT[y]], pair_probs[(y, x)]) for y in blocks if y != x]
        t = pick_threshold(inner, then)
        messages, probs = files[HELDOUT[x]], outer[x]
        before, after = tally(messages, probs, 0.0, then), tally(messages, probs, t, then)
        total_before.add(before)
        total_after.add(after)
        print(f"| {x} | {before.chat} | {before.invented} -> {after.invented} | {before.events} | "
              f"{before.right} -> {after.right} | {after.vetoed} ({after.vetoed_right}) | {t} |")
        for m, p in zip(messages, probs, strict=True):
            if (m.logged_then if then else m.logged) and p < t:
                said = "EVENT" if m.event else "chat "
                vetoes.append(f"    {x} p={p:.2f} {said} {m.text[:80]!r}")
    b, a = total_before, total_after
    print(f"| all | {b.chat} | {b.invented} -> {a.invented} | {b.events} | {b.right} -> {a.right} |"
          f" {a.vetoed} ({a.vetoed_right}) | |")
    print("\n".join(vetoes))


def _git(*args: str) -> str:
    return subprocess.run(  # noqa: S603 (fixed arguments, this checkout's git)
        [GIT, *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def shipped_weights(files: dict[str, list[Message]], commit: str) -> str:
    """The gate the parser ships (engine/data/gate_weights.tsv): trained on every labelled
    file but this session's unseen block as they were at `commit`, with the fixed seed, so it
    is written again byte for byte from the same data (tests/engine/test_gate.py checks it: the
    commit and the files are in the header, so labelled files changed or added later leave
    the check as it was)."""
    model = train(training_set(files, set()))
    count = sum(map(len, files.values()))
    head = (f"# The chat gate's weights (engine/parsing/gate.py): python scripts/train_gate.py"
            f" --write\n# {len(model.weights)} weights, logistic regression trained on {count}"
            f" messages of tests/data (the files below), seed {SEED}\n"
            f"{COMMIT}{commit}\n{FILES}{' '.join(sorted(files))}\n")
    return head + "".join(f"{name}\t{w}\n" for name, w in sorted(model.weights.items()))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blocks", default="abcdefghijklm")
    parser.add_argument("--write", action="store_true",
                        help=f"only train on all labelled files and write {WEIGHTS.name}")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.write:
        if _git("status", "--porcelain", "--", "tests/data"):
            raise SystemExit("commit the labelled files first: the weights name their commit")
        commit = _git("rev-parse", "HEAD").strip()
        files = load_files(commit=commit)
        WEIGHTS.write_text(shipped_weights(files, commit), encoding="utf-8")
        print(f"wrote {WEIGHTS} in {time.perf_counter() - start:.0f} s")
        return 0
    files = load_files()
    run_rules(files)
    run_rules_then(files, args.blocks)
    print(f"rules read {sum(map(len, files.values()))} messages in "
          f"{time.perf_counter() - start:.0f} s", flush=True)
    leave_one_block_out(files, list(args.blocks))
    print(f"done in {time.perf_counter() - start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
