"""Dates: the article's published date (from metadata or the page's dateline) and the date a
statement was made (`said_on`, from the phrase near the reporting verb).

Month and weekday names come from `calendar` (English); the vague-phrase vocabulary and the
relative-day words ("yesterday") live in the [said_on] table of configs/dates.toml.
Everything is gated by precompiled regexes, so text without a date phrase costs one search.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pipeline.config import ConfigError, DatesConfig, RuleModel, default_config_dir, load_rules
from pipeline.regex_gate import gated, opens_with_word_char

# --------------------------------------------------------------------------- vocabulary

_MONTH_NUMBERS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTH_NUMBERS[calendar.month_name[_i].casefold()] = _i
    _MONTH_NUMBERS[calendar.month_abbr[_i].casefold()] = _i
_MONTH_NUMBERS["sept"] = 9
_WEEKDAY_NUMBERS = {calendar.day_name[_i].casefold(): _i for _i in range(7)}

_MONTH_ALT = "|".join(sorted({calendar.month_name[i] for i in range(1, 13)}
                             | {calendar.month_abbr[i] for i in range(1, 13)} | {"Sept"},
                             key=len, reverse=True))
_WEEKDAY_ALT = "|".join(calendar.day_name)

# --------------------------------------------------------------------------- published

_NUMERIC_DATE_RE = re.compile(r"(?<![\d])(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})(?![\d])")
_RELATIVE_RE = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|hours?|days?|weeks?|months?|y(?:ea)?rs?)\s+ago\b"
    r"|\b(?:just now|yesterday|today|last (?:night|week|month|year))\b",
    re.IGNORECASE)
_MONTH_DATE_RE = re.compile(rf"\b(?:{_MONTH_ALT})\b\.?\s*\d|\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\b",
                            re.IGNORECASE)
_YEAR_RE = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
_PREFIX_RE = re.compile(r"^\s*(?:(?:last\s+)?updated|published|posted|first published|date)\s*(?:on|at)?\s*[:|-]?\s*",
                        re.IGNORECASE)
_ISO_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")


def _zone(cfg: DatesConfig) -> ZoneInfo:
    try:
        return ZoneInfo(cfg.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"dates.timezone is not a known time zone: {cfg.timezone!r}") from None


def reference_datetime(cfg: DatesConfig, mtime: float | None = None) -> datetime | None:
    """The time relative datelines are resolved against (in cfg.timezone), or None.

    Raises ConfigError for a malformed `dates.reference_time` (call once at start-up to check).
    """
    value = cfg.reference_time
    if value is None or not str(value).strip():
        return None
    tz = _zone(cfg)
    if value.strip().lower() == "mtime":
        if not mtime:
            return None
        return datetime.fromtimestamp(mtime, tz)
    try:
        ref = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ConfigError("dates.reference_time must be an ISO date/time or \"mtime\", "
                          f"got {value!r}") from None
    if ref.tzinfo is None:
        return ref.replace(tzinfo=tz)
    return ref.astimezone(tz)


def _dateparser_settings(cfg: DatesConfig, base: datetime | None) -> dict:
    settings = {"DATE_ORDER": cfg.date_order, "PREFER_DATES_FROM": "past",
                "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base.replace(tzinfo=None)
    return settings


def _dateparse(text: str, cfg: DatesConfig, base: datetime | None,
               languages: list[str] | None = None) -> datetime | None:
    import dateparser  # imported lazily: only datelines that pass the gates pay for it
    try:
        return dateparser.parse(text, languages=languages, settings=_dateparser_settings(cfg, base))
    except Exception:  # noqa: BLE001 - a parser crash on odd input is "unparsed", not fatal
        return None


def _full_year(y: int, ref: datetime | None) -> int:
    if y >= 100:
        return y
    century = 2000 if y <= ((ref.year % 100) + 1 if ref else 69) else 1900
    return century + y


def _numeric(m: re.Match[str], cfg: DatesConfig, ref: datetime | None) -> tuple[date | None, str | None]:
    a, b, c = m.group(1), m.group(3), m.group(4)
    flag = None
    if len(a) == 4:                                  # 2025-07-31: unambiguous
        y, mo, d = int(a), int(b), int(c)
        candidates = [(y, mo, d)]
    elif len(a) <= 2 and len(c) in (2, 4):
        y = _full_year(int(c), ref)
        if cfg.date_order == "MDY":
            candidates = [(y, int(a), int(b)), (y, int(b), int(a))]
        elif cfg.date_order == "YMD":                # short year first: 25-07-31
            candidates = [(_full_year(int(a), ref), int(b), int(c))]
        else:
            candidates = [(y, int(b), int(a)), (y, int(a), int(b))]
        first = candidates[0]
        if len(candidates) > 1 and first[1] <= 12 and first[2] <= 12 and first[1] != first[2]:
            flag = "ambiguous-day-month"
    else:
        return None, "dateline-unparsed"
    for k, (y, mo, d) in enumerate(candidates):
        try:
            return date(y, mo, d), (flag if k == 0 else "date-order-mismatch")
        except ValueError:
            continue
    return None, "dateline-unparsed"


def parse_published_value(value: str, cfg: DatesConfig) -> date | None:
    """A metadata date value (ISO, or anything dateparser reads, any language)."""
    m = _ISO_DATE_RE.match(value)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    parsed = _dateparse(value.strip(), cfg, None)
    return parsed.date() if parsed else None


class DatelineDate(NamedTuple):
    """What a dateline gives: a date (or None), a flag, and how it was read."""

    date: date | None
    flag: str | None
    kind: str | None = None        # "absolute" | "relative" | "yearless" (year from elsewhere)


def read_dateline(dateline: str | None, cfg: DatesConfig, mtime: float | None = None
                  ) -> DatelineDate:
    """A page dateline -> DatelineDate. Numeric dates follow cfg.date_order (flag
    "ambiguous-day-month" when day and month could swap, "date-order-mismatch" when only the
    other order is valid); month-name dates go to dateparser; relative ones ("22 minutes
    ago", "yesterday") and month-days without a year resolve against cfg.reference_time
    (or cfg.default_year), else (None, "relative-unresolved" / "year-unknown").
    Non-dates ("5 Min Read") -> (None, None)."""
    if not dateline or not dateline.strip():
        return DatelineDate(None, None)
    text = _PREFIX_RE.sub("", dateline.strip())
    m = _NUMERIC_DATE_RE.search(text)
    if m:
        return DatelineDate(*_numeric(m, cfg, reference_datetime(cfg, mtime)), "absolute")
    if _RELATIVE_RE.search(text):
        ref = reference_datetime(cfg, mtime)
        if ref is None:
            return DatelineDate(None, "relative-unresolved")
        parsed = _dateparse(text, cfg, ref, ["en"])
        return DatelineDate(parsed.date() if parsed else None,
                            None if parsed else "relative-unresolved", "relative")
    if _MONTH_DATE_RE.search(text):
        ref = reference_datetime(cfg, mtime)
        kind = "absolute" if _YEAR_RE.search(text) else "yearless"
        if kind == "yearless" and ref is None:
            if cfg.default_year is None:
                return DatelineDate(None, "year-unknown")
            ref, kind = datetime(cfg.default_year, 12, 31, 23, 59), "default-year"
        parsed = _dateparse(text, cfg, ref, ["en"])
        return DatelineDate(parsed.date() if parsed else None,
                            None if parsed else "dateline-unparsed", kind)
    return DatelineDate(None, None)


def _reference_source(cfg: DatesConfig, kind: str | None) -> str:
    if kind == "default-year":
        return kind
    return "mtime" if (cfg.reference_time or "").strip().lower() == "mtime" else "reference-time"


def resolve_published(dateline: str | None, fields: Mapping[str, str], cfg: DatesConfig,
                      mtime: float | None = None, file_date: date | None = None
                      ) -> tuple[date | None, str | None]:
    """The article date and where it came from: (date | None, date_flag).

    In order: the record's "published" field ("record": a JSON record's date field or the
    HTML page's metadata); an absolute dateline in the text ("text", or "text:" + a caveat
    such as "ambiguous-day-month"); the date in the file name ("file-name"); a relative or
    yearless dateline resolved against the reference time ("reference-time", "mtime",
    "default-year"). No date: (None, why) with why "record-unparsed", "relative-unresolved",
    "year-unknown", "dateline-unparsed" or None. Raises ConfigError only for a malformed
    reference_time/timezone setting.
    """
    bad_field = None
    value = (fields or {}).get("published")
    if isinstance(value, str) and value.strip():
        parsed = parse_published_value(value, cfg)
        if parsed is not None:
            return parsed, "record"
        bad_field = "record-unparsed"
    found = read_dateline(dateline, cfg, mtime)
    if found.date is not None and found.kind == "absolute":
        return found.date, "text" + (f":{found.flag}" if found.flag else "")
    if file_date is not None:
        return file_date, "file-name"
    if found.date is not None:
        return found.date, _reference_source(cfg, found.kind)
    return None, bad_field or found.flag


def file_name_date(path: str, patterns: Iterable[re.Pattern[str]]) -> date | None:
    """The first valid date a pattern finds in the file name (not its folders):
    "breitbart_2015-11-19_slug.txt" -> 2015-11-19."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    for pattern in patterns:
        for m in pattern.finditer(name):
            try:
                return date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            except (ValueError, IndexError):
                continue
    return None


# --------------------------------------------------------------------------- said_on

@dataclass(frozen=True)
class DateRules:
    """Compiled date rules (configs/dates.toml): the statement-date phrase finder, the
    occasion nouns of a saying, the file-name date patterns."""

    finder: re.Pattern[str]
    relative_days: tuple[tuple[re.Pattern[str], int], ...] = ()
    # `finder` without its month-day and weekday alternatives: the same matches, cheaper,
    # in a sentence holding no month or weekday name (which those alternatives require)
    rest: re.Pattern[str] | None = None
    channel_nouns: frozenset[str] = frozenset()
    continuation_cues: frozenset[str] = frozenset()
    day_parts: frozenset[str] = frozenset()
    occasion_marks: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    file_name: tuple[re.Pattern[str], ...] = ()
    corpus_year_days: int = 183


# a month or weekday name (case as the month-day and weekday alternatives of the finder need)
_NAMED_DAY_RE = re.compile(f"{_MONTH_ALT}|{_WEEKDAY_ALT}")


def finder_for(text: str, rules: DateRules) -> re.Pattern[str]:
    """The finder to run over `text`: `rules.rest` (the same matches, about half the time)
    when the text names no month or weekday, which the other alternatives require."""
    if rules.rest is not None and not _NAMED_DAY_RE.search(text):
        return rules.rest
    return rules.finder


_PREP = r"(?:on|since|from|until|by|as of|dated|through|published|posted|issued|released)"
_MD = (rf"(?:(?i:{_PREP})\s+)?(?:(?:{_WEEKDAY_ALT}),?\s+)?"
       rf"(?P<mon>{_MONTH_ALT})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<year>\d{{4}})\b)?")
_DM = (rf"(?:(?i:{_PREP})\s+)?(?:(?:{_WEEKDAY_ALT}),?\s+)?(?:the\s+)?"
       rf"(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH_ALT})\b\.?(?:,?\s+(?P<year2>\d{{4}})\b)?")
_WD = (rf"(?:(?P<wdprep>(?i:last|this past|{_PREP}|earlier on|late on|early on|this))\s+)?"
       rf"(?P<wd>{_WEEKDAY_ALT})\b")


class SaidOnTable(RuleModel):
    """[said_on] of configs/dates.toml."""

    vague: list[str] = []                     # vague phrases: said_on null, raw phrase kept
    channel_nouns: list[str] = []             # "in an interview last week": occasion nouns
    continuation_cues: list[str] = []         # "X added": the previous statement goes on
    day_parts: list[str] = []                 # "Tuesday night"
    occasion_marks: list[str] = []            # "as he spoke on Wednesday, X said"
    pronouns: list[str] = []                  # "On Tuesday, X met Y. He said ..."
    relative_days: dict[str, int] = {}        # phrase regex -> days before the article date
    corpus_year_days: int = 183               # undated article: a month-day's year from the run


class PublishedTable(RuleModel):
    """[published] of configs/dates.toml."""

    file_name: list[str] = []                 # regexes with groups y, m, d


class DatesFile(RuleModel):
    """Schema of configs/dates.toml."""

    published: PublishedTable = PublishedTable()
    said_on: SaidOnTable = SaidOnTable()


def _compile_file_name(patterns: list[str], where: str) -> tuple[re.Pattern[str], ...]:
    out = []
    for i, pattern in enumerate(patterns):
        try:
            compiled = re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{where}: [published.file_name[{i}]]: bad pattern: {exc}") from None
        if not {"y", "m", "d"} <= set(compiled.groupindex):
            raise ConfigError(f"{where}: [published.file_name[{i}]]: needs groups y, m and d")
        out.append(compiled)
    return tuple(out)


#: the word lists of [said_on], kept as casefolded sets on DateRules
WORD_LISTS = ("channel_nouns", "continuation_cues", "day_parts", "occasion_marks", "pronouns")


def _compile_rules(table: SaidOnTable, where: str) -> DateRules:
    parts = [rf"(?P<md>(?<![\w-]){_MD})", rf"(?P<dm>(?<![\w-]){_DM})", rf"(?P<wdx>(?<![\w-]){_WD})"]
    rel_compiled = []
    for k, (pattern, days) in enumerate(table.relative_days.items()):
        try:
            rel_compiled.append((re.compile(rf"(?i:{pattern})"), days))
        except re.error as exc:
            raise ConfigError(f"{where}: [said_on.relative_days]: bad pattern {pattern!r}: "
                              f"{exc}") from None
        parts.append(rf"(?P<rel{k}>\b(?i:{pattern})\b)")
    vague_alt = "|".join(f"(?:{v.replace('{month}', _MONTH_ALT)})" for v in table.vague)
    if vague_alt:
        parts.append(rf"(?P<vague>(?<![\w-])(?i:{vague_alt})(?![\w-]))")
    # every part opens at a word start ((?<![\w-]), or \b before a word character): said
    # once in front, a position inside a word fails at once, not once per part (finder ~20%
    # faster, same matches)
    lead = r"(?<!\w)" if all(opens_with_word_char(p, re.IGNORECASE)
                             for p in table.relative_days) else ""
    try:
        # gated: behind a lookahead for the first characters of a match (same matches)
        finder = gated(re.compile(lead + "(?:" + "|".join(parts) + r")(?![\x27’]s\b)"))
        rest = gated(re.compile(lead + "(?:" + "|".join(parts[3:]) + r")(?![\x27’]s\b)")) \
            if parts[3:] else None
    except re.error as exc:
        raise ConfigError(f"{where}: [said_on.vague]: bad pattern: {exc}") from None
    return DateRules(finder=finder, relative_days=tuple(rel_compiled), rest=rest,
                     corpus_year_days=table.corpus_year_days,
                     **{name: frozenset(w.casefold() for w in getattr(table, name))
                        for name in WORD_LISTS})


def load_date_rules(path: Path) -> DateRules:
    """Read and compile configs/dates.toml (ConfigError naming file and key on bad content)."""
    data = load_rules(path, DatesFile, "date rules")
    rules = _compile_rules(data.said_on, str(path))
    return replace(rules, file_name=_compile_file_name(data.published.file_name, str(path)))


@lru_cache(maxsize=1)
def default_date_rules() -> DateRules:
    """Rules from the shipped configs/dates.toml (month-day and weekday only if absent)."""
    path = default_config_dir() / "dates.toml"
    if path.is_file():
        return load_date_rules(path)
    return _compile_rules(SaidOnTable(), "<built-in>")


_DOUBLE_MARK_RE = re.compile(r"[“”\"«»]")
_SINGLE_QUOTED_RE = re.compile(r"(?<!\w)['‘](?=\w).*?[\w.,!?;:—–-]['’](?!\w)")


def quoted_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks. Double marks pair up whatever their shape (sources mix
    “ with "); a closing mark with no opener quotes from the sentence start, an unclosed
    opener to its end. Single quotes count only when they open at a word start and close."""
    spans: list[tuple[int, int]] = []
    if not any(q in sentence for q in "“”\"«»'‘"):
        return spans
    open_at: int | None = None
    for m in _DOUBLE_MARK_RE.finditer(sentence):
        i = m.start()
        ch = m.group()
        if ch in "“«":
            opening = True
        elif ch in "”»":
            opening = False
        else:
            opening = open_at is None and (i == 0 or sentence[i - 1].isspace()
                                           or sentence[i - 1] in "([{—–-:")
        if opening:
            if open_at is None:
                open_at = i
        else:
            spans.append((0 if open_at is None else open_at, i + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(sentence)))
    spans.extend(m.span() for m in _SINGLE_QUOTED_RE.finditer(sentence))
    return spans


def _latest_weekday(published: date, weekday: int, strictly_before: bool) -> date:
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - timedelta(days=back)


def _resolve(m: re.Match[str], published: date | None, context_year: int | None,
             rules: DateRules) -> date | None:
    g = m.groupdict()
    if g.get("md") or g.get("dm"):
        mon = g.get("mon") or g.get("mon2")
        day = int(g.get("day") or g.get("day2"))
        year_text = g.get("year") or g.get("year2")
        month = _MONTH_NUMBERS[mon.casefold()]
        if year_text:
            year = int(year_text)
        elif published is not None:
            year = published.year
        elif context_year is not None:
            year = context_year
        else:
            return None
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if not year_text and published is not None and found > published:
            try:   # the nearest such day not after publication: "on Dec. 30" in January
                found = date(year - 1, month, day)
            except ValueError:
                return None
        return found
    if g.get("wdx"):
        if published is None:
            return None
        prep = (g.get("wdprep") or "").casefold()
        return _latest_weekday(published, _WEEKDAY_NUMBERS[g["wd"].casefold()],
                               strictly_before=prep in ("last", "this past"))
    if g.get("vague"):
        return None
    for name, value in g.items():
        if value and name.startswith("rel"):
            if published is None:
                return None
            days = rules.relative_days[int(name[3:])][1]
            return published - timedelta(days=days)
    return None


def yearless_month_day(phrase: str, rules: DateRules | None = None) -> tuple[int, int] | None:
    """(month, day) of a date phrase that is a month-day without a year, else None:
    "on Aug. 17" -> (8, 17); "on Aug. 17, 2025", "on Tuesday", "last week" -> None."""
    rules = rules or default_date_rules()
    m = rules.finder.search(phrase)
    if m is None:
        return None
    g = m.groupdict()
    if not (g.get("md") or g.get("dm")) or g.get("year") or g.get("year2"):
        return None
    return _MONTH_NUMBERS[(g.get("mon") or g.get("mon2")).casefold()], \
        int(g.get("day") or g.get("day2"))


def find_said_on(sentence: str, published: date | None, context_year: int | None = None,
                 cue_offset: int | None = None, rules: DateRules | None = None
                 ) -> tuple[date | None, str | None]:
    """The statement-date phrase of a sentence: (resolved date | None, raw phrase | None).

    Month-days take the year from the text, else `published`, else `context_year`; weekdays
    resolve to the latest such day on/before `published` ("last Friday": strictly before)
    and stay None without it; "yesterday"/"today" count back from `published`; vague
    phrases ("last week", "In late June", "recently") give (None, phrase). Phrases inside
    quotation marks are ignored (they are relative to the speaker's moment, not the
    article's). Several phrases: the nearest to `cue_offset` (a char offset in `sentence`)
    when given, else the first specific one (a date or weekday) before any vague one.
    `rules` defaults to the shipped configs/dates.toml [said_on] table.
    """
    rules = rules or default_date_rules()
    if not sentence:
        return None, None
    matches = list(finder_for(sentence, rules).finditer(sentence))
    if not matches:
        return None, None
    quoted = quoted_spans(sentence)
    if quoted:
        matches = [m for m in matches
                   if not any(a <= m.start() and m.end() <= b for a, b in quoted)]
        if not matches:
            return None, None
    if cue_offset is not None:
        def distance(m: re.Match[str]) -> tuple[int, int]:
            if m.start() >= cue_offset:
                return (m.start() - cue_offset, 0)
            return (max(cue_offset - m.end(), 0), 1)
        best = min(matches, key=distance)
    else:
        specific = [m for m in matches if not m.group("vague")] if "vague" in rules.finder.groupindex else matches
        best = specific[0] if specific else matches[0]
    return _resolve(best, published, context_year, rules), best.group().strip()


# --------------------------------------------------------------------------- inheritance

class Dated(NamedTuple):
    """A statement date, the phrase that gives it, where that phrase is in the text, and
    where the year of a month-day came from when neither the phrase nor the article's own
    date gives it (`flag`: "page-year", "config-year"; "corpus-year" is set later, by
    `pipeline.articles.corpus_dates`)."""

    said_on: date | None
    raw: str | None
    start: int = -1
    end: int = -1
    flag: str | None = None


NO_DATE = Dated(None, None)


class SaidOnItem(NamedTuple):
    """One claim in article order, for `inherit_said_on`."""

    speaker: str | None
    own: Dated = NO_DATE               # the phrase of its own sentence that dates the saying
    carried: Dated = NO_DATE           # the sentence date of the sentence before it
    paragraph: int = 0
    content: tuple[int, int] = (0, 0)  # a phrase in here never dates the claim
    continues: bool = False            # a continuation of the previous claim's quotation
    inherits: bool = True              # False: takes no neighbour's date
    direct: bool = False               # a direct quotation
    sentence: int = 0                  # where its sentence starts
    speaker_type: str = "unknown"      # an anonymous speaker may speak for an organisation


def inherit_said_on(items: Iterable[SaidOnItem]) -> list[Dated]:
    """Each claim's date: its own phrase; else the date carried from the sentence before it
    in its paragraph; else the previous claim's date when that claim has the same voice
    (`_same_voice`) and the same paragraph, or the claim continues it ("X added", "adding
    that") or is a direct quotation in the next paragraph; else the next claim's, same
    voice and paragraph, when the two are one statement (`_one_statement`). A phrase inside
    the claim's own content is never its date."""
    items = list(items)
    out: list[Dated] = []
    for k, item in enumerate(items):
        value = item.own if _usable(item.own, item) else NO_DATE
        if value.raw is None and _usable(item.carried, item):
            value = item.carried
        elif value.raw is None and k and _usable(out[k - 1], item) \
                and _neighbours(items[k - 1], item, _goes_on(items[k - 1], item)):
            value = out[k - 1]
        out.append(value)
    for k in range(len(items) - 2, -1, -1):
        nxt = items[k + 1]
        if out[k].raw is None and _neighbours(nxt, items[k], False) \
                and _one_statement(items[k], nxt) and _usable(out[k + 1], items[k]):
            out[k] = out[k + 1]
    return out


def _usable(value: Dated, item: SaidOnItem) -> bool:
    return value.raw is not None and not item.content[0] <= value.start < item.content[1]


def _goes_on(before: SaidOnItem, item: SaidOnItem) -> bool:
    """`item` goes on with `before`'s statement even in a later paragraph: a continuation,
    or a direct quotation opening the next paragraph."""
    return item.continues or (item.direct and item.paragraph == before.paragraph + 1)


def _one_statement(item: SaidOnItem, nxt: SaidOnItem) -> bool:
    """`item` and the claim after it (same voice, same paragraph) report one statement, so
    the later one's date is the earlier one's too: they share the sentence, or one of them
    is the quotation and the other the paraphrase ("X suggested that A. 'B,' X said on
    Aug. 1."; "'A,' an official said. The agency said on Tuesday that B."). Two
    paraphrases in two sentences may be two occasions ("he said that A. At a Thursday
    rally, he promised B.")."""
    return nxt.direct or item.direct or nxt.sentence == item.sentence


def _same_voice(a: SaidOnItem, b: SaidOnItem) -> bool:
    """One speaker, or an anonymous source and the organisation its descriptor names, for
    which it speaks ("a White House official" and "White House"; not "a senior official",
    not "a Pentagon official")."""
    if a.speaker == b.speaker:
        return True
    return any(member.speaker_type == "anonymous" and body.speaker_type == "organization"
               and _names(member.speaker or "", body.speaker or "")
               for member, body in ((a, b), (b, a)))


def _names(descriptor: str, organisation: str) -> bool:
    """The organisation's name (without a leading "the") is a run of the descriptor's words:
    _names("a White House official", "the White House") -> True."""
    words, org = descriptor.casefold().split(), organisation.casefold().split()
    org = org[1:] if org[:1] == ["the"] else org
    return bool(org) and any(words[i:i + len(org)] == org
                             for i in range(len(words) - len(org) + 1))


def _neighbours(other: SaidOnItem, item: SaidOnItem, continues: bool) -> bool:
    return (item.inherits and item.speaker is not None and _same_voice(item, other)
            and (continues or item.paragraph == other.paragraph))
