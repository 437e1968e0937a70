"""Ad-hoc measurement: segment + clean + dates on corpus/ against ../shared/seed-gold.

Run: .venv/bin/python tests/seed_measure.py  (prints a report; tests/test_segment.py has the
automated article checks).
"""
from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.articles.clean import clean_article, load_boilerplate  # noqa: E402
from pipeline.config import load_config  # noqa: E402
from pipeline.articles.dates import (Dated, SaidOnItem, find_said_on, inherit_said_on,  # noqa: E402
                                     resolve_published)
from pipeline.articles.ingest import list_corpus, read_source  # noqa: E402
from pipeline.articles.segment import segment  # noqa: E402

GOLD = ROOT.parent / "shared" / "seed-gold"   # ../shared beside the repo, as in CI
_SENT_END = re.compile(r"(?<=[.!?])[\"”’']?\s+(?=[\"“‘'A-Z])|\n")


def corpus_articles(cfg, rules, corpus: Path):
    out = []
    for rel, _ in list_corpus(corpus, cfg.ingest):
        sf = read_source(corpus, rel, cfg.ingest)
        index = 0
        for unit in sf.units:
            for raw in segment(unit, cfg.segment, index):
                index += 1
                art = clean_article(raw, rules)
                pub, flag = resolve_published(raw.dateline, raw.fields, cfg.dates, sf.mtime)
                out.append((rel, raw, art, pub, flag))
    return out


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    lo = 0
    for m in _SENT_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENT_END.search(text, end)
    hi = m.start() if m else len(text)
    para_end = text.find("\n", end)
    if para_end >= 0:
        hi = min(hi, para_end)
    return lo, hi


def main() -> int:
    cfg = load_config(ROOT / "configs" / "default.toml")
    rules = load_boilerplate(cfg.rule_path(cfg.clean.boilerplate))
    found = corpus_articles(cfg, rules, ROOT / "corpus")
    gold = [json.loads(line) for line in open(GOLD / "articles.jsonl", encoding="utf-8")]
    print(f"articles: found {len(found)}, gold {len(gold)}")
    ok = {"outlet": 0, "title": 0, "dateline": 0, "published": 0, "first_words": 0}
    by_key = {(rel, raw.article_index): (raw, art, pub) for rel, raw, art, pub, _ in found}
    for g in gold:
        raw, art, pub = by_key.get((g["file"], g["article_index"]), (None, None, None))
        if raw is None:
            print("  MISSING", g["file"], g["article_index"])
            continue
        checks = {
            "outlet": art.outlet == g["outlet"],
            "title": art.title == g["title"],
            "dateline": raw.dateline == g["dateline_raw"],
            "published": (pub.isoformat() if pub else None) == g["published"],
            "first_words": art.text.startswith(g["first_words"])
                           or " ".join(art.text.split()[:12]) == g["first_words"],
        }
        for k, v in checks.items():
            ok[k] += v
        bad = [k for k, v in checks.items() if not v]
        print(f"  {g['file'][:3]} #{g['article_index']}: outlet={art.outlet!r} dateline={raw.dateline!r} "
              f"published={pub} {'OK' if not bad else 'BAD ' + ','.join(bad)}")
    print("  per field:", {k: f"{v}/{len(gold)}" for k, v in ok.items()})

    # said_on
    pubs = {(g["file"], g["article_index"]): (date.fromisoformat(g["published"]) if g["published"] else None)
            for g in gold}
    claims = [json.loads(line) for line in open(GOLD / "claims.jsonl", encoding="utf-8")]
    texts = {c["file"]: (ROOT / "corpus" / c["file"]).read_text(encoding="utf-8") for c in claims}
    own = []
    for c in claims:
        text = texts[c["file"]]
        lo, hi = sentence_around(text, c["start"], c["end"])
        sent = text[lo:hi]
        cue_at = None
        if c["cue"]:
            hits = [m.start() for m in re.finditer(re.escape(c["cue"]), sent)]
            rel_end = c["end"] - lo
            if hits:
                cue_at = min(hits, key=lambda h: abs(h - rel_end))
        d_cue, raw_cue = find_said_on(sent, pubs[(c["file"], c["article_index"])], 2025, cue_at)
        d_plain, raw_plain = find_said_on(sent, pubs[(c["file"], c["article_index"])], 2025)
        own.append((c, sent, d_cue, raw_cue, d_plain, raw_plain))
    n = len(claims)
    exact = sum((d.isoformat() if d else None) == c["said_on"] for c, _, d, *_ in own)
    exact_plain = sum((d.isoformat() if d else None) == c["said_on"] for c, _, _, _, d, _ in own)
    dated = [o for o in own if o[0]["said_on"]]
    dated_ok = sum(bool(o[2]) and o[2].isoformat() == o[0]["said_on"] for o in dated)
    raw_ok = sum((o[3] or None) == o[0]["said_on_raw"] for o in own)
    print(f"said_on (claim sentence only, cue offset given): {exact}/{n} = {exact / n:.1%} exact "
          f"(incl. nulls); {dated_ok}/{len(dated)} of non-null dates; raw phrase equal {raw_ok}/{n}")
    print(f"said_on (no cue offset): {exact_plain}/{n} = {exact_plain / n:.1%}")
    # with inheritance (gold speakers, article order)
    ordered = sorted(own, key=lambda o: (o[0]["file"], o[0]["article_index"], o[0]["start"]))
    groups: dict = {}
    for o in ordered:
        groups.setdefault((o[0]["file"], o[0]["article_index"]), []).append(o)
    inh_ok = 0
    misses = []
    for items in groups.values():
        res = inherit_said_on(SaidOnItem(o[0]["speaker"], own=Dated(o[2], o[3])) for o in items)
        for o, (d, r, *_) in zip(items, res):
            good = (d.isoformat() if d else None) == o[0]["said_on"]
            inh_ok += good
            if not good:
                misses.append((o, d, r))
    print(f"said_on with inherit_said_on (same speaker as previous claim): {inh_ok}/{n} = {inh_ok / n:.1%}")
    for o, d, r in misses:
        c = o[0]
        print(f"   MISS {c['file'][:3]}#{c['article_index']} gold={c['said_on']} {c['said_on_raw']!r} "
              f"got={d} {r!r} | {o[1][:110]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
