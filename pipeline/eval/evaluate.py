"""`claims eval`: run the pipeline on gold documents and score it.

Each gold document's `text` goes through the same stages as a corpus file (segment, clean,
dedup within the document, nlp, claims, enrich); claim offsets are mapped back into `text`
through each article's char map. Scoring follows the definitions of the shared scorer:

- quote match: one-to-one, greedy by decreasing overlap ratio |a∩b|/|a∪b| >= 0.5;
- speaker accuracy over matched pairs whose gold speaker can be judged: normalised name
  tokens (lowercased, accents folded, possessive 's, titles and stopwords dropped) of the
  prediction share one with the gold speaker or speaker_canonical; a gold speaker with no
  content token (a pronoun) is judged through speaker_canonical, else excluded;
- end-to-end: a hit needs a quote match and a correct speaker; unjudgeable gold quotes and
  the predictions matched to them are left out of both denominators.
Issue micro-F1, stance accuracy and said_on accuracy are computed over matched claims whose
gold record carries those fields.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from pipeline.config import Config, ConfigError

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


def read_jsonl(path: Path) -> Iterator[dict]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read gold file {path}: {exc.strerror or exc}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{number}: invalid JSON: {exc.msg}") from None
            if not isinstance(doc, dict) or not isinstance(doc.get("text"), str):
                raise ConfigError(f"{path}:{number}: a gold document needs a string 'text'")
            yield doc


# ------------------------------------------------------------------ prediction

def predict_text(text: str, name: str, config: Config, nlp=None) -> list[dict]:
    """Claims of a raw text, offsets in that text, in the prediction format of `claims eval`."""
    from pipeline.articles.dedup import cluster, signature
    from pipeline.articles.ingest import source_from_string
    from pipeline.engine.partition import article_key, extract_articles, prepare_source

    prepared = prepare_source(source_from_string(text, name), config)
    articles = list(prepared.articles)
    clusters = cluster([(article_key(a), signature(a.text, config.dedup)) for a in articles],
                       config.dedup)
    canonical = [a for a in articles if clusters[article_key(a)][1] is None]
    claims, _ = extract_articles(canonical, config, nlp)
    out = []
    for article, found in zip(canonical, claims):
        for claim in found:
            start, end = article.source_span(claim.start, claim.end)
            out.append({
                "start": start, "end": end, "kind": claim.kind, "speaker": claim.speaker,
                "speaker_mention": claim.speaker_mention, "speaker_type": claim.speaker_type,
                "cue": claim.cue or None,
                "said_on": claim.said_on.isoformat() if claim.said_on else None,
                "issues": [i.issue for i in claim.issues],
                "stance": {i.issue: i.stance for i in claim.issues},
                "article_index": article.article_index,
            })
    return out


# ------------------------------------------------------------------ scoring

def overlap_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def match(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """One-to-one greedy matching by decreasing overlap ratio."""
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
    if not name:
        return set()
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"'s\b", " ", text.replace("\u2019", "'").replace("\u2018", "'"))
    return {t for t in re.findall(r"[^\W_]+", text) if t not in TITLES and t not in STOPWORDS}


def judge_tokens(quote: dict) -> set[str] | None:
    own = name_tokens(quote.get("speaker"))
    canonical = name_tokens(quote.get("speaker_canonical"))
    if own:
        return own | canonical
    return canonical or None


def valid(quotes: Iterable[dict] | None) -> list[dict]:
    return [q for q in quotes or [] if isinstance(q.get("start"), int)
            and isinstance(q.get("end"), int) and q["end"] > q["start"]]


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
        qp, qr, qf = prf(self.tp, self.pred, self.gold)
        ep, er, ef = prf(self.e2e_tp, self.e2e_pred, self.e2e_gold)
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.tp,
            "quote_p": qp, "quote_r": qr, "quote_f1": qf,
            "speaker_acc": self.spk_correct / self.spk_judged if self.spk_judged else None,
            "speaker_judged": self.spk_judged, "speaker_excluded": self.spk_excluded,
            "e2e_p": ep, "e2e_r": er, "e2e_f1": ef,
            "recall_by_kind": {k: self.tp_by_kind[k] / n for k, n in sorted(self.gold_by_kind.items())},
        }


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_document(gold: list[dict], pred: list[dict], counts: Counts,
                   kinds: set[str] | None = None,
                   on_pair: Callable[[dict, dict], None] | None = None) -> None:
    gold, pred = valid(gold), valid(pred)
    pairs = match(gold, pred)
    to_gold = {pi: gi for gi, pi in pairs}
    kept = [kinds is None or g.get("kind") in kinds for g in gold]
    judge = [judge_tokens(g) for g in gold]
    for gi, g in enumerate(gold):
        if kept[gi]:
            counts.gold += 1
            counts.gold_by_kind[g.get("kind") or "unknown"] += 1
            counts.e2e_gold += judge[gi] is not None
    for pi, p in enumerate(pred):
        gi = to_gold.get(pi)
        if gi is not None and not kept[gi]:
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


@dataclass
class Evaluation:
    overall: dict
    direct: dict
    issues: dict | None
    said_on: dict | None
    documents: int


def evaluate(gold_path: Path, config: Config, predictions_path: Path | None = None,
             progress: Callable[[int, int], None] | None = None) -> Evaluation:
    from pipeline.nlp import get_nlp

    docs = list(read_jsonl(Path(gold_path)))
    if not docs:
        raise ConfigError(f"gold file {gold_path} holds no documents")
    nlp = get_nlp(config)
    overall, direct = Counts(), Counts()
    matched: list[tuple[dict, dict]] = []
    lines = []
    for n, doc in enumerate(docs, 1):
        doc_id = str(doc.get("id", n))
        pred = predict_text(doc["text"], doc_id, config, nlp)
        lines.append({"id": doc_id, "quotes": pred})
        gold = doc.get("quotes") or []
        score_document(gold, pred, overall, on_pair=lambda g, p: matched.append((g, p)))
        score_document(gold, pred, direct, kinds={"direct"})
        if progress:
            progress(n, len(docs))
    if predictions_path is not None:
        Path(predictions_path).parent.mkdir(parents=True, exist_ok=True)
        with open(predictions_path, "w", encoding="utf-8") as handle:
            for line in lines:
                handle.write(json.dumps(line, ensure_ascii=False) + "\n")
    return Evaluation(overall.metrics(), direct.metrics(), issue_scores(matched),
                      said_on_scores(matched), len(docs))


def issue_scores(pairs: list[tuple[dict, dict]]) -> dict | None:
    from pipeline.issues.detect import score_issues

    judged = [(g, p) for g, p in pairs if isinstance(g.get("issues"), list)]
    if not judged:
        return None
    return score_issues([g for g, _ in judged], [p for _, p in judged])


def said_on_scores(pairs: list[tuple[dict, dict]]) -> dict | None:
    judged = [(g, p) for g, p in pairs if "said_on" in g]
    if not judged:
        return None
    right = sum(1 for g, p in judged if (g.get("said_on") or None) == (p.get("said_on") or None))
    dated = [(g, p) for g, p in judged if g.get("said_on")]
    return {"n": len(judged), "accuracy": right / len(judged),
            "dated_n": len(dated),
            "dated_recall": (sum(1 for g, p in dated if g["said_on"] == p.get("said_on"))
                             / len(dated)) if dated else None}


def format_report(ev: Evaluation) -> str:
    def pct(x):
        return "   -  " if x is None else f"{100 * x:6.1f}"

    head = (f"{'claims':<10}{'gold':>6}{'pred':>6}{'match':>6} |{'Q-P':>7}{'Q-R':>7}{'Q-F1':>7} |"
            f"{'SpkAcc':>7}{'n':>5} |{'E2E-P':>7}{'E2E-R':>7}{'E2E-F1':>7}")
    lines = [f"documents: {ev.documents}", head, "-" * len(head)]
    for label, m in (("all", ev.overall), ("direct", ev.direct)):
        lines.append(f"{label:<10}{m['gold']:>6}{m['pred']:>6}{m['matched']:>6} |"
                     f"{pct(m['quote_p'])} {pct(m['quote_r'])} {pct(m['quote_f1'])} |"
                     f"{pct(m['speaker_acc'])} {m['speaker_judged']:>4} |"
                     f"{pct(m['e2e_p'])} {pct(m['e2e_r'])} {pct(m['e2e_f1'])}")
    rbk = ev.overall["recall_by_kind"]
    if rbk:
        lines.append("recall by kind: " + ", ".join(f"{k}={100 * v:.1f}%" for k, v in rbk.items()))
    if ev.issues:
        lines.append(format_issue_scores(ev.issues))
    if ev.said_on:
        s = ev.said_on
        lines.append(f"said_on over matched claims: accuracy {100 * s['accuracy']:.1f}% (n={s['n']})"
                     + (f", dated gold reproduced {100 * s['dated_recall']:.1f}% (n={s['dated_n']})"
                        if s["dated_recall"] is not None else ""))
    return "\n".join(lines)


def format_issue_scores(scores: dict) -> str:
    """Issue micro-P/R/F1 and stance accuracy over matched claims, overall and per issue."""
    def pct(x):
        return "  -  " if x is None else f"{100 * x:5.1f}"

    issue, stance = scores["issue"], scores["stance"]
    lines = [f"issues over matched claims: micro P {pct(issue['p'])}  R {pct(issue['r'])}  "
             f"F1 {pct(issue['f1'])}  (tp={issue['tp']} fp={issue['fp']} fn={issue['fn']}); "
             f"stance accuracy {pct(stance['accuracy'])} (n={stance['n']})"]
    for name, row in sorted((scores.get("per_issue") or {}).items()):
        lines.append(f"  {name:<24} F1 {pct(row['f1'])}  stance {pct(row['stance_accuracy'])}"
                     f"  (tp={row['tp']} fp={row['fp']} fn={row['fn']} stance_n={row['stance_n']})")
    return "\n".join(lines)
