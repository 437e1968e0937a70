"""Issue and stance over the gold claim spans of an eval gold file (attribution left out).

    .venv/bin/python scripts/unseen_taxonomy/score_spans.py
        [--gold /work/devdata/unseen/gold.jsonl] [--config scripts/unseen_taxonomy/config.toml]
        [--cache DIR] [--errors] [--rules] [--dump FILE]
    .venv/bin/python scripts/unseen_taxonomy/score_spans.py --labels labels_check.jsonl   # or --check

`claims eval` scores issues only on claims whose predicted span matches a labelled one (about
half of them); this scores every labelled claim: each gold document's text is parsed with the
config's spaCy model (no pipeline components) and `classify()` is called with the gold span, the
gold cue and the sentence(s) holding the claim, as scripts/dev_issues.py does for the seeds.
Any eval gold file whose claims carry `issues` can be scored: the unseen-taxonomy gold of
build_gold.py (the default), the seeds (`--gold /work/shared/gold/seeds.jsonl --config
configs/default.toml`). `--cache DIR` takes the model parses from the parse cache of
scripts/fast_eval.py (the same parses, kept on disk: /work/devdata/parse_cache).

Prints issue micro-P/R/F1, stance accuracy over (claim, issue) pairs found by both, per issue,
and the stance confusion; `--rules` adds the stance accuracy per deciding rule (the evidence's
first rule names), `--errors` every disagreement (claim text on stdout only; never save it in
the repository), `--dump FILE` writes every scored claim as JSONL (it holds the gold text: keep
it outside the repository). `--labels FILE` scores a labels file directly (merged with the
PolNeAR dev file `--dev` as build_gold.py does, no gold file needed); `--check` is
`--labels labels_check.jsonl`, the check portion (README.md, "Check portion"), which rule
writers score only in aggregate: do not use --errors on it while writing rules.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.config import load_config  # noqa: E402
from pipeline.eval.score import score_issues  # noqa: E402
from pipeline.issues.detect import (_classify, _sentence_bounds, continue_speakers,  # noqa: E402
                                    doc_hits, passage_topics)
from pipeline.issues.consistency import speaker_sides  # noqa: E402
from pipeline.issues.taxonomy import load_taxonomy  # noqa: E402

HERE = Path(__file__).resolve().parent


def span_prediction(doc, start: int, end: int, cue: str | None, taxonomy,
                    inherit: list[str] | dict | None = None, via: str = "speaker") -> dict:
    """classify() of the gold span [start, end) of `doc` with its cue, the sentence(s) holding
    it as context, in the form score_issues() reads (with the evidence per issue); `inherit`:
    the issues of the claim it goes on from (detect.continue_speakers, `via` "speaker") or
    of its passage (detect.passage_topics, `via` "passage")."""
    sents = [s for s in doc.sents if s.start_char < end and s.end_char > start]
    s_start = sents[0].start_char if sents else None
    s_end = sents[-1].end_char if sents else None
    result = _classify(doc, doc_hits(doc, taxonomy), start, end, cue, taxonomy, s_start, s_end,
                       inherit=inherit or (), inherit_via=via)
    return {"issues": [r.issue for r in result], "stance": {r.issue: r.stance for r in result},
            "evidence": {r.issue: r.evidence for r in result}}


def predict(nlp, docs: list[dict], taxonomy) -> tuple[list[dict], list[dict], list[tuple]]:
    """(gold, prediction, (doc id, claim)) per labelled claim of `docs`."""
    gold, pred, where = [], [], []
    for d in docs:
        claims = [q for q in d["quotes"] if isinstance(q.get("issues"), list)]
        if not claims:
            continue
        doc = nlp(d["text"])
        found = [span_prediction(doc, q["start"], q["end"], q.get("cue"), taxonomy)
                 for q in claims]
        # the speaker continuation pass of the claims_issues component, on the gold claims
        found = continue_speakers(
            [(q["start"], q["end"], q.get("speaker"), q.get("kind")) for q in claims], found,
            _sentence_bounds(doc), taxonomy.stance, lambda p: p["issues"],
            lambda k, inherit: span_prediction(doc, claims[k]["start"], claims[k]["end"],
                                               claims[k].get("cue"), taxonomy, inherit))
        # then the passage pass (claims still without an issue take their passage's topic)
        found = passage_topics(
            doc, doc_hits(doc, taxonomy), taxonomy,
            [(q["start"], q["end"], q.get("speaker"), q.get("kind")) for q in claims], found,
            _sentence_bounds(doc), lambda p: p["issues"],
            lambda k, inherit: span_prediction(doc, claims[k]["start"], claims[k]["end"],
                                               claims[k].get("cue"), taxonomy, inherit,
                                               "passage"))
        # then the one-speaker-one-side pass (gold speakers: mentions, typed by `_gold_type`)
        found = speaker_sides(
            [(q["start"], q["end"], q.get("speaker"), q.get("kind"), _gold_type(q.get("speaker")))
             for q in claims], found, _sentence_bounds(doc), taxonomy.stance,
            lambda p: [(i, p["stance"][i], p["evidence"][i]) for i in p["issues"]], _restance)
        for q, p in zip(claims, found):
            gold.append({"issues": q["issues"], "stance": q.get("stance") or {}})
            pred.append(p)
            where.append((d["id"], d["text"], q))
    return gold, pred, where


def _pronouns() -> frozenset[str]:
    """The pronouns of configs/speakers.toml [names] (he, she, they, who, ...)."""
    import tomllib
    names = tomllib.loads((ROOT / "configs" / "speakers.toml").read_text("utf-8"))["names"]
    return frozenset(w for k in ("male_pronouns", "female_pronouns", "pronouns")
                     for w in names.get(k, []))


PRONOUNS = _pronouns()


def _gold_type(speaker: str | None) -> str:
    """A speaker type for a gold speaker mention, which has none: "person" for a capitalised
    mention that is no pronoun ("Clinton", "Hillary Clinton"), else "unknown" ("She", "a
    proponent"): the pipeline resolves pronouns to names, the gold mentions are not resolved,
    so two "she" may be two people."""
    if not speaker or not speaker[:1].isupper() or speaker.lower() in PRONOUNS:
        return "unknown"
    return "person"


def _restance(p: dict, issue: str, stance: str, evidence: str) -> dict:
    """Prediction `p` with a new stance and evidence for `issue`."""
    return {**p, "stance": {**p["stance"], issue: stance},
            "evidence": {**p["evidence"], issue: evidence}}


def report(gold: list[dict], pred: list[dict]) -> None:
    s = score_issues(gold, pred)
    i, st = s["issue"], s["stance"]
    acc = f"{100 * st['accuracy']:.1f}" if st["accuracy"] is not None else "n/a"
    print(f"{len(gold)} labelled claims, gold spans")
    print(f"issue micro P {100 * i['p']:.1f}  R {100 * i['r']:.1f}  F1 {100 * i['f1']:.1f} "
          f"(tp={i['tp']} fp={i['fp']} fn={i['fn']});  stance accuracy {acc} "
          f"({st['correct']}/{st['n']})")
    for issue, r in s["per_issue"].items():
        sa = f"{r['stance_correct']}/{r['stance_n']}" if r["stance_n"] else "-"
        print(f"  {issue:<26} tp {r['tp']:3} fp {r['fp']:3} fn {r['fn']:3}  F1 {100 * r['f1']:5.1f}"
              f"  stance {sa}")
    print("stance confusion (gold->pred):",
          ", ".join(f"{k}: {v}" for k, v in sorted(s["confusion"].items(), key=lambda kv: -kv[1])))


def errors(gold: list[dict], pred: list[dict], where: list[tuple]) -> None:
    for g, p, (doc_id, text, q) in zip(gold, pred, where):
        gi, pi = set(g["issues"]), set(p["issues"])
        bad = [i for i in gi & pi if g["stance"].get(i) != p["stance"].get(i)]
        if gi == pi and not bad:
            continue
        print(f"\n{doc_id} [{q['start']},{q['end']}] {q.get('cue')!r}: {text[q['start']:q['end']][:200]}")
        for i in sorted(gi | pi):
            gs, ps = g["stance"].get(i, "-"), p["stance"].get(i, "-")
            print(f"    {'OK' if gs == ps else 'XX'} {i:<24} gold={gs:<8} pred={ps:<8} "
                  f"{p['evidence'].get(i, '')}")


def _rule(evidence: str) -> str:
    """The deciding rule of an evidence string: 'cue:x(support)*lexicon:y' -> 'cue+lexicon'."""
    parts = []
    for part in evidence.split(" | ")[0].replace("*", "+").split("+"):
        name = part.split(":")[0]
        if name and name not in parts:
            parts.append(name)
    return "+".join(parts[:2])


def rules(gold: list[dict], pred: list[dict]) -> None:
    """Stance accuracy per deciding rule and predicted stance, with the gold stances."""
    by_rule: Counter = Counter()
    right: Counter = Counter()
    golds: dict[str, Counter] = {}
    for g, p in zip(gold, pred):
        for issue in set(g["issues"]) & set(p["issues"]):
            rule = f"{_rule(p['evidence'][issue])}>{p['stance'][issue][:3]}"
            by_rule[rule] += 1
            right[rule] += g["stance"].get(issue) == p["stance"][issue]
            golds.setdefault(rule, Counter())[(g["stance"].get(issue) or "-")[:3]] += 1
    for rule, n in by_rule.most_common():
        print(f"  {rule:32} {right[rule]:4}/{n:<4} {100 * right[rule] / n:5.1f}  gold "
              + " ".join(f"{k} {v}" for k, v in sorted(golds[rule].items())))


def dump(path: Path, gold: list[dict], pred: list[dict], where: list[tuple]) -> None:
    """Every scored claim as a JSONL line: id, offsets, cue, text, gold, prediction."""
    with open(path, "w", encoding="utf-8") as handle:
        for g, p, (doc_id, text, q) in zip(gold, pred, where):
            handle.write(json.dumps({"id": doc_id, "start": q["start"], "end": q["end"],
                                     "cue": q.get("cue"), "text": text[q["start"]:q["end"]],
                                     "gold": g, "pred": p}) + "\n")


def parser(model: str, cache: Path | None):
    """text -> Doc: the spaCy model (no components of ours), through the parse cache of
    scripts/fast_eval.py when `cache` is given."""
    import spacy

    nlp = spacy.load(model)
    if cache is None:
        return nlp
    sys.path.insert(0, str(ROOT / "scripts"))
    from fast_eval import CachedParses
    return CachedParses(nlp, cache)._parse


def _build_gold():
    spec = importlib.util.spec_from_file_location("build_gold", HERE / "build_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_docs(gold: Path, labels: Path | None, dev: Path) -> list[dict]:
    """The labelled documents: `labels` merged with the dev file, else the gold file."""
    if labels is None:
        return [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines()
                if line.strip()]
    build = _build_gold()
    docs, warnings = build.merge(build.read_jsonl(dev), build.read_jsonl(labels),
                                 build.issue_ids(HERE / "taxonomy.toml"))
    for warning in warnings:
        print("warning:", warning, file=sys.stderr)
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=Path("/work/devdata/unseen/gold.jsonl"))
    ap.add_argument("--labels", type=Path, default=None,
                    help="score this labels file (merged with --dev) instead of --gold")
    ap.add_argument("--check", action="store_true",
                    help="score the check portion (--labels labels_check.jsonl)")
    ap.add_argument("--dev", type=Path, default=Path("/work/devdata/polnear_dev.jsonl"))
    ap.add_argument("--config", type=Path, default=HERE / "config.toml")
    ap.add_argument("--cache", type=Path, default=None,
                    help="parse cache folder of scripts/fast_eval.py (/work/devdata/parse_cache)")
    ap.add_argument("--errors", action="store_true", help="print every disagreement")
    ap.add_argument("--rules", action="store_true", help="stance accuracy per deciding rule")
    ap.add_argument("--dump", type=Path, default=None, help="write every scored claim as JSONL "
                    "(it holds the gold text: keep it outside the repository)")
    args = ap.parse_args(argv)
    labels = args.labels
    if labels is not None or args.check:
        labels = _build_gold().labels_path(labels, args.check)

    config = load_config(args.config)
    taxonomy = load_taxonomy(config.rule_path(config.issues.taxonomy),
                             config.rule_path(config.issues.stance))
    docs = gold_docs(args.gold, labels, args.dev)
    gold, pred, where = predict(parser(config.model.name, args.cache), docs, taxonomy)
    report(gold, pred)
    if args.rules:
        rules(gold, pred)
    if args.dump:
        dump(args.dump, gold, pred, where)
    if args.errors:
        errors(gold, pred, where)
    return 0


if __name__ == "__main__":
    sys.exit(main())
