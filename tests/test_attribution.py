"""claims_attribution end to end on hand-written news paragraphs (needs the model).

REGRESSION is a table of realistic attribution styles (AP, Reuters, BBC, NYT, Guardian,
Korea Herald), written for these tests -- not taken from the seed articles.  Each row is
(text, expected claims) with every claim as (quote, kind, speaker): `quote` is the exact
expected content, `speaker` a word the canonical speaker must contain (None: not judged).
Rows expecting [] must find nothing.  Known misses are strict xfails: a fixed miss fails
the suite until its row is made a passing one.  New constructions get a table of their own
in tests/regression/ (see tests/regression_rows.py); `scripts/dev_eval.py --table` scores
every table like score.py does.
"""
from __future__ import annotations

import pytest
from regression_rows import X, check_row

REGRESSION = [
    # --- direct quotes, attribution after
    pytest.param('"We will not back down," Prime Minister Jane Holloway said on Tuesday.',
                 [("We will not back down,", "direct", "Holloway")], id="ap-basic-after"),
    pytest.param('"The talks were productive," said Mark Ellis, a spokesman for the ministry.',
                 [("The talks were productive,", "direct", "Ellis")], id="inverted-said-name"),
    pytest.param('"There is no evidence of fraud," said the official, who asked not to be named.',
                 [("There is no evidence of fraud,", "direct", "official")], id="inverted-said-official"),
    pytest.param('Senator Maria Lopez arrived late. "I have serious doubts about this bill," she told reporters.',
                 [("I have serious doubts about this bill,", "direct", "Lopez")], id="pronoun-she"),
    pytest.param('"This is a difficult moment for the company," Chief Executive Tom Reed told Reuters. '
                 '"But we have a plan."',
                 [("This is a difficult moment for the company,", "direct", "Reed"),
                  ("But we have a plan.", "direct", "Reed")], id="reuters-two-sentences"),
    pytest.param('"We are ready to talk," he said, "but not under these conditions."',
                 [("We are ready to talk,", "direct", None),
                  ("but not under these conditions.", "direct", None)], id="split-quote-pronoun-unresolved"),
    pytest.param('Defense Minister Ahn Gyu-back spoke after the drill. "We are ready to talk," he said, '
                 '"but not under these conditions."',
                 [("We are ready to talk,", "direct", "Ahn"),
                  ("but not under these conditions.", "direct", "Ahn")], id="split-quote"),
    # --- colon and comma introduced
    pytest.param('Former President Alan Marsh warned: "Today it is Ukraine, tomorrow it may be us."',
                 [("Today it is Ukraine, tomorrow it may be us.", "direct", "Marsh")], id="colon-quote"),
    pytest.param('A senior government official, speaking on condition of anonymity, said, '
                 '"The negotiations are in their final stage."',
                 [("The negotiations are in their final stage.", "direct", "official")], id="comma-quote-anonymous"),
    # --- Korea Herald single quotes, apostrophes
    pytest.param("'We are talking with our allies, but there is no change in the troops' role,' "
                 "Foreign Minister Park Min-ho said in an interview.",
                 [("We are talking with our allies, but there is no change in the troops' role,",
                   "direct", "Park")], id="herald-single-quotes"),
    pytest.param("Park Min-ho met the envoy on Monday. The minister's aides were present. "
                 "'The consultations went well,' Park said.",
                 [("The consultations went well,", "direct", "Park Min-ho")], id="herald-surname"),
    # --- definite role descriptions refer back to the named role holder (invented sentences)
    pytest.param('Prime Minister Arvid Tolland opened the summit on Monday.\n'
                 'The Premier said the budget would be balanced by 2027.',
                 [("the budget would be balanced by 2027", "indirect", "Arvid Tolland")],
                 id="premier-synonym-of-prime-minister"),
    pytest.param('Chief of Police Harold J. Benning addressed the press. '
                 'The local police chief said the suspect had fled on foot.',
                 [("the suspect had fled on foot", "indirect", "Benning")], id="chief-of-police-title"),
    pytest.param("The senator's spokesman, Tom Ruddle, declined to comment further. "
                 "The spokesman said the senator would vote no.",
                 [("the senator would vote no", "indirect", "Ruddle")], id="spokesman-apposition-antecedent"),
    pytest.param("The spokesman said the senator would vote no.",
                 [("the senator would vote no", "indirect", "a spokesman")], id="spokesman-no-antecedent"),
    pytest.param("Officers from the Brookfield Police Department arrived at noon. "
                 "According to police, no one was hurt.",
                 [("no one was hurt", "indirect", "Brookfield Police Department")], id="police-named-department"),
    pytest.param("Deputy Prime Minsiter Karl Vella said the reform was overdue.",
                 [("the reform was overdue", "indirect", "Karl Vella")], id="misspelt-title-not-in-name"),
    # --- multi-paragraph quote and continuation paragraph
    pytest.param('"The first problem is money," said Laura Chen, an economist at the institute.\n'
                 '"The second problem is time. Nobody has enough of either.',
                 [("The first problem is money,", "direct", "Chen"),
                  ("The second problem is time. Nobody has enough of either.", "direct", "Chen")],
                 id="unclosed-last-paragraph"),
    pytest.param('Governor Rick Alvarez said the state would appeal. "We think the ruling is wrong," he said.\n'
                 '"We will take this to the Supreme Court if we have to."',
                 [("the state would appeal", "indirect", "Alvarez"),
                  ("We think the ruling is wrong,", "direct", "Alvarez"),
                  ("We will take this to the Supreme Court if we have to.", "direct", "Alvarez")],
                 id="continuation-paragraph"),
    # --- whole-paragraph quote after an indirect/mixed report: continues that speaker
    pytest.param('Mayor Dana Whitfield said the city could not afford a new stadium.\n'
                 '"There is simply not enough money for the schools in this plan."',
                 [("the city could not afford a new stadium", "indirect", "Whitfield"),
                  ("There is simply not enough money for the schools in this plan.", "direct", "Whitfield")],
                 id="continuation-after-indirect-said"),
    pytest.param('Coach Tomas Berg told reporters that his players had lost their focus.\n'
                 '"We stopped running after halftime. That cannot happen again."',
                 [("his players had lost their focus", "indirect", "Berg"),
                  ("We stopped running after halftime. That cannot happen again.", "direct", "Berg")],
                 id="continuation-after-told-reporters-that"),
    pytest.param('According to Health Commissioner Rosa Linde, the outbreak has peaked.\n'
                 '"The number of new cases has fallen for ten straight days."',
                 [("the outbreak has peaked", "indirect", "Linde"),
                  ("The number of new cases has fallen for ten straight days.", "direct", "Linde")],
                 id="continuation-after-according-to"),
    pytest.param('Senator Paul Graves said the deal was "a betrayal of our farmers."\n'
                 '"Nobody in my state asked for this, and nobody will thank us for it."',
                 [('the deal was "a betrayal of our farmers."', "mixed", "Graves"),
                  ("Nobody in my state asked for this, and nobody will thank us for it.", "direct", "Graves")],
                 id="continuation-after-mixed"),
    pytest.param('The river rose two metres overnight and several roads were closed.\n'
                 '"Stay away from the water until further notice."',
                 [], id="continuation-no-previous-claim"),
    pytest.param('Engineer Mia Soto said the bridge was safe.\n'
                 'The bridge opened in 1978 and carries 40,000 cars a day.\n'
                 '"Every inspection since then has found cracks in the deck."',
                 [("the bridge was safe", "indirect", "Soto")],
                 id="continuation-not-after-exposition"),
    pytest.param('Minister Karen Hull said the reform would pass this year.\n'
                 '"We do not have the votes yet," opposition leader Victor Ames said.',
                 [("the reform would pass this year", "indirect", "Hull"),
                  ("We do not have the votes yet,", "direct", "Ames")],
                 id="continuation-not-when-own-attribution"),
    pytest.param('Mayor Lena Ortiz said police had told her the suspect fled north.\n'
                 '"He was last seen near the old rail station."',
                 [("police had told her the suspect fled north", "indirect", "Ortiz")],
                 id="continuation-not-after-relayed"),
    pytest.param('Coach Tomas Berg said striker Leo Marsh would miss the final.\n'
                 '"He is devastated, but he will be back next season."',
                 [("striker Leo Marsh would miss the final", "indirect", "Berg")],
                 id="continuation-not-when-other-person-named"),
    pytest.param('Coach Tomas Berg said his team was tired.\n'
                 '"It has been a long season for all of us," the coach said, "and we need a rest."',
                 [("his team was tired", "indirect", "Berg"),
                  ("It has been a long season for all of us,", "direct", "Berg"),
                  ("and we need a rest.", "direct", "Berg")],
                 id="continuation-not-split-quote-paragraph"),
    # --- indirect speech
    pytest.param("The company said that profits had fallen by 20 percent in the third quarter.",
                 [("profits had fallen by 20 percent in the third quarter", "indirect", "company")],
                 id="indirect-said-that"),
    pytest.param("Health Minister Sarah Okafor told lawmakers the hospital system was close to collapse.",
                 [("the hospital system was close to collapse", "indirect", "Okafor")], id="indirect-told"),
    pytest.param("Inflation is likely to ease next year, according to economists polled by the bank.",
                 [("Inflation is likely to ease next year", "indirect", "economists")], id="according-to-after"),
    pytest.param("According to a diplomatic source, the two leaders will meet in Geneva next month.",
                 [("the two leaders will meet in Geneva next month", "indirect", "source")],
                 id="according-to-before"),
    pytest.param("According to police, the driver lost control on the icy bend.",
                 [("the driver lost control on the icy bend", "indirect", "police")], id="according-to-before-police"),
    pytest.param("According to a statement from the port authority, shipping will resume on Thursday.",
                 [("shipping will resume on Thursday", "indirect", "statement")],
                 id="according-to-before-statement"),
    pytest.param("According to Sgt. Dana Keller of the county sheriff's office, shortly after 2 a.m. Sunday, "
                 "a van struck a utility pole.",
                 [("shortly after 2 a.m. Sunday, a van struck a utility pole", "indirect", "Keller")],
                 id="according-to-before-abbreviated-title"),
    pytest.param("According to plan, the new bridge opens in May.", [], id="according-to-plan-not-source"),
    pytest.param("According to the timetable, the last train leaves at midnight.", [],
                 id="according-to-timetable-not-source"),
    pytest.param("According to the latest figures, exports rose by 4 percent.", [],
                 id="according-to-figures-not-source"),
    pytest.param("The ceasefire is holding in most areas, the army said in a statement.",
                 [("The ceasefire is holding in most areas", "indirect", "army")], id="parenthetical-said"),
    pytest.param("Opposition leader Kim Dae-ho argued that the budget would hurt small businesses, "
                 "adding that the government had ignored their concerns.",
                 [("the budget would hurt small businesses", "indirect", "Kim"),
                  ("the government had ignored their concerns", "indirect", "Kim")], id="argued-adding"),
    pytest.param("The White House dismissed the report as politically motivated.",
                 [("the report as politically motivated", "indirect", "White House")], id="dismissed"),
    pytest.param("Union leaders urged the government to raise the minimum wage.",
                 [("the government to raise the minimum wage", "indirect", "Union")], id="urged"),
    pytest.param('Mayor Ellen Park said the plan was "a disaster waiting to happen" and called for a review.',
                 [('the plan was "a disaster waiting to happen"', "mixed", "Park"),
                  ("a review", "indirect", "Park")], id="mixed-partial-quote-and-call-for"),
    pytest.param("Officials in Seoul expressed concern about the missile launch.",
                 [("the missile launch", "indirect", "officials")], id="expressed-concern"),
    pytest.param("Analysts warn that the rally may not last.",
                 [("the rally may not last", "indirect", "analysts")], id="analysts-warn"),
    pytest.param('Professor Hannah Stein said the findings were "deeply worrying." '
                 'She added that more research was needed.',
                 [('the findings were "deeply worrying."', "mixed", "Stein"),
                  ("more research was needed", "indirect", "Stein")], id="she-added"),
    # --- organisations and documents
    pytest.param('"The secretary reaffirmed the ironclad commitment to the alliance," the Pentagon said in a readout.',
                 [("The secretary reaffirmed the ironclad commitment to the alliance,", "direct", "Pentagon")],
                 id="org-readout"),
    pytest.param('"Both sides agreed to continue consultations," a joint statement read.',
                 [("Both sides agreed to continue consultations,", "direct", "statement")], id="document-read"),
    pytest.param("Washington has said it will not tolerate further provocations.",
                 [("it will not tolerate further provocations", "indirect", "US")], id="alias-washington"),
    # --- things that are not claims
    pytest.param('The so-called "peace dividend" never arrived.', [], id="scare-quote"),
    pytest.param("The plan, described as “historic” by supporters, passed on Friday.", [], id="agentless-term"),
    pytest.param("Washington is pushing Seoul to pay more for the troops.", [], id="push-not-claim"),
    pytest.param("The two leaders agreed to expand cooperation on chips.", [], id="agree-not-claim"),
    pytest.param("Questions are being raised about the deal.", [], id="agentless-passive"),
    pytest.param("Prices rose 3 percent in May.\nMarket wrap: stocks slip as 'rate fears' return", [],
                 id="headline-and-exposition"),
    pytest.param("His calls for allies to pay more have strained ties.", [], id="nominalised-report"),
    # --- known hard cases
    pytest.param('"We hope it is the latter," Rep. Ihn Yohan, a member of the foreign affairs committee, '
                 'told The Korea Herald.',
                 [("We hope it is the latter,", "direct", "Ihn")], id="rep-title-apposition"),
    pytest.param('"It is over," the coach said.\n"We lost."', [("It is over,", "direct", "coach")],
                 id="short-continuation-not-claim"),
    pytest.param("Kuo said Lai hoped to deepen relations with Seoul.",
                 [("to deepen relations with Seoul", "indirect", "Lai")], id="principal-over-channel"),
    pytest.param('Loomer posted "RIP South Korea" on X.',
                 [("RIP South Korea", "direct", "Loomer")], id="posted-quote-object"),
    # --- added with the dev gold set: beliefs, hearsay, characterisations, event clauses
    pytest.param("Some lawmakers are worried that the decision will alienate younger voters.",
                 [("the decision will alienate younger voters", "indirect", "lawmakers")],
                 id="predicative-attitude"),
    pytest.param("The minister is said to be seeking a deal before the end of his term.",
                 [("be seeking a deal before the end of his term", "indirect", "minister")],
                 id="passive-hearsay-said-to"),
    pytest.param('The head of the delegation, Yosef Arad, is reported to have told colleagues that he '
                 'had "a mandate to close a deal."',
                 [('he had "a mandate to close a deal."', "mixed", "Arad")], id="passive-hearsay-told"),
    pytest.param("The deal is expected to be signed next month.", [], id="expected-to-not-hearsay"),
    pytest.param('Health Secretary Wes Harding called the decision "deeply disappointing."',
                 [('the decision "deeply disappointing."', "mixed", "Harding")], id="called-x-y"),
    pytest.param('Its regional director, Fatima Sy, described the situation as "catastrophic."',
                 [('the situation as "catastrophic."', "mixed", "Sy")], id="described-as"),
    pytest.param("The coach praised the team after the match.", [], id="praise-without-content"),
    pytest.param("The mayor called a meeting for Friday.", [], id="call-meeting-not-claim"),
    pytest.param("Experts say the outcome will depend on how the two allies define the role of the troops.",
                 [("the outcome will depend on how the two allies define the role of the troops",
                   "indirect", "experts")], id="wh-clause-cue-not-claim"),
    # 'what it calls' is no claim of its own; what the Pentagon cites is ([cues.cite])
    pytest.param('The Pentagon cited what it calls the "pacing threat" from China.',
                 [('what it calls the "pacing threat" from China', "mixed", "Pentagon")],
                 id="what-it-calls-term"),
    pytest.param("Asked whether his job was under threat, Holm said it was a question for the board.",
                 [("it was a question for the board", "indirect", "Holm")], id="asked-participle"),
    pytest.param("Reporters asked whether the plan would survive the vote.",
                 [("the plan would survive the vote", "indirect", "Reporters")], id="asked-whether"),
    pytest.param("The Foreign Ministry emphasized the need for direct talks when asked by reporters "
                 "about the schedule.",
                 [("the need for direct talks", "indirect", "Foreign Ministry")], id="when-asked-cut"),
    pytest.param('Defense Secretary Pete Hegseth expressed his desire to ensure that the alliance is '
                 '"sustainable" as he spoke by phone with his counterpart on Wednesday, the Pentagon said.',
                 [('to ensure that the alliance is "sustainable"', "mixed", "Hegseth")],
                 id="as-he-spoke-cut"),
    pytest.param("The developer, Crestline Homes, said in a statement that 80 of the homes would be sold "
                 "below market rate.",
                 [("80 of the homes would be sold below market rate", "indirect", "Crestline")],
                 id="said-in-statement-that-misparse"),
    pytest.param("The World Food Programme said more than a million people faced hunger, and its "
                 'director, Fatima Sy, described the situation as "catastrophic."',
                 [("more than a million people faced hunger", "indirect", "World Food"),
                  ('the situation as "catastrophic."', "mixed", "Sy")], id="coordinated-reports"),
    pytest.param("Dr Emma Sutton told the programme that doctors did not want to strike.",
                 [("doctors did not want to strike", "indirect", "Sutton")], id="nested-generic-attitude"),
    pytest.param('A senior official said talks would go on. "We pay enough," the official said. '
                 'He added that the budget would rise.',
                 [("talks would go on", "indirect", "official"), ("We pay enough,", "direct", "official"),
                  ("the budget would rise", "indirect", "official")], id="he-anonymous-official"),
    pytest.param('Not everyone agreed. Marcus Bell, 27, said he grew up in the town. '
                 '"I would love to come home," he said.',
                 [("he grew up in the town", "indirect", "Bell"),
                  ("I would love to come home,", "direct", "Bell")], id="given-name-ner-org"),
    pytest.param("Norvale Semiconductor cut its forecast on Tuesday. The company now expects revenue of "
                 "$8 billion, it said in a statement.",
                 [("The company now expects revenue of $8 billion", "indirect", "Norvale")],
                 id="it-said-company"),
    pytest.param('One of them, Carol Boyd, a retired teacher, said she had lost her savings. '
                 '"I trusted him," she said.',
                 [("she had lost her savings", "indirect", "Boyd"), ("I trusted him,", "direct", "Boyd")],
                 id="one-of-them-appos"),
    pytest.param("Garrity declined to comment on the provision.", [], id="declined-to-comment"),
    pytest.param("Officials could not be reached for comment.", [], id="not-reached"),
    pytest.param("Pentagon: troops to stay in Korea\nThe decision came after months of talks.", [],
                 id="colon-headline"),
    # --- quotes whose closing mark is missing (next paragraph, excerpt end, or dropped)
    pytest.param('Nurse Ellen Park, who has worked at the clinic for ten years, said: "We are exhausted. '
                 'Nobody is listening to us.\n"We asked for more staff in the spring.\n'
                 'The hospital said it was hiring.',
                 [("We are exhausted. Nobody is listening to us.", "direct", "Park"),
                  ("We asked for more staff in the spring.", "direct", "Park"),
                  ("it was hiring", "indirect", "hospital")], id="unclosed-paragraph-chain"),
    pytest.param('Mayor Tom Briggs said: "We will find the money for the library. It matters to this town.',
                 [("We will find the money for the library. It matters to this town.", "direct", "Briggs")],
                 id="unclosed-at-end"),
    # --- transcript / sports label layout: Name: "..."
    pytest.param('Coach Dan Miller spoke after the game. "We were lucky," Miller said.\n'
                 'More from Miller:\n'
                 'Miller: "The defense played its best game of the year."\n'
                 'Miller on his injured quarterback: "It does not look good. We will know more on Monday."',
                 [("We were lucky,", "direct", "Miller"),
                  ("The defense played its best game of the year.", "direct", "Miller"),
                  ("It does not look good. We will know more on Monday.", "direct", "Miller")],
                 id="speaker-label-colon"),
    pytest.param('Dr. Sarah Quinn: "The vaccine works well in older patients."',
                 [("The vaccine works well in older patients.", "direct", "Quinn")], id="speaker-label-title"),
    pytest.param('Quotes of the week:\nObama: "Yes we can"\nThe rally ended at noon.', [],
                 id="label-slogan-not-claim"),
    pytest.param('The board met on Monday and voted: "The motion is carried."', [],
                 id="voted-colon-not-label"),
    # label with a descriptor between the name and the colon (no finite verb in the label)
    pytest.param('The council debated the levy.\nCouncillor Ruth Abara, D-Ward 4: "This levy is long overdue."',
                 [("This levy is long overdue.", "direct", "Abara")], id="label-party-descriptor"),
    pytest.param('Lawmakers reacted quickly.\nRep. Tomas Whitfield (R-Ore.): "The bill will not survive the Senate."',
                 [("The bill will not survive the Senate.", "direct", "Whitfield")], id="label-paren-descriptor"),
    pytest.param('The storm hit overnight.\nMayor Carla Denby, speaking Wednesday: "Every road will be open by noon."',
                 [("Every road will be open by noon.", "direct", "Denby")], id="label-participle-descriptor"),
    pytest.param('Here is what members said:\n- Democratic Sen. Owen Pratt: "We are not finished with this fight."',
                 [("We are not finished with this fight.", "direct", "Pratt")], id="label-list-item-party"),
    pytest.param('Council reacts\nBudget, final version: "A disaster"\nThe vote is on Friday.', [],
                 id="label-descriptor-headline-not-claim"),
    pytest.param('The vote followed.\nGov. Nora Blake, who voted no: "It is a bad day."',
                 [], id="label-with-finite-verb-not-label"),
    # --- characterisations: object and quoted complement are one mixed claim (as PolNeAR
    # and the seeds annotate "calling it 'ironclad.'"); a comma closing the quotation ends it
    pytest.param('The union wrote to the board, calling the new rota "unsafe and unworkable," and '
                 'asked for a meeting.',
                 [('the new rota "unsafe and unworkable,"', "mixed", "union")], id="calling-quote-only"),
    pytest.param('Detective Ana Ruiz said they think the man acted alone, calling him "a danger to '
                 'everyone."',
                 [("they think the man acted alone", "indirect", "Ruiz"),
                  ('him "a danger to everyone."', "mixed", "Ruiz")], id="calling-after-belief"),
    pytest.param('Parents have written to the school for weeks, accusing it of "ignoring our children" '
                 'while spending on new offices.',
                 [('it of "ignoring our children" while spending on new offices', "mixed", "Parents")],
                 id="accusing-quote-run-on"),
    pytest.param('Senator Ada Brooks called the governor\'s plan "a gift to polluters," a jab at her '
                 'rival in the race.',
                 [('the governor\'s plan "a gift to polluters,"', "mixed", "Brooks")],
                 id="called-quote-then-gloss"),
    pytest.param('Ms. Lopez blamed the crash on "a reckless driver" rather than the state of the road.',
                 [('the crash on "a reckless driver" rather than the state of the road', "mixed",
                   "Lopez")], id="blamed-on-quote-mixed"),
    pytest.param('They played a song called "Silver Road," which was popular.', [],
                 id="called-naming-quoted"),
    pytest.param("The league on Monday urged clubs to cut ticket prices, describing the rise in costs "
                 "as a threat to the game.",
                 [("clubs to cut ticket prices", "indirect", "league"),
                  ("the rise in costs as a threat to the game", "indirect", "league")],
                 id="describing-as-split"),
    pytest.param("His former partner remembered Hale as a generous and patient man.",
                 [("Hale as a generous and patient man", "indirect", "partner")], id="remembered-as"),
    pytest.param("He once owned a small bar called The Blue Anchor.", [], id="called-naming"),
    # --- negative reports and non-reports
    pytest.param("Senator Paula Grant declined to say whether the plan would pass.", [],
                 id="declined-to-say-whether"),
    pytest.param("Chief Executive Omar Lind did not answer a question about the merger.", [],
                 id="did-not-answer"),
    pytest.param("The mayor did not say what the new rules would be.", [], id="did-not-say"),
    pytest.param("Governor Ray Cole refused to comment on the investigation.", [], id="refused-to-comment"),
    pytest.param("Voters want to know how the council will pay for the new stadium.", [],
                 id="want-to-know"),
    pytest.param("Other guards then became aware of what was happening in the yard.", [],
                 id="became-aware-of"),
    # --- cues: quoted as saying, made it clear, issued a statement
    pytest.param('In the interview, Carla Moss was quoted as saying: "We have never been stronger."',
                 [("We have never been stronger.", "direct", "Moss")], id="quoted-as-saying"),
    pytest.param("Chief Executive Dana Ross made it clear that the company would not sell its stake.",
                 [("the company would not sell its stake", "indirect", "Ross")], id="made-it-clear"),
    pytest.param('The bank later issued a statement saying: "We do not comment on speculation."',
                 [("We do not comment on speculation.", "direct", "bank")], id="issued-statement-saying"),
    # --- a report nested inside an indirect claim is part of it, no claim of its own (as
    # PolNeAR annotates nesting: the outer report only; resolve.nested_report)
    pytest.param("Police spokesman Leo Hart said one witness claimed the driver had run a red light.",
                 [("one witness claimed the driver had run a red light", "indirect", "Hart")],
                 id="nested-witness-claimed"),
    pytest.param("Dr. Ruth Adler said the hospital had reported that the infection was spreading.",
                 [("the hospital had reported that the infection was spreading", "indirect", "Adler")],
                 id="nested-hospital-reported"),
    pytest.param("Ivan Petrov said Mayor Lena Ortiz told him the road would reopen in May.",
                 [("Mayor Lena Ortiz told him the road would reopen in May", "indirect", "Petrov")],
                 id="nested-person-told"),
    # --- channels: an agency relaying a report claims the report, its speaker included (as
    # PolNeAR annotates it: tests/regression/test_relayed_reports.py)
    pytest.param("Local doctors said they had asked the state for more ventilators, the Associated "
                 "Press reported.",
                 [("Local doctors said they had asked the state for more ventilators", "indirect",
                   "Associated Press")], id="agency-channel"),
    pytest.param("Sales will rise by 5 percent next year, the company said in a statement.",
                 [("Sales will rise by 5 percent next year", "indirect", "company")],
                 id="parenthetical-not-channel"),
    pytest.param("The Harlow Group expects profits to fall, it said on Monday.",
                 [("The Harlow Group expects profits to fall", "indirect", "Harlow")],
                 id="belief-clause-not-channel"),
    pytest.param("He sold tickets to a band called Silver Road, which was popular.", [],
                 id="called-naming-comma"),
    # --- findings, conclusions, agreement, manner verbs (cues added for real-news recall)
    pytest.param("A survey released on Monday shows that most renters expect higher costs next year.",
                 [("most renters expect higher costs next year", "indirect", "survey")],
                 id="survey-shows-that"),
    pytest.param("The study found that the agency had lost track of 400 laptops.",
                 [("the agency had lost track of 400 laptops", "indirect", "study")],
                 id="study-found-that"),
    pytest.param("The committee concluded that the pier was unsafe for heavy trucks.",
                 [("the pier was unsafe for heavy trucks", "indirect", "committee")],
                 id="committee-concluded-that"),
    pytest.param("Councillor Mia Grant agreed that the budget needed more work.",
                 [("the budget needed more work", "indirect", "Grant")], id="agreed-that"),
    pytest.param("Senator Ruth Ames hinted that she might run for governor next year.",
                 [("she might run for governor next year", "indirect", "Ames")], id="hinted-that"),
    pytest.param('"There is more to do," Gray continued.',
                 [("There is more to do,", "direct", "Gray")], id="quote-continued"),
    pytest.param('"It is a fair deal for everyone," Lee boasted after the vote.',
                 [("It is a fair deal for everyone,", "direct", "Lee")], id="quote-boasted"),
    pytest.param("The two sides agreed to meet again in March.", [], id="agreed-to-deed"),
    pytest.param("The inspectors found the missing files in a basement.", [], id="found-object-deed"),
    pytest.param("Mayor Tom Hale continued to push for a new stadium.", [], id="continued-to-deed"),
    # --- a quotation inside a reported clause: the whole clause is the (mixed) claim
    pytest.param('Mayor Ann Ruiz said that "we need more time" before the council votes on the budget.',
                 [('"we need more time" before the council votes on the budget', "mixed", "Ruiz")],
                 id="that-quote-runs-on-mixed"),
    pytest.param('Mayor Ann Ruiz said that "we need more time to read the budget."',
                 [("we need more time to read the budget.", "direct", "Ruiz")],
                 id="that-quote-ends-direct"),
    # --- a reporting clause set off by commas inside the sentence: the words before and the
    # words after the aside, two claims (as PolNeAR marks a report split by its frame)
    pytest.param("The new rules, Senator Ruth Ames said, would hurt small farmers across the region.",
                 [("The new rules", "indirect", "Ames"),
                  ("would hurt small farmers across the region", "indirect", "Ames")],
                 id="aside-mid-sentence"),
    pytest.param("In particular, Grant wrote, the council can still challenge the ruling in the state court.",
                 [("In particular", "indirect", "Grant"),
                  ("the council can still challenge the ruling in the state court", "indirect", "Grant")],
                 id="aside-after-fronted-phrase"),
    pytest.param("The plan, analysts say, is unlikely to pass the senate this year.",
                 [("The plan", "indirect", "analysts"),
                  ("is unlikely to pass the senate this year", "indirect", "analysts")],
                 id="aside-anonymous-plural"),
    pytest.param("People close to the mayor say, the mayor has grown tired of the council.",
                 [("the mayor has grown tired of the council", "indirect", "People")],
                 id="aside-opens-sentence"),
    pytest.param("The bridge, built in 1920 and repaired twice, will close on Monday.", [],
                 id="aside-participle-not-report"),
    # --- what a source shows; 'by saying'; one record per quotation
    pytest.param("A new poll showed the governor with a ten-point lead over her rival in the state.",
                 [("the governor with a ten-point lead over her rival in the state", "indirect", "poll")],
                 id="poll-showed-object"),
    pytest.param("Mayor Tom Hale showed reporters the new stadium plans on Monday.", [],
                 id="person-showed-object-deed"),
    pytest.param("The senator ended the debate by saying the state could not afford another round "
                 "of cuts to schools.",
                 [("the state could not afford another round of cuts to schools", "indirect", "senator")],
                 id="by-saying"),
    pytest.param('"The city has a plan for every street," the paper wrote, adding, "we are not '
                 'making this up to please readers."',
                 [("The city has a plan for every street,", "direct", "paper"),
                  ("we are not making this up to please readers.", "direct", "paper")],
                 id="wrote-adding-one-record-each"),
    # --- indirect claims of real news (issue 12): a finding reported after its clause
    pytest.param("Most tenants in the county support the rent freeze, a new survey finds.",
                 [("Most tenants in the county support the rent freeze", "indirect", "survey")],
                 id="clause-then-survey-finds"),
    pytest.param("The bridge repairs have doubled in cost since 2019, the state audit found.",
                 [("The bridge repairs have doubled in cost since 2019", "indirect", "audit")],
                 id="clause-then-audit-found"),
    pytest.param("The files the inspectors found were in a basement.", [], id="found-relative-deed"),
    # --- belief verbs the model lemmatises wrongly ('hopes' -> 'hop'); 'hope to' (a claim as
    # PolNeAR marks it): tests/regression/test_hope_infinitive.py
    pytest.param("Governor Lena Ortiz hopes the new bridge will open before the winter.",
                 [("the new bridge will open before the winter", "indirect", "Ortiz")],
                 id="hopes-clause"),
    # --- requests: an object and an infinitive ('asked/urged X to Y'), the object included
    pytest.param("Mayor Ana Ruiz asked the council to delay the vote on the stadium until spring.",
                 [("the council to delay the vote on the stadium until spring", "indirect", "Ruiz")],
                 id="asked-object-infinitive"),
    pytest.param("Mayor Ana Ruiz urged the state legislature to abandon the new tax on fuel.",
                 [("the state legislature to abandon the new tax on fuel", "indirect", "Ruiz")],
                 id="urged-object-infinitive"),
    pytest.param("Mayor Ana Ruiz asked about the stadium and the cost of the new roads.", [],
                 id="asked-about-nothing"),
    # --- judgements with their ground: 'criticized/praised X for Y' is one claim
    pytest.param("Senator Ruth Ames criticized the governor for his handling of the flood relief funds.",
                 [("the governor for his handling of the flood relief funds", "indirect", "Ames")],
                 id="criticized-for"),
    pytest.param('Senator Ruth Ames praised the volunteers for "working through the night" after the flood.',
                 [('the volunteers for "working through the night" after the flood', "mixed", "Ames")],
                 id="praised-for-quote-mixed"),
    pytest.param("Mayor Tom Hale welcomed the delegation for two days of talks on the port.", [],
                 id="welcomed-for-visit"),
    # --- views: 'see/view/regard X as Y' (an "as" phrase; a quotation alone is not one)
    pytest.param("Analysts see the new tariffs as a test of the alliance between the two countries.",
                 [("the new tariffs as a test of the alliance between the two countries", "indirect",
                   "Analysts")], id="see-as-view"),
    pytest.param('Senator Ruth Ames saw the film "Long Night" twice last year.', [],
                 id="saw-quoted-title"),
    # --- evidence adduced: 'citing X', 'pointed to X'
    pytest.param("The bridge will close in May, Mayor Tom Hale said, citing rising repair costs "
                 "and a shortage of steel.",
                 [("The bridge will close in May", "indirect", "Hale"),
                  ("rising repair costs and a shortage of steel", "indirect", "Hale")],
                 id="citing-after-said"),
    pytest.param("Senator Ruth Ames pointed to the latest jobs report from the labour ministry.",
                 [("the latest jobs report from the labour ministry", "indirect", "Ames")],
                 id="pointed-to"),
    pytest.param("Mayor Tom Hale pointed at the old bridge across the river.", [],
                 id="pointed-at-deed"),
    # --- a finding placed in one poll: the poll is the source
    pytest.param("In a new poll, most voters support the plan to raise the toll.",
                 [("most voters support the plan to raise the toll", "indirect", "poll")],
                 id="in-a-poll-finding"),
    pytest.param("The governor led her rival by nine points in the survey released on Monday.",
                 [("The governor led her rival by nine points", "indirect", "survey")],
                 id="finding-in-the-survey"),
    pytest.param("The mayor has trailed his rival badly in the polls for most of the year.", [],
                 id="in-the-polls-standing"),
    # --- a participle or relative clause between a quotation and the next one: same speaker
    pytest.param('"We are ready to vote," said Senator Ana Ortiz, asking for patience. '
                 '"The bill will pass next week."',
                 [("We are ready to vote,", "direct", "Ortiz"),
                  ("The bill will pass next week.", "direct", "Ortiz")], id="continuation-after-participle"),
    pytest.param('"We are ready to vote," said Senator Ana Ortiz. Her rival Tom Blake said the bill '
                 'was dead. "It will never pass."',
                 [("We are ready to vote,", "direct", "Ortiz"),
                  ("the bill was dead", "indirect", "Blake"),
                  ("It will never pass.", "direct", "Blake")], id="continuation-new-speaker"),
    pytest.param('"People are tired of waiting," he surmised. "They want answers now."',
                 [("People are tired of waiting,", "direct", None),
                  ("They want answers now.", "direct", None)], id="surmised-continuation"),
    # --- a quotation framed by a common-noun speaker the article never named
    pytest.param('"Not again!" the audience shouted back.',
                 [("Not again!", "direct", "audience")], id="quote-descriptor-audience"),
    pytest.param('"The budget is a fraud," wrote one commenter on the site.',
                 [("The budget is a fraud,", "direct", "commenter")], id="quote-descriptor-commenter"),
    pytest.param("The audience said the show was too long.",
                 [("the show was too long", "indirect", "audience")], id="clause-descriptor-subject"),
    # --- a quote nested at the end of a quotation; a role word as a surname (must-not: a title)
    pytest.param('"Voters keep asking me, \'Why now?\'" said Paul King, a county clerk.',
                 [("Voters keep asking me, 'Why now?'", "direct", "King")], id="nested-quote-at-end"),
    pytest.param("Dana King, a Texas Democrat, said talks failed.",
                 [("talks failed", "indirect", "Dana")], id="role-word-surname"),
    pytest.param("Nobody at the palace said anything about King Charles.", [], id="role-word-title-none"),
    # --- verbs of voice and manner frame quotations only (never clauses or objects)
    pytest.param('"This is the best night of my life!" beamed Maria Lopez, a volunteer from Ohio.',
                 [("This is the best night of my life!", "direct", "Lopez")], id="manner-beamed"),
    pytest.param('"Where is the money going?" the reporter pressed.',
                 [("Where is the money going?", "direct", "reporter")], id="manner-pressed-question"),
    pytest.param('As one economist put it, "The tax will fall on the poor."',
                 [("The tax will fall on the poor.", "direct", "economist")], id="as-x-put-it"),
    pytest.param('"We want a raise," the nurses chanted outside the hospital.',
                 [("We want a raise,", "direct", "nurses")], id="voice-chanted"),
    pytest.param("The union pressed the council for a new vote on the contract.", [],
                 id="manner-pressed-deed-none"),
    pytest.param('Critics mocked "the plan" for weeks.', [], id="manner-mocked-term-none"),
    # --- a quoted paragraph signed on the next line (fact-check layout)
    pytest.param('"Taxes went up under every governor since 1990."\n\n- Sen. Tom Ruiz.',
                 [("Taxes went up under every governor since 1990.", "direct", "Ruiz")],
                 id="signature-next-line"),
    pytest.param('"Taxes went up under every governor since 1990."\n\n- The claim is false, and the '
                 'record shows it.', [], id="dash-line-sentence-none"),
    # --- round-up items: a headline, a spaced dash, the speaker label
    pytest.param('Voters sour on the tax - Maria Chen: "Support fell by ten points in a month."',
                 [("Support fell by ten points in a month.", "direct", "Chen")], id="label-after-headline"),
    pytest.param('More from Chen: "Support fell by ten points in a month."',
                 [("Support fell by ten points in a month.", "direct", "Chen")], id="label-more-from"),
    pytest.param('Voters sour on the tax - and fast: "Support fell by ten points in a month."', [],
                 id="headline-dash-no-label-none"),
    # --- an aside between the speaker and the cue of a quotation frame
    pytest.param('"The river rose faster than in 1997," Ed Moss, now 70 and retired in Fargo, said '
                 'on Friday.', [("The river rose faster than in 1997,", "direct", "Moss")],
                 id="frame-aside-before-cue"),
    pytest.param('"Well, that is close to true," replied Lee.\n\n___.',
                 [("Well, that is close to true,", "direct", "Lee")], id="frame-subject-not-next-line"),
    # --- a speech verb with no content, then the quotation in the next sentence
    pytest.param('Retired teacher Ann Lee agreed. "The schools need money, not speeches."',
                 [("The schools need money, not speeches.", "direct", "Lee")], id="cue-sentence-quote"),
    pytest.param('Retired teacher Ann Lee praised the budget.\n\n"The schools need money, not speeches."',
                 [("The schools need money, not speeches.", "direct", "Lee")],
                 id="cue-sentence-quote-paragraph"),
    pytest.param('Ann Lee agreed to wait for the vote. "The schools need money, not speeches."', [],
                 id="cue-sentence-with-content-none"),
    pytest.param('"Many of the voters here," Lee added, "want a\nchange in the county."',
                 [("Many of the voters here,", "direct", "Lee")], id="stray-line-break-not-headline"),
    pytest.param('But Sen. Ann Lee (D-Ohio), noting the size of Ortiz\'s crowds, said, "Believe '
                 'me, he has a big donor base."',
                 [("the size of Ortiz's crowds", "indirect", "Lee"),
                  ("Believe me, he has a big donor base.", "direct", "Lee")],
                 id="speaker-before-participle-aside"),
    pytest.param('The governor issued the following statement:\n\n"Our prayers are with the families."',
                 [("Our prayers are with the families.", "direct", "governor")], id="following-statement"),
    pytest.param("The governor issued a statement on Monday about the flood.", [],
                 id="issued-statement-deed-none"),
    pytest.param('"We will find the missing emails." Lee said.',
                 [("We will find the missing emails.", "direct", "Lee")], id="full-stop-bare-frame"),
    pytest.param('"We will find the missing emails." He said nothing more.', [],
                 id="full-stop-sentence-none"),
    # --- known misses
    pytest.param("He said the firm was unlikely to lose share, although he noted strong competition "
                 "and named Norcom as its biggest rival.",
                 [("the firm was unlikely to lose share", "indirect", None),
                  ("strong competition", "indirect", None),
                  ("Norcom as its biggest rival", "indirect", None)], id="named-as-coordinated", marks=X),
    pytest.param('The chief executive told CNBC the fall is a "worry" but he is still "very hopeful" '
                 "about the business.",
                 [('the fall is a "worry" but he is still "very hopeful" about the business', "mixed", None)],
                 id="mixed-two-fragments", marks=X),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", REGRESSION)
def test_regression_table(nlp, text, expected):
    check_row(nlp, text, expected)


@pytest.mark.model
def test_component_sets_spans_and_records(nlp):
    text = ('"The talks were productive," said Mark Ellis, a spokesman for the ministry. '
            'The ministry said that a second round would follow.')
    doc = nlp(text)
    recs = doc._.attributions
    assert [doc.text[r.start:r.end] for r in recs] == [
        "The talks were productive,", "a second round would follow"]
    spans = doc.spans["claims"]
    assert len(spans) == 2 and spans[0]._.attribution is recs[0]
    first = recs[0]
    assert (first.kind, first.cue, first.speaker_mention, first.speaker, first.speaker_type) == (
        "direct", "said", "Mark Ellis", "Mark Ellis", "person")
    assert first.sent_start == 0 and first.sent_end >= first.end
    assert recs[1].speaker_type == "organization" and recs[1].evidence


@pytest.mark.model
def test_role_from_title(nlp):
    doc = nlp("South Korea's Foreign Minister Cho Hyun said the alliance was solid.")
    (rec,) = doc._.attributions
    assert rec.speaker == "Cho Hyun"
    assert rec.speaker_role == "Foreign Minister"


@pytest.mark.model
def test_anonymous_definite_resolves_to_descriptor(nlp):
    text = ('"Things are moving," a senior government official said. '
            'The official added that talks would continue next week.')
    recs = nlp(text)._.attributions
    assert [r.speaker for r in recs] == ["a senior government official"] * 2
    assert {r.speaker_type for r in recs} == {"anonymous"}


@pytest.mark.model
def test_bad_input_never_crashes(nlp):
    for text in ["", '"', "''''", '"unclosed quote, he said', "\n\n\n", "“”", "« »", "'a' 'b' 'c'"]:
        assert isinstance(nlp(text)._.attributions, list)


def test_factory_default_config():
    spacy = pytest.importorskip("spacy")
    import pipeline.attribution.component  # noqa: F401
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("claims_attribution")
    assert pipe.max_quote_chars == 3000 and pipe.min_quote_words == 3
    assert "say" in pipe.rules.verbs



@pytest.mark.model
def test_dev_gold_floors():
    """`claims eval` machinery (segment+clean+dedup+nlp+claims) on tests/data/dev_gold.jsonl
    stays above floors a bit under what was reached (all: F1 98.4, speaker 96.0, e2e 94.4;
    direct: F1 97.5)."""
    from pathlib import Path

    evaluate = pytest.importorskip("pipeline.eval.evaluate")
    from pipeline.config import load_config

    gold = Path(__file__).parent / "data" / "dev_gold.jsonl"
    ev = evaluate.evaluate(gold, load_config())
    assert ev.overall["quote_f1"] >= 0.93, ev.overall
    assert ev.overall["speaker_acc"] >= 0.92, ev.overall
    assert ev.overall["e2e_f1"] >= 0.88, ev.overall
    assert ev.direct["quote_f1"] >= 0.93, ev.direct
