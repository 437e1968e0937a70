"""Cue filters: a cue matched by the word lists that still introduces no claim.

Each filter is a named predicate `(ctx, cue) -> bool` (True = drop the cue); `drop_reason`
returns the name of the first that fires, so a debugging session can ask why a cue gave
nothing.  The cue passes run on the cues no filter dropped.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Token

from pipeline.attribution.context import DocContext
from pipeline.attribution.cues import Cue, framed_finding, source_finding, verb_lemma
from pipeline.attribution.labels import (ASIDE_MARKS, NOUN_CLAUSE_DEPS, NOUNS,
                                         STANCE_PERSON_ENTS, SUBJECTS, VERB_USE_MARKS, WH_DEPS)
from pipeline.attribution.speaker_head import is_passive

def relayed_hearsay(ctx: DocContext, cue: Cue) -> bool:
    """'X is reported to have told Y ...': the passive hearsay verb relays; "told" speaks
    (not 'is said to be seeking a deal': a cue no filter keeps does not speak)."""
    tok = cue.tok
    # (the lemma first: few verbs are hearsay verbs, and is_passive reads the children)
    return cue.kind == "verb" and tok.lemma_.lower() in ctx.rules.hearsay_passive and is_passive(tok) \
        and any(c.dep_ == "xcomp" and _live_cue(ctx, c.i) for c in tok.children)


def embedded_question(ctx: DocContext, cue: Cue) -> bool:
    """'how the allies define X', 'what it calls Y': a cue inside a wh-clause asserts nothing."""
    return any(c.lower_ in ctx.rules.wh_words and c.dep_ in WH_DEPS for c in cue.tok.lefts)


def negative_report(ctx: DocContext, cue: Cue) -> bool:
    """'did not say whether', 'declined to say', 'refused to comment': the cue is negated or
    governed by a verb of not doing.  Negated attitudes ('does not believe that') stay."""
    if cue.group in ctx.rules.attitude:
        return False
    tok = cue.tok
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and head.i != tok.i and (
        head.lemma_.lower() in ctx.rules.negative_heads or any(c.dep_ == "neg" for c in head.children))


def naming_participle(ctx: DocContext, cue: Cue) -> bool:
    """'a bar called X': a characterising participle with no subject, auxiliary or agent
    names something; it reports nothing."""
    tok = cue.tok
    return ctx.rules.requires.get(cue.group) in ("complement", "as") and bare_participle(tok)


def bare_participle(tok: Token) -> bool:
    """A past participle with no subject, auxiliary or agent: used as an adjective ('a bar
    called X', 'the questioned results'), not as a verb ('has called', 'was called by')."""
    return tok.tag_ == "VBN" and not any(c.dep_ in VERB_USE_MARKS for c in tok.children)


def own_action(ctx: DocContext, cue: Cue) -> bool:
    """'investors want to know how ...', 'hopes to see': a desire for one's own finding out
    or waiting is no reported proposition; nor is any aim of the holder's own after the
    [own_action] `any_infinitive` verbs ('she wishes to remain anonymous'), nor one after a
    `means_verbs` verb that a means phrase opens ('By presenting a united front, Lee hopes
    to strengthen his hand': the purpose the writer reads into a deed).  'Lee hopes to win
    the seat' is Lee's claim, as PolNeAR annotates it."""
    rules, tok = ctx.rules, cue.tok
    lemma = verb_lemma(tok, rules)
    if tok.dep_ == "xcomp" and lemma in rules.own_action_inf and verb_lemma(
            tok.head, rules) in rules.own_action:
        return True               # the finding out itself: 'want to know how', 'hope to see'
    aim = lemma in rules.own_action_any or (lemma in rules.own_action_means and _by_means(tok, rules))
    return cue.group in rules.attitude and lemma in rules.own_action and any(
        c.dep_ == "xcomp" and (aim or c.lemma_.lower() in rules.own_action_inf) and not any(
            g.dep_ in SUBJECTS for g in c.children) for c in tok.children)


def _by_means(tok: Token, rules) -> bool:
    """A means phrase before the verb: 'By presenting a united front, Lee hopes to ...' (a
    [own_action] `means_preps` preposition with a gerund, hung on the verb)."""
    return any(c.dep_ == "prep" and c.i < tok.i and c.lower_ in rules.own_action_means_preps
               and any(g.tag_ == "VBG" for g in c.children) for c in tok.children)


def no_question_clause(ctx: DocContext, cue: Cue) -> bool:
    """'asked whether ...' is a claim only with a clause after it, or before it across a
    comma ('Voters oppose the toll, a new poll finds.'), or, for the groups marked
    `object_infinitive`, an object + infinitive ('asked the council to wait'); 'Asked about
    X,' (a participle
    with no subject, auxiliary or agent) is not.  A
    source's finding may take an object instead: 'The poll showed Ruiz with a lead.'  A
    quotation after a comma or colon stands for the clause: 'a voter asked: "Why now?"'."""
    tok = cue.tok
    if ctx.rules.requires.get(cue.group) != "clause" or _source_finding(ctx, cue) \
            or framed_finding(tok, ctx.rules):     # '..., records show.'
        return False
    return bare_participle(tok) or not ((cue.group in ctx.rules.object_infinitive
                               and _object_infinitive(tok)) or any(
        c.dep_ == "ccomp" and (c.i > tok.i or _comma_after(c)) for c in tok.children)
        or ctx.introduces_quotation(cue))


def no_infinitive(ctx: DocContext, cue: Cue) -> bool:
    """Aims ([cues.aim], requires = "infinitive") are claims only with a to-infinitive or a
    clause after the verb: 'the campaign plans to run ads in Ohio', 'seeks to overturn the
    ruling'; not 'plans a rally', 'a company seeking funding' (an object), nor a participle
    with no subject, auxiliary or agent ('the planned vote'), a passive ('was intended to
    hurt him'), an infinitive that is itself a cue ('sought to clarify', 'plans to call
    for': the report inside is the claim), or an aim in a noun's clause ('speculation that
    Washington might seek to ...': someone else's guess about the holder)."""
    tok = cue.tok
    if ctx.rules.requires.get(cue.group) != "infinitive":
        return False
    if tok.dep_ in NOUN_CLAUSE_DEPS and tok.head.pos_ in NOUNS:
        return True
    return is_passive(tok) or not any(c.i > tok.i and not _live_cue(ctx, c.i) and (
        c.dep_ == "ccomp" or (c.dep_ == "xcomp" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children))) for c in tok.children)


def no_stance_object(ctx: DocContext, cue: Cue) -> bool:
    """Stances ([cues.stance], requires = "stance") are claims with a clause ('questioned
    whether the plan would work'), a quotation, or an object that is a thing, not a person
    or group ('questioned the governor's tactics', 'defended the process', 'endorsed a
    ban on ...'); not 'questioned the witness', 'opposed him' (a deed towards someone),
    nor a participle with no subject, auxiliary or agent ('the questioned results')."""
    tok = cue.tok
    if ctx.rules.requires.get(cue.group) != "stance":
        return False
    if bare_participle(tok):
        return True
    return not (ctx.introduces_quotation(cue) or any(c.i > tok.i and (
        c.dep_ == "ccomp" or (c.dep_ == "dobj" and not someone(c, ctx.rules)))
        for c in tok.children))


def someone(tok: Token, rules) -> bool:
    """A person or group: a pronoun, a name of one, or a role, descriptor or organisation
    word ('the witness', 'the players', 'the team')."""
    sr, lemma = rules.speakers, tok.lemma_.lower()
    return tok.pos_ == "PRON" or tok.ent_type_ in STANCE_PERSON_ENTS or any(
        w in words for w in (lemma, tok.lower_) for words in (sr.roles, sr.anonymous,
                                                              sr.organization))


def _live_cue(ctx: DocContext, i: int) -> bool:
    """A cue at token i that no filter drops ('continue recruiting' is no cue)."""
    return i in ctx.cues and drop_reason(ctx, ctx.cues[i]) is None


def _object_infinitive(tok: Token) -> bool:
    """'asked the council to delay the vote': an object and an infinitive after it."""
    objs = [c.i for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    return bool(objs) and any(c.dep_ == "xcomp" and c.i > objs[0] for c in tok.children)


def _comma_after(clause: Token) -> bool:
    """'CLAUSE, the survey found': a comma closes the clause before the cue's subject."""
    nxt = clause.right_edge.i + 1
    return nxt < len(clause.doc) and clause.doc[nxt].text in ASIDE_MARKS


def _source_finding(ctx: DocContext, cue: Cue) -> bool:
    """A finding verb with one of its group's `sources` as subject and an object
    (`cues.source_finding`): 'The poll showed Ruiz with a lead.'"""
    return source_finding(cue.tok, cue.group, ctx.rules)


CUE_FILTERS: tuple[Callable[[DocContext, Cue], bool], ...] = (
    relayed_hearsay, embedded_question, negative_report, naming_participle, own_action,
    no_question_clause, no_infinitive, no_stance_object)


def drop_reason(ctx: DocContext, cue: Cue) -> str | None:
    """The name of the first filter that drops `cue`, or None when it may make a claim."""
    for f in CUE_FILTERS:
        if f(ctx, cue):
            return f.__name__
    return None
