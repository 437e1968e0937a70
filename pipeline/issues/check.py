"""`claims issues check`: how a taxonomy fares on a corpus, for the people who write it.

Per issue: how many claims it tags, which of its terms never match any claim (in any form the
detector matches: as written, gapped, or paraphrased with a preposition), and the most frequent
phrases around its words in claims it does not tag (candidate terms to add; not a phrase another
issue's term matches, nor a word and a stop word).

    report = check_corpus(Path("corpus"), load_config(None))
    print(format_check(report))
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from pipeline.issues.taxonomy import Issue, load_taxonomy
from pipeline.issues.terms import (TermProgram, compile_term, expand_pattern, signal_forms,
                                   stem, term_keys)

#: words never used as the centre of a candidate phrase
_STOP = frozenset("""a an the of to in on for and or but with by at from as is are was were be
been it its this that these those he she they we i you his her their our not no""".split())


@dataclass
class IssueCheck:
    id: str
    tagged: int = 0
    unmatched_terms: list[str] = field(default_factory=list)
    candidates: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class TaxonomyCheck:
    taxonomy: str
    claims: int
    issues: list[IssueCheck]


def check_claims(quotes: Sequence[str], tags: Sequence[set[str]], issues: Sequence[Issue],
                 tokenize: Callable[[str], list[str]], top: int = 5,
                 prepositions: Sequence[str] = ()) -> list[IssueCheck]:
    """The per-issue report over claims: their texts, the issue ids each was tagged with.
    A term counts as matched when any form the detector looks for matches: the term as
    written, its gapped form, or its paraphrase with one of `prepositions` (configs/terms.toml
    [compounds]; pipeline.issues.terms.signal_forms, as the detector reads them).

    >>> tok = str.split
    >>> [c.unmatched_terms for c in check_claims(["raise the wage", "a tax on carbon"], [set()] * 2,
    ...     [Issue("w", "W", "p", terms=("minimum wage", "wage", "carbon tax"))], tok,
    ...     prepositions=["on"])]
    [['minimum wage']]
    """
    words = [tokenize(q) for q in quotes]
    keys = [[stem(w) for w in ws] for ws in words]
    out = []
    for issue in issues:
        row = IssueCheck(issue.id, tagged=sum(issue.id in t for t in tags))
        for term in issue.terms:
            program = TermProgram([(term, p) for f in signal_forms([term], prepositions) for p in
                                   expand_pattern(compile_term(f, use_pos=False))])
            if not any(program.run(k, w, None) for k, w in zip(keys, words)):
                row.unmatched_terms.append(term)
        row.candidates = _candidates(issue, words, keys, tags, top,
                                     _signals(issues, issue, prepositions))
        out.append(row)
    return out


def _signals(issues: Sequence[Issue], issue: Issue, prepositions: Sequence[str]) -> TermProgram:
    """The terms of every other issue, in every form the detector matches (no POS): a phrase
    one of them matches signals that issue already, and is no candidate for this one."""
    return TermProgram([(other.id, p) for other in issues if other.id != issue.id
                        for f in signal_forms(other.terms, prepositions)
                        for p in expand_pattern(compile_term(f, use_pos=False))])


def _candidates(issue: Issue, words: list[list[str]], keys: list[list[str]],
                tags: Sequence[set[str]], top: int,
                others: TermProgram | None = None) -> list[tuple[str, int]]:
    """Most frequent two- and three-word phrases around a word of the issue's terms, in claims
    the issue does not tag. A word with a capital letter (a name's) matches that spelling only:
    "State" of "Islamic State" is not the "state" of "the state budget" nor "States" of "the
    United States". A phrase that overlaps a match of `others` (the other issues' terms:
    "Wall Street" near the word "wall" of a border-wall issue) is left out, and so is one whose
    other words are all stop words ("the wall", "people are": nothing to add)."""
    centre: set[str] = set()
    names: set[str] = set()
    for term in issue.terms:
        for word in term.split():
            for alt in word.split("/")[0].split("|"):
                if alt == "*" or alt.lower() in _STOP:
                    continue
                if any(c.isupper() for c in alt):
                    names.add(alt)
                else:
                    centre.update(term_keys(alt))
    counts: Counter[str] = Counter()
    for ws, ks, t in zip(words, keys, tags):
        if issue.id in t:
            continue
        taken = [(a, b) for _, a, b in others.run(ks, ws, None)] if others is not None else []
        for i, k in enumerate(ks):
            if k not in centre and ws[i] not in names:
                continue
            for lo, hi in ((i - 1, i + 1), (i, i + 2), (i - 1, i + 2)):
                if (lo >= 0 and hi <= len(ws) and all(w.isalnum() for w in ws[lo:hi])
                        and any(w.lower() not in _STOP for j, w in enumerate(ws[lo:hi], lo)
                                if j != i)
                        and not any(a < hi and lo < b for a, b in taken)):
                    counts[" ".join(w.lower() for w in ws[lo:hi])] += 1
    return counts.most_common(top)


def check_corpus(corpus: Path, config, nlp=None, top: int = 5) -> TaxonomyCheck:
    """Run the per-file stages over every file of `corpus` and check the taxonomy of `config`."""
    import spacy

    from pipeline.articles.ingest import list_corpus, read_source
    from pipeline.engine.partition import extract_source
    from pipeline.records import FILE_OK

    taxonomy = load_taxonomy(config.rule_path(config.issues.taxonomy),
                             config.rule_path(config.issues.stance))
    quotes: list[str] = []
    tags: list[set[str]] = []
    for rel, _ in list_corpus(corpus, config.ingest):
        source = read_source(corpus, rel, config.ingest)
        if source.status != FILE_OK:
            continue
        for _, claims in extract_source(source, config, nlp):
            for claim in claims:
                quotes.append(claim.quote)
                tags.append({i.issue for i in claim.issues})
    tokenizer = spacy.blank("en").tokenizer
    rows = check_claims(quotes, tags, taxonomy.issues,
                        lambda text: [t.text for t in tokenizer(text)], top,
                        taxonomy.prepositions)
    return TaxonomyCheck(taxonomy.path, len(quotes), rows)


def format_check(report: TaxonomyCheck) -> str:
    lines = [f"taxonomy {report.taxonomy}: {report.claims} claims"]
    for row in report.issues:
        lines.append(f"{row.id}: tags {row.tagged} claims")
        lines.append("  terms that never match: " +
                     (", ".join(repr(t) for t in row.unmatched_terms) or "none"))
        lines.append("  near its words in untagged claims: " +
                     (", ".join(f"{p!r} ({n})" for p, n in row.candidates) or "none"))
    return "\n".join(lines)
