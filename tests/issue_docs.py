"""Hand-built Docs for the issue-context tests (no model): a first sentence naming the transit
levy, a second sentence holding the claim, and the one-issue taxonomy they are read under.
A sentence is a tuple (words, POS, tags, heads within the sentence, deps)."""
from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

VOCAB = Vocab()
TRANSIT = '''
[[issue]]
id = "transit"
label = "Transit levy"
proposition = "The city should fund buses with a transit levy."
terms = ["transit levy"]
'''


#: the clinic-funding issue the hand-built stance negation tests read their Docs under
CLINICS = '''
[[issue]]
id = "clinic_funds"
label = "Clinic funding"
proposition = "Women's health clinics should keep their federal funds."
terms = ["health clinic|health clinics", "planned parenthood"]
'''


def parsed_doc(words, heads, deps, pos, lemmas, vocab: Vocab = VOCAB) -> Doc:
    """A hand-built parsed Doc (absolute heads, no model): parsed_doc(["it", "works"], [1, 1],
    ["nsubj", "ROOT"], ["PRON", "VERB"], ["it", "work"])."""
    return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def load_toml_taxonomy(tmp_path_factory, name: str, toml_text: str = TRANSIT):
    """A test file's taxonomy (TOML text) written to a temporary issues.toml and loaded."""
    from pipeline.issues.taxonomy import load_taxonomy

    path: Path = tmp_path_factory.mktemp(name) / "issues.toml"
    path.write_text(toml_text, encoding="utf-8")
    return load_taxonomy(path)


def naming_sentence(verb: str = "backs") -> tuple:
    """'The city <verb> a transit levy .': the sentence that names the issue."""
    return (["The", "city", verb, "a", "transit", "levy", "."],
            ["DET", "NOUN", "VERB", "DET", "NOUN", "NOUN", "PUNCT"],
            ["DT", "NN", "VBZ", "DT", "NN", "NN", "."],
            [1, 2, 2, 5, 5, 2, 2],
            ["det", "nsubj", "ROOT", "det", "compound", "dobj", "punct"])


def two_sentences(first: tuple, second: tuple) -> tuple[Doc, int, int]:
    """The Doc of two parsed sentences and the char span of the second one's claim (from its
    third word to the word before the full stop)."""
    n = len(first[0])
    doc = Doc(VOCAB, words=first[0] + second[0], pos=first[1] + second[1],
              tags=first[2] + second[2], heads=first[3] + [h + n for h in second[3]],
              deps=first[4] + second[4])
    last = doc[n + len(second[0]) - 2]
    return doc, doc[n + 2].idx, last.idx + len(last.text)


def context_evidence(results) -> list[tuple[str, str]]:
    """(issue, the evidence's issue part) of each result of `classify`."""
    return [(r.issue, r.evidence.split("| issue:")[1]) for r in results]
