"""`claims eval`: run the pipeline on gold documents and score it.

Each gold document's `text` goes through the engine's per-file stages
(`partition.source_claims`: segment, clean, dedup within the document, nlp, claims,
enrich); the documents of the gold file form the run, so an undated article's month-days take
their year from the other documents' dates (`pipeline.articles.corpus_dates`); claim offsets are mapped back into `text` through each article's char map. The
figures are those of the shared scorer (`pipeline.eval.score`), in the view asked for
(`--kinds`, `--min-words`); issue micro-F1, stance accuracy and said_on accuracy are
computed over matched claims whose gold record carries those fields.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from pipeline.config import Config
from pipeline.errors import ConfigError
from pipeline.eval.score import Counts, View, issue_scores, said_on_scores, score_document
from pipeline.records import Article, Claim


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
    """Claims of a raw text, offsets in that text, in the prediction format of `claims eval`
    (the text alone forms the run)."""
    return predictions(predict_docs([text], [name], config, nlp)[0])


def predict_docs(texts: list[str], names: list[str], config: Config, nlp=None,
                 progress: Callable[[int, int], None] | None = None
                 ) -> list[list[tuple[Article, list[Claim]]]]:
    """(article, claims) of each text's canonical articles, the texts forming one run: an
    undated article's month-days take their year from the others (`corpus_dates`)."""
    return predict_with_errors(texts, names, config, nlp, progress)[0]


def predict_with_errors(texts: list[str], names: list[str], config: Config, nlp=None,
                        progress: Callable[[int, int], None] | None = None
                        ) -> tuple[list[list[tuple[Article, list[Claim]]]], list[tuple[str, ...]]]:
    """`predict_docs`, and for each text the errors of its articles that gave no claims
    because a stage failed (empty when all went through)."""
    from pipeline.articles.corpus_dates import CorpusDates, dated_from_corpus
    from pipeline.articles.ingest import source_from_string
    from pipeline.engine.partition import date_rules, source_claims

    found = []
    for n, (text, name) in enumerate(zip(texts, names), 1):
        found.append(source_claims(source_from_string(text, name), config, nlp))
        if progress:
            progress(n, len(texts))
    corpus = CorpusDates.of(d for f in found for d in f.dated)
    rules = date_rules(config)
    pairs = [[(article, dated_from_corpus(claims, corpus, rules)) for article, claims in f.pairs]
             for f in found]
    return pairs, [f.errors for f in found]


def predictions(pairs: list[tuple[Article, list[Claim]]]) -> list[dict]:
    """Claims in the prediction format of `claims eval`, offsets in the document's text."""
    out = []
    for article, found in pairs:
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


@dataclass
class Evaluation:
    overall: dict                 # the view asked for (all gold by default)
    direct: dict                  # direct quotes (with the same --min-words)
    issues: dict | None
    said_on: dict | None
    documents: int
    view: View = View()
    failed: tuple[tuple[str, str], ...] = ()   # (document id, first error) of each document
    #                                            with an article whose stages failed


def evaluate(gold_path: Path, config: Config, predictions_path: Path | None = None,
             progress: Callable[[int, int], None] | None = None,
             view: View = View()) -> Evaluation:
    """Predict every gold document, score the predictions in `view` (and the direct view),
    and write the predictions as JSONL to `predictions_path` when given."""
    from pipeline.nlp import get_nlp

    docs = list(read_jsonl(Path(gold_path)))
    if not docs:
        raise ConfigError(f"gold file {gold_path} holds no documents")
    nlp = get_nlp(config)
    direct_view = View(frozenset({"direct"}), view.min_words)
    overall, direct = Counts(), Counts()
    matched: list[tuple[dict, dict]] = []
    lines = []
    ids = [str(doc.get("id", n)) for n, doc in enumerate(docs, 1)]
    found, errors = predict_with_errors([doc["text"] for doc in docs], ids, config, nlp,
                                        progress)
    for doc, doc_id, pairs in zip(docs, ids, found):
        pred = predictions(pairs)
        lines.append({"id": doc_id, "quotes": pred})
        gold = doc.get("quotes") or []
        score_document(gold, pred, overall, view, doc["text"],
                       on_pair=lambda g, p: matched.append((g, p)))
        score_document(gold, pred, direct, direct_view, doc["text"])
    if predictions_path is not None:
        write_predictions(Path(predictions_path), lines)
    return Evaluation(overall.metrics(), direct.metrics(), issue_scores(matched),
                      said_on_scores(matched), len(docs), view,
                      tuple((i, e[0]) for i, e in zip(ids, errors) if e))


def write_predictions(path: Path, lines: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")


def format_report(ev: Evaluation) -> str:
    def pct(x):
        return "   -  " if x is None else f"{100 * x:6.1f}"

    head = (f"{'claims':<20}{'gold':>6}{'pred':>6}{'match':>6} |{'Q-P':>7}{'Q-R':>7}{'Q-F1':>7} |"
            f"{'SpkAcc':>7}{'n':>5} |{'E2E-P':>7}{'E2E-R':>7}{'E2E-F1':>7}")
    lines = [f"documents: {ev.documents}", *failed_lines(ev.failed), head, "-" * len(head)]
    rows = [(ev.view.label, ev.overall)]
    if ev.view.kinds is None:
        rows.append((View(frozenset({"direct"}), ev.view.min_words).label, ev.direct))
    for label, m in rows:
        lines.append(f"{label:<20}{m['gold']:>6}{m['pred']:>6}{m['matched']:>6} |"
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


def failed_lines(failed: tuple[tuple[str, str], ...], shown: int = 5) -> list[str]:
    """A document whose article failed a stage is scored with no claims from that article;
    say so, so a crashing rule cannot pass for lower recall.

    >>> failed_lines((("doc7", "nlp failed: KeyError: 3"),))
    ['documents with a failed article (scored without its claims): 1', '  doc7: nlp failed: KeyError: 3']
    """
    if not failed:
        return []
    more = [f"  ... and {len(failed) - shown} more"] if len(failed) > shown else []
    return [f"documents with a failed article (scored without its claims): {len(failed)}",
            *(f"  {doc}: {error}" for doc, error in failed[:shown]), *more]


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
