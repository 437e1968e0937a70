"""Exact and near-duplicate detection for articles, and same-statement detection for claims.

Two steps, so the expensive part runs where the text is:

* `signature(text, cfg)` runs in the workers (or Dask partitions). It reduces an article to an
  `ArticleSignature`: a MinHash (datasketch, ``affine64`` scheme), the sha256 of the
  whitespace-normalised lowercase text, and the sorted 64-bit hashes of its word shingles.
  The signature is small and picklable, so only signatures travel to the reduce step.
* `cluster(items, cfg)` is the reduce step: ONE pass over the signatures in corpus order
  (files sorted by path, then article index). Exact copies join the first copy with the same
  text hash; everything else is queried against a `datasketch.MinHashLSH` index of the earlier
  articles (query, then insert), and every LSH candidate is confirmed by the exact Jaccard
  similarity of the two shingle sets (`cfg.jaccard_threshold`). A union-find keeps transitive
  clusters consistent; the canonical copy of a cluster is its earliest member. Cost is
  linear in the number of articles plus the number of LSH candidates (no all-pairs step).

Keys: `cluster` takes `(key, signature)` pairs where the key is any string unique to one
article occurrence, chosen by the caller (e.g. ``"source_file::article_index"``). Keys, not
article ids, because `article_id` is a hash of the cleaned text and two exact copies share it.
The result maps each key to `(cluster_key, duplicate_of_key)`: `cluster_key` is the key of the
cluster's canonical (earliest) member, `duplicate_of_key` is the same key or None for the
canonical member itself. The caller maps keys back to article ids.

Claims: `claim_duplicates(claims, cfg)` marks a claim as repeating the first claim, from an
earlier and different article, by the same speaker with similar quote content (see its
docstring for the exact rule).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import numpy as np
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.minhash import _fmix

from pipeline.config import DedupConfig

__all__ = [
    "ArticleSignature",
    "ClaimKey",
    "claim_duplicates",
    "cluster",
    "exact_hash",
    "jaccard",
    "normalize_words",
    "shingle_hashes",
    "shingles",
    "signature",
]

# Scheme of the MinHash permutations. affine64: 64-bit values (numpy uint64) and a bijective
# permutation step, so our 64-bit shingle hashes go in as they are (identity hash function).
_SCHEME = "affine64"

# Letters and digits; underscores and all punctuation separate words.
_WORD_RE = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------------------------
# Text normalisation and shingles


def normalize_words(text: str) -> list[str]:
    """The words of `text`, normalised: NFKC, accents stripped, casefolded, punctuation-free.

    "Lee Jae-myung’s" -> ["lee", "jae", "myung", "s"]; "Café" -> ["cafe"].
    """
    if not text:
        return []
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        # drop combining marks: each distinct non-ASCII character (the UTF-8 bytes without
        # the ASCII ones) looked up once, each mark found deleted by a str.replace
        for ch in set(decomposed.encode("utf-8", "surrogatepass").translate(None, _ASCII)
                      .decode("utf-8", "surrogatepass")):
            if unicodedata.combining(ch):
                decomposed = decomposed.replace(ch, "")
        text = unicodedata.normalize("NFC", decomposed)
    return _words(text.casefold())


_ASCII = bytes(range(128))
# bytes.translate table: ASCII characters that are no letter or digit -> space
_ASCII_SEPARATORS = bytes(c if c >= 128 or chr(c).isalnum() else 32 for c in range(256))


def _words(text: str) -> list[str]:
    """`_WORD_RE.findall(text)`, in about half the time: the ASCII separators become spaces
    in one bytes.translate, the text is split at whitespace (which the regex also skips), and
    only the pieces holding a non-ASCII character (a curly apostrophe, a letter outside
    ASCII) go through the regex.

    >>> _words("it’s a_b, 3rd-café")
    ['it', 's', 'a', 'b', '3rd', 'café']
    """
    pieces = text.encode("utf-8", "surrogatepass").translate(_ASCII_SEPARATORS).decode(
        "utf-8", "surrogatepass").split()
    if text.isascii():
        return pieces
    words: list[str] = []
    for piece in pieces:
        if piece.isascii():
            words.append(piece)
        else:
            words.extend(_WORD_RE.findall(piece))
    return words


def _shingle_strings(words: list[str], size: int) -> set[str]:
    if size < 1:
        raise ValueError(f"shingle size must be >= 1, got {size}")
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i:i + size]) for i in range(len(words) - size + 1)}


def shingles(text: str, size: int) -> set[bytes]:
    """The set of normalised word `size`-grams of `text`, as UTF-8 bytes.

    A text with fewer than `size` words gives one shingle of all its words; an empty (or
    punctuation-only) text gives the empty set.
    """
    return {s.encode("utf-8", "surrogatepass")
            for s in _shingle_strings(normalize_words(text), size)}


def _hash64(data: str) -> int:
    """A stable 64-bit hash (blake2b), the same in every process (unlike `hash()`)."""
    raw = data.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(raw, digest_size=8).digest(), "little")


# Version of the shingle hashing below: part of the key under which signatures are cached, so
# signatures made by an earlier hashing (v1: one blake2b digest per shingle string) are never
# clustered with these.
SHINGLE_HASH_VERSION = "2"

_WORD_HASHES: dict[str, int] = {}     # word -> _hash64: news repeats its words


def shingle_hashes(text: str, size: int) -> np.ndarray:
    """Sorted, unique 64-bit hashes of the shingles of `text` (numpy uint64).

    One shingle, one hash: the shingles are the sets of `shingles`, each hashed from its
    words' hashes (`_combine`), so two texts share a hash where they share a shingle.
    """
    if size < 1:
        raise ValueError(f"shingle size must be >= 1, got {size}")
    words = normalize_words(text)
    if not words:
        return np.empty(0, dtype=np.uint64)
    return np.unique(_combine(_word_codes(words), size))   # sorted, unique


def _word_codes(words: list[str]) -> np.ndarray:
    """The stable 64-bit hash (`_hash64`) of each word, looked up once per distinct word."""
    known = _WORD_HASHES
    if len(known) > 250_000:              # ~30 MB: a news vocabulary fits
        known.clear()
    for word in set(words).difference(known):
        known[word] = _hash64(word)
    return np.fromiter(map(known.__getitem__, words), dtype=np.uint64, count=len(words))


@lru_cache(maxsize=8)
def _position_keys(size: int) -> np.ndarray:
    """One fixed odd 64-bit multiplier per word position in a shingle (from blake2b)."""
    return np.array([_hash64(f"shingle position {j}") | 1 for j in range(size)],
                    dtype=np.uint64)


def _combine(codes: np.ndarray, size: int) -> np.ndarray:
    """The hash of each `size`-word window of the word hashes `codes` (all of them in one
    window when there are no more than `size`): the sum of code x position key (mod 2**64),
    then the splitmix64 finaliser, vectorised. Order matters: "a b" and "b a" differ."""
    keys = _position_keys(size)
    width = min(size, codes.size)
    n = codes.size - width + 1
    acc = codes[:n] * keys[0]
    for j in range(1, width):
        acc += codes[j:j + n] * keys[j]
    acc ^= acc >> np.uint64(30)
    acc *= np.uint64(0xBF58476D1CE4E5B9)
    acc ^= acc >> np.uint64(27)
    acc *= np.uint64(0x94D049BB133111EB)
    acc ^= acc >> np.uint64(31)
    return acc


def exact_hash(text: str) -> str:
    """sha256 hex of the lowercase text with runs of whitespace collapsed to one space."""
    normal = " ".join(text.lower().split())
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique uint64 hash arrays (0.0 if both empty)."""
    if a.size == 0 or b.size == 0:
        return 0.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


# --------------------------------------------------------------------------------------------
# Article signatures (computed in the workers)


@dataclass(frozen=True, eq=False)
class ArticleSignature:
    """What the clustering step needs to know about one article; small and picklable.

    `hashvalues`: the MinHash (uint64, one value per permutation, datasketch affine64 scheme).
    `exact`: sha256 of the whitespace-normalised lowercase text (exact-copy detection).
    `shingles`: the sorted unique 64-bit hashes of the word shingles (uint64), used to confirm
    LSH candidates by exact Jaccard. A sorted array instead of a frozenset of ints: 8 bytes a
    shingle instead of about 90 (int objects plus set slots), which is what keeps the reduce
    step of a large corpus in memory; the set view is `shingle_set`.
    """

    hashvalues: np.ndarray
    exact: str
    shingles: np.ndarray

    @property
    def shingle_set(self) -> frozenset[int]:
        return frozenset(int(v) for v in self.shingles)

    @property
    def empty(self) -> bool:
        """True when the text has no words (it can only be an exact copy of another)."""
        return self.shingles.size == 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleSignature):
            return NotImplemented
        return (self.exact == other.exact
                and np.array_equal(self.hashvalues, other.hashvalues)
                and np.array_equal(self.shingles, other.shingles))

    __hash__ = None  # type: ignore[assignment]  # holds arrays: not hashable


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> np.ndarray:
    """The permutation parameters for (num_perm, seed), computed once per process."""
    return MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME).permutations


def _minhash_values(hashes: np.ndarray, num_perm: int, seed: int) -> np.ndarray:
    """The hash values of the datasketch MinHash (affine64) of the 64-bit values `hashes`.

    What `MinHash(..., hashfunc=identity).update_batch(hashes.tolist()).hashvalues` gives
    (tests/test_dedup.py checks it), without a Python call per value: datasketch's MurmurHash3
    pre-mix (`_fmix`) of each value, then min over values of a_k * h + b_k (mod 2**64).
    """
    if hashes.size == 0:
        return MinHash(num_perm=num_perm, seed=seed, scheme=_SCHEME,
                       permutations=_permutations(num_perm, seed)).hashvalues
    a, b = _permutations(num_perm, seed)
    mixed = _fmix(hashes.reshape(-1, 1), 64)
    return (mixed * a + b).min(axis=0)


def signature(text: str, cfg: DedupConfig) -> ArticleSignature:
    """The dedup signature of one article's cleaned text (run this in the workers)."""
    if not isinstance(text, str):
        raise TypeError(f"signature() needs the article text as str, got {type(text).__name__}")
    hashes = shingle_hashes(text, cfg.shingle_size)
    return ArticleSignature(hashvalues=_minhash_values(hashes, cfg.num_perm, cfg.seed),
                            exact=exact_hash(text), shingles=hashes)


def signatures(texts: Iterable[str], cfg: DedupConfig) -> list[ArticleSignature]:
    """`signature` for many texts (one worker task's batch)."""
    return [signature(text, cfg) for text in texts]


# --------------------------------------------------------------------------------------------
# Clustering (the reduce step)


class _UnionFind:
    """Union-find over 0..n-1 whose root is always the smallest index of its set."""

    def __init__(self) -> None:
        self.parent: list[int] = []

    def add(self) -> int:
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]   # path halving
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> int:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        if rb < ra:
            ra, rb = rb, ra
        self.parent[rb] = ra
        return ra


def cluster(items: Iterable[tuple[str, ArticleSignature]], cfg: DedupConfig,
            stats: dict[str, int] | None = None) -> dict[str, tuple[str, str | None]]:
    """Cluster articles into exact and near-duplicate groups in one pass.

    `items`: (key, signature) in corpus order; `key` is unique per article occurrence (e.g.
    "source_file::article_index"). Returns {key: (cluster_key, duplicate_of_key or None)},
    where cluster_key is the key of the cluster's first member in input order, and
    duplicate_of_key is that same key for every other member, None for the first.

    `stats`, when given, receives counters: articles, exact (exact copies), candidates (LSH
    candidates checked by exact Jaccard), near (near duplicates confirmed), clusters.

    Raises ValueError on a repeated key or a signature made with another num_perm.
    """
    clustering = _Clustering(cfg)
    for key, sig in items:
        clustering.add(key, sig)
    result = clustering.clusters()
    if stats is not None:
        stats.update(clustering.stats(), clusters=sum(dup is None for _, dup in result.values()))
    return result


class _Clustering:
    """The state of `cluster`'s one pass: a union-find over the articles seen, the first of
    each exact text, and an LSH index (with the shingle hashes) of the first copies."""

    def __init__(self, cfg: DedupConfig):
        self.cfg = cfg
        self.uf = _UnionFind()
        self.keys: list[str] = []
        self.index: dict[str, int] = {}
        self.first_exact: dict[str, int] = {}
        self.stored: dict[int, np.ndarray] = {}   # shingle hashes of the articles in the LSH
        self.lsh = MinHashLSH(threshold=cfg.lsh_threshold, num_perm=cfg.num_perm)
        self.n_exact = self.n_candidates = self.n_near = 0

    def _check(self, key: str, sig: ArticleSignature) -> None:
        if key in self.index:
            raise ValueError(f"dedup key {key!r} occurs twice; keys must be unique per article")
        if len(sig.hashvalues) != self.cfg.num_perm:
            raise ValueError(f"signature of {key!r} has {len(sig.hashvalues)} MinHash values, "
                             f"config says num_perm={self.cfg.num_perm}; recompute the "
                             "signatures")

    def add(self, key: str, sig: ArticleSignature) -> None:
        """One article, in corpus order: joins an exact copy, else its near duplicates."""
        self._check(key, sig)
        i = self.uf.add()
        self.keys.append(key)
        self.index[key] = i
        earlier = self.first_exact.get(sig.exact)
        if earlier is not None:              # an exact copy: same cluster, nothing to index
            self.uf.union(earlier, i)
            self.n_exact += 1
            return
        self.first_exact[sig.exact] = i
        if not sig.empty:                    # no words: only exact copies can join it
            self._join_near(i, sig)

    def _join_near(self, i: int, sig: ArticleSignature) -> None:
        """Join article `i` to the indexed articles whose shingles it shares enough of (LSH
        candidates checked by exact Jaccard), then index it."""
        uf = self.uf
        mh = LeanMinHash(seed=self.cfg.seed, hashvalues=sig.hashvalues, scheme=_SCHEME)
        for j in sorted(self.lsh.query(mh)):
            if uf.find(j) == uf.find(i):
                continue                     # already joined through another member
            self.n_candidates += 1
            if jaccard(self.stored[j], sig.shingles) >= self.cfg.jaccard_threshold:
                if uf.find(i) == i:
                    self.n_near += 1
                uf.union(j, i)
        self.lsh.insert(i, mh, check_duplication=False)
        self.stored[i] = sig.shingles

    def clusters(self) -> dict[str, tuple[str, str | None]]:
        result: dict[str, tuple[str, str | None]] = {}
        for i, key in enumerate(self.keys):
            root = self.uf.find(i)
            result[key] = (self.keys[root], None if root == i else self.keys[root])
        return result

    def stats(self) -> dict[str, int]:
        return {"articles": len(self.keys), "exact": self.n_exact,
                "candidates": self.n_candidates, "near": self.n_near}


# --------------------------------------------------------------------------------------------
# Claim-level duplicates


@dataclass(frozen=True)
class ClaimKey:
    """What claim deduplication needs to know about one claim.

    `article`: key of the article occurrence the claim comes from (any string; claims of one
    article must be contiguous in the input). `speaker`: the canonical speaker string (a name,
    an organisation, a document, or the descriptor of an anonymous source).
    `speaker_type`: person | organization | anonymous | document | unknown.
    """

    claim_id: str
    article: str
    speaker: str
    quote: str
    speaker_type: str = "person"


_UNNAMED = frozenset({"anonymous", "unknown"})


_GRAM_HASHES: dict[str, int] = {}     # bigram -> _hash64: news repeats its bigrams


def _quote_grams(words: list[str]) -> frozenset[int]:
    """Word bigram hashes of a quote (a one-word quote gives its one word)."""
    known = _GRAM_HASHES
    if len(known) > 1_000_000:
        known.clear()
    out = set()
    for s in _shingle_strings(words, 2):
        h = known.get(s)
        if h is None:
            h = known[s] = _hash64(s)
        out.add(h)
    return frozenset(out)


def _containment(a: frozenset[int], b: frozenset[int]) -> float:
    """Share of the smaller set found in the larger (1.0 when one quote lies inside the other)."""
    if not a or not b:
        return 0.0
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return len(small & large) / len(small)


def _same_speaker(a: frozenset[str], b: frozenset[str]) -> bool:
    """Name tokens of one speaker all found in the other's ("Trump" / "Donald J. Trump")."""
    return bool(a) and bool(b) and (a <= b or b <= a)


def claim_duplicates(claims: Iterable[ClaimKey], cfg: DedupConfig) -> dict[str, str]:
    """Mark claims that repeat a statement carried by an earlier, different article.

    `claims` in corpus order. Returns {claim_id: claim_id of the first earlier claim with the
    same statement}; claims not in the result are first occurrences. A claim_id seen before
    is skipped (it is the same claim).

    Same statement, all of:
    * a different, earlier article (claims of one article never mark each other: a
      paraphrase and a quote of one utterance in one article are both kept);
    * the same speaker: the normalised name tokens of one speaker string are all among the
      other's ("Rubio" / "Marco Rubio", "White House" / "the White House"); speakers with no
      name tokens never match;
    * similar content: the share of the shorter quote's word bigrams found in the longer
      quote is >= `cfg.claim_similarity` (so a quote fragment reused inside a longer quote
      counts; a paraphrase counts only as far as its wording overlaps);
    * if either speaker is anonymous or unknown, the descriptor ("a senior official") does not
      identify a person, so the quote must be near-verbatim: similarity >=
      `cfg.claim_similarity_unnamed`.

    A match to a claim that is itself a repeat points to that claim's first occurrence.
    Sub-quadratic: earlier statements (claims with the same speaker tokens and quote
    bigrams) are indexed by (speaker token, quote bigram); only statements sharing both with
    the new claim are compared, once each, however many articles carried them.
    """
    index = _StatementIndex(cfg)
    result: dict[str, str] = {}
    seen: set[str] = set()
    for claim in claims:
        if claim.claim_id in seen:           # the same claim again: nothing new to compare
            continue
        seen.add(claim.claim_id)
        first = index.add(claim)
        if first is not None:
            result[claim.claim_id] = first
    return result


class _StatementIndex:
    """The claims `claim_duplicates` has seen, in order, grouped into statements: claims of
    the same speaker tokens, quote bigrams and namedness, which match the same earlier claims
    but for their article (a quote carried by many articles is one statement with many
    claims). Postings (speaker token, bigram) -> statements find the candidates; speaker and
    content are compared once per statement, the article and first occurrence per claim.

    Statement keys share one token set per speaker string and one bigram set per quote (a
    repeated quote is normalised and hashed once per call)."""

    def __init__(self, cfg: DedupConfig):
        self.cfg = cfg
        self.ids: list[str] = []
        self.articles: list[str] = []
        self.first_of: list[int] = []
        self.statement_of: dict[tuple[frozenset[str], frozenset[int], bool], int] = {}
        self.statements: list[tuple[frozenset[str], frozenset[int], bool]] = []
        self.claims: list[list[int]] = []             # per statement, its claims in order
        self.postings: dict[tuple[str, int], list[int]] = {}
        self._tokens: dict[str, frozenset[str]] = {}   # speaker string -> name tokens
        self._grams: dict[str, frozenset[int]] = {}    # quote -> bigram hashes

    def _features(self, claim: ClaimKey) -> tuple[frozenset[str], frozenset[int], bool]:
        speaker, quote = claim.speaker or "", claim.quote or ""
        s_tokens = self._tokens.get(speaker)
        if s_tokens is None:
            s_tokens = self._tokens[speaker] = frozenset(normalize_words(speaker))
        q_grams = self._grams.get(quote)
        if q_grams is None:
            q_grams = self._grams[quote] = _quote_grams(normalize_words(quote))
        return s_tokens, q_grams, claim.speaker_type in _UNNAMED

    def add(self, claim: ClaimKey) -> str | None:
        """Index a claim; the claim_id of the first occurrence of its statement, if earlier."""
        i = len(self.ids)
        key = self._features(claim)
        best = self._first_match(claim.article, *key)
        self.ids.append(claim.claim_id)
        self.articles.append(claim.article)
        self.first_of.append(i if best is None else best)
        k = self.statement_of.get(key)
        if k is None:
            k = self.statement_of[key] = len(self.statements)
            self.statements.append(key)
            self.claims.append([])
            s_tokens, q_grams, _ = key
            for token in s_tokens:
                for gram in q_grams:
                    self.postings.setdefault((token, gram), []).append(k)
        self.claims[k].append(i)
        return None if best is None else self.ids[best]

    def _candidates(self, s_tokens: frozenset[str], q_grams: frozenset[int]) -> set[int]:
        """Earlier statements sharing a speaker token and a quote bigram."""
        found: set[int] = set()
        postings = self.postings
        for token in s_tokens:
            for gram in q_grams:
                hits = postings.get((token, gram))
                if hits:
                    found.update(hits)
        return found

    def _first_match(self, article: str, s_tokens: frozenset[str], q_grams: frozenset[int],
                     is_unnamed: bool) -> int | None:
        """The earliest first occurrence among the earlier claims of other articles with the
        same speaker and similar enough content, or None."""
        if not (s_tokens and q_grams):
            return None
        best: int | None = None
        first_of, articles = self.first_of, self.articles
        for k in self._candidates(s_tokens, q_grams):
            speakers, grams, unnamed = self.statements[k]
            if not _same_speaker(s_tokens, speakers):
                continue
            need = (self.cfg.claim_similarity_unnamed if is_unnamed or unnamed
                    else self.cfg.claim_similarity)
            if _containment(q_grams, grams) < need:
                continue
            for j in self.claims[k]:
                if (best is not None and first_of[j] >= best) or articles[j] == article:
                    continue                     # its root is first_of[j] or j: no earlier
                root = first_of[j]
                if articles[root] == article:    # input not grouped by article
                    root = j
                if best is None or root < best:
                    best = root
        return best
