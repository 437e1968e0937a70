"""'the campaign said' is the organisation named shortly before (speakers.Resolver.
_organisation), unless that name says it is another kind of body (hand-built Docs): after
'The Secret Service met.' the campaign stays 'campaign'; after 'The Daily Post met.' the
newspaper is the Daily Post (no kind word in the name), and 'the organization' is the
Heritage Foundation (one kind in `[speakers] organization_kinds`)."""
from __future__ import annotations

import pytest
from hand_docs import claims, parse


def _doc(org: str, kind: str, description: str):
    """'The <org> <kind> met. The <description> said talks failed.'"""
    text = f"The {org} {kind} met. The {description} said talks failed."
    return parse(text, f'''
        The            DET   DT   det       2
        {org}          PROPN NNP  compound  2
        {kind}         PROPN NNP  nsubj     3
        met            VERB  VBD  ROOT      3   meet
        .              PUNCT .    punct     3
        The            DET   DT   det       6
        {description}  NOUN  NN   nsubj     7
        said           VERB  VBD  ROOT      7   say
        talks          NOUN  NNS  nsubj     9   talk
        failed         VERB  VBD  ccomp     7   fail
        .              PUNCT .    punct     7
    ''', ents=[("ORG", 0, 3)])


@pytest.mark.parametrize("org, kind, description, speaker", [
    ("Secret", "Service", "campaign", "campaign"),
    ("Daily", "Post", "newspaper", "Daily Post"),
    ("Heritage", "Foundation", "organization", "Heritage Foundation"),
], ids=["other-kind-stays-description", "no-kind-word-is-the-body", "same-kind-is-the-body"])
def test_org_description_kind(org, kind, description, speaker):
    assert [s for _, _, s in claims(_doc(org, kind, description))] == [speaker]
