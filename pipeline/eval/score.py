"""The scorer: the definitions of the shared `tools/score.py`, as a library, used by
`claims eval`, the issue scores and the tests (its figures equal the shared scorer's).

- quote match: one-to-one, greedy by decreasing overlap ratio |a∩b|/|a∪b| >= 0.5;
- speaker accuracy over matched pairs whose gold speaker can be judged: normalised name
  tokens (lowercased, accents folded, possessive 's, titles and stopwords dropped) of the
  prediction share one with the gold speaker or speaker_canonical; a gold speaker with no
  content token (a pronoun) is judged through speaker_canonical, else excluded;
- end-to-end: a hit needs a quote match and a correct speaker; unjudgeable gold quotes and
  the predictions matched to them are left out of both denominators;
- a `View` restricts the gold kept: `kinds` (gold of these kinds; a prediction matched to
  other gold, or unmatched and predicted as another kind, is ignored) and `min_words`
  (gold content of at least N words; a prediction matched to shorter gold, or unmatched
  and shorter itself, is ignored).
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

OVERLAP = 0.5

TITLES = frozenset(
    "mr mrs ms mx miss dr doctor prof professor sir dame lord lady rev reverend hon honourable "
    "honorable sen rep gov gen col capt sgt lt cllr fr jr sr st mme mlle herr frau".split())
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his "
    "himself she her hers herself it its itself they them their theirs themselves one who whom "
    "whose this that these those".split())
STOPWORDS = PRONOUNS | frozenset(
    "a an the and or but nor of in on at to for from by with as about into over after before "
    "under between among than s is are was were be been being has have had do does did not no "
    "so some all both each other another any such which what there here also many several most "
    "more".split())


@dataclass(frozen=True)
class View:
    """Which gold quotes count: `View(kinds=frozenset({"direct"}))`, `View(min_words=6)`."""

    kinds: frozenset[str] | None = None
    min_words: int = 0

    @property
    def label(self) -> str:
        text = ",".join(sorted(self.kinds)) if self.kinds else "all"
        return f"{text} >={self.min_words}w" if self.min_words else text


def parse_kinds(value: str | None) -> frozenset[str] | None:
    """`"indirect, mixed"` -> {"indirect", "mixed"}; empty or None -> None (all kinds)."""
    kinds = frozenset(k.strip() for k in (value or "").split(",") if k.strip())
    return kinds or None


# ------------------------------------------------------------------ matching

def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by decreasing overlap ratio; (gold index, pred index)."""
    pairs = sorted(((-overlap_ratio((g["start"], g["end"]), (p["start"], p["end"])), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)))
    used_g, used_p, out = set(), set(), []
    for neg, gi, pi in pairs:
        if -neg < OVERLAP:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def name_tokens(name: Any) -> set[str]:
    """Content tokens of a speaker string: name_tokens("Sen. O'Neil's") -> {"o", "neil"}."""
    if not name:
        return set()
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s\b", " ", text.replace("\u2019", "'").replace("\u2018", "'"))
    return {t for t in re.findall(r"[^\W_]+", text) if t not in TITLES and t not in STOPWORDS}


def judge_tokens(quote: dict) -> set[str] | None:
    """Tokens a prediction may match for this gold quote, or None if it cannot be judged."""
    own = name_tokens(quote.get("speaker"))
    canonical = name_tokens(quote.get("speaker_canonical"))
    if own:
        return own | canonical
    return canonical or None


def valid(quotes: Iterable[dict] | None) -> list[dict]:
    return [q for q in quotes or [] if isinstance(q.get("start"), int)
            and isinstance(q.get("end"), int) and q["end"] > q["start"]]


def n_words(text: str, quote: dict) -> int:
    return len(text[quote["start"]:quote["end"]].split())


# ------------------------------------------------------------------ counting

@dataclass
class Counts:
    gold: int = 0
    pred: int = 0
    tp: int = 0
    spk_judged: int = 0
    spk_correct: int = 0
    spk_excluded: int = 0
    e2e_gold: int = 0
    e2e_pred: int = 0
    e2e_tp: int = 0
    ignored: int = 0
    gold_by_kind: dict = field(default_factory=lambda: defaultdict(int))
    tp_by_kind: dict = field(default_factory=lambda: defaultdict(int))

    def metrics(self) -> dict[str, Any]:
        """The figures, rounded to 4 decimals as the shared scorer reports them (so that a
        printed 54.1 is the same 54.1)."""
        qp, qr, qf = (round(x, 4) for x in prf(self.tp, self.pred, self.gold))
        ep, er, ef = (round(x, 4) for x in prf(self.e2e_tp, self.e2e_pred, self.e2e_gold))
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.tp,
            "quote_p": qp, "quote_r": qr, "quote_f1": qf,
            "speaker_acc": (round(self.spk_correct / self.spk_judged, 4) if self.spk_judged
                            else None),
            "speaker_judged": self.spk_judged, "speaker_correct": self.spk_correct,
            "speaker_excluded": self.spk_excluded,
            "e2e_p": ep, "e2e_r": er, "e2e_f1": ef, "ignored_pred": self.ignored,
            "recall_by_kind": {k: round(self.tp_by_kind[k] / n, 4)
                               for k, n in sorted(self.gold_by_kind.items())},
        }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _ignored(pred: dict, gold: dict | None, gold_kept: bool, view: View, text: str) -> bool:
    """A prediction left out of a view: matched to gold the view drops, or unmatched and
    itself of another kind / shorter than the view's minimum."""
    if gold is not None:
        return not gold_kept
    if view.kinds is not None and pred.get("kind") and pred["kind"] not in view.kinds:
        return True
    return bool(view.min_words) and n_words(text, pred) < view.min_words


def score_document(gold: list[dict], pred: list[dict], counts: Counts, view: View = View(),
                   text: str = "", on_pair: Callable[[dict, dict], None] | None = None) -> None:
    """Add one document's matches to `counts`; `text` is the document (for `min_words`)."""
    gold, pred = valid(gold), valid(pred)
    to_gold = {pi: gi for gi, pi in match(gold, pred)}
    kept = [(view.kinds is None or g.get("kind") in view.kinds)
            and (not view.min_words or n_words(text, g) >= view.min_words) for g in gold]
    judge = [judge_tokens(g) for g in gold]
    for gi, g in enumerate(gold):
        if kept[gi]:
            counts.gold += 1
            counts.gold_by_kind[g.get("kind") or "unknown"] += 1
            counts.e2e_gold += judge[gi] is not None
    for pi, p in enumerate(pred):
        gi = to_gold.get(pi)
        if _ignored(p, None if gi is None else gold[gi], gi is not None and kept[gi], view, text):
            counts.ignored += 1
            continue
        counts.pred += 1
        if gi is None:
            counts.e2e_pred += 1
            continue
        counts.tp += 1
        counts.tp_by_kind[gold[gi].get("kind") or "unknown"] += 1
        if on_pair:
            on_pair(gold[gi], p)
        if judge[gi] is None:
            counts.spk_excluded += 1
            continue
        counts.e2e_pred += 1
        counts.spk_judged += 1
        if name_tokens(p.get("speaker")) & judge[gi]:
            counts.spk_correct += 1
            counts.e2e_tp += 1


# ------------------------------------------------------------------ issues, stance, said_on

def _issue_prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _issue_counts(gold: list[dict], pred: list[dict]) -> tuple[dict, dict]:
    per: dict[str, dict[str, int]] = {}
    confusion: dict[str, int] = {}

    def row(issue: str) -> dict[str, int]:
        return per.setdefault(issue, {"tp": 0, "fp": 0, "fn": 0, "stance_n": 0,
                                      "stance_correct": 0})

    for g, p in zip(gold, pred):
        gi, pi = set(g.get("issues") or []), set(p.get("issues") or [])
        gs, ps = g.get("stance") or {}, p.get("stance") or {}
        for issue in gi & pi:
            r = row(issue)
            r["tp"] += 1
            r["stance_n"] += 1
            r["stance_correct"] += gs.get(issue) == ps.get(issue)
            k = f"{gs.get(issue)}->{ps.get(issue)}"
            confusion[k] = confusion.get(k, 0) + 1
        for issue in pi - gi:
            row(issue)["fp"] += 1
        for issue in gi - pi:
            row(issue)["fn"] += 1
    return per, confusion


def score_issues(gold: list[dict], pred: list[dict]) -> dict:
    """Issue micro-P/R/F1 and stance accuracy over matched (claim, issue) pairs.

    `gold[i]` and `pred[i]` describe the same claim: {"issues": [...], "stance": {issue: s}}.
    Returns {"issue": {p, r, f1, tp, fp, fn}, "stance": {accuracy, n, correct},
    "per_issue": {id: {...}}, "confusion": {(gold, pred): count}}.
    """
    if len(gold) != len(pred):
        raise ValueError(f"score_issues: {len(gold)} gold items but {len(pred)} predictions")
    per, confusion = _issue_counts(gold, pred)
    tp, fp, fn = (sum(r[k] for r in per.values()) for k in ("tp", "fp", "fn"))
    n = sum(r["stance_n"] for r in per.values())
    correct = sum(r["stance_correct"] for r in per.values())
    per_issue = {issue: {**r, **_issue_prf(r["tp"], r["fp"], r["fn"]),
                         "stance_accuracy": (r["stance_correct"] / r["stance_n"]
                                             if r["stance_n"] else None)}
                 for issue, r in sorted(per.items())}
    return {
        "issue": {"tp": tp, "fp": fp, "fn": fn, **_issue_prf(tp, fp, fn)},
        "stance": {"n": n, "correct": correct, "accuracy": correct / n if n else None},
        "per_issue": per_issue,
        "confusion": dict(sorted(confusion.items())),
    }


def issue_scores(pairs: list[tuple[dict, dict]]) -> dict | None:
    """Issue scores over matched (gold, prediction) pairs whose gold lists its issues."""
    judged = [(g, p) for g, p in pairs if isinstance(g.get("issues"), list)]
    if not judged:
        return None
    return score_issues([g for g, _ in judged], [p for _, p in judged])


def said_on_scores(pairs: list[tuple[dict, dict]]) -> dict | None:
    """said_on accuracy over matched pairs whose gold has the field; recall of dated gold;
    how many claims the gold leaves undated were given a date (`invented`)."""
    judged = [(g, p) for g, p in pairs if "said_on" in g]
    if not judged:
        return None
    right = sum(1 for g, p in judged if (g.get("said_on") or None) == (p.get("said_on") or None))
    dated = [(g, p) for g, p in judged if g.get("said_on")]
    return {"n": len(judged), "accuracy": right / len(judged),
            "dated_n": len(dated),
            "invented": sum(1 for g, p in judged if not g.get("said_on") and p.get("said_on")),
            "dated_recall": (sum(1 for g, p in dated if g["said_on"] == p.get("said_on"))
                             / len(dated)) if dated else None}
