"""Build tests/data/dev_gold.jsonl from hand-written articles and hand annotations.

    .venv/bin/python scripts/build_dev_gold.py        # writes and checks the file

The articles below were written for this dev set in the styles of wire, broadsheet, Korean
English-language, local, sports, business and court news; they are not real reporting.
Each annotation is (content, kind, speaker mention, canonical speaker, cue[, occurrence]):
`content` must occur in the text (the `occurrence`-th time, 0-based), and follows
/work/shared/seed-gold/GUIDELINES.md: direct = between the marks; indirect = the reported
clause (no "that", no final period); mixed = the clause up to and including a closing mark.
Annotated by hand before the extractor was run on these texts.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "dev_gold.jsonl"

ARTICLES = []


def article(id_, text, claims):
    ARTICLES.append((id_, text, claims))


# ------------------------------------------------------------------ AP politics
article("dev:ap-spending-bill", """Senate leader vows vote on spending bill as conservatives balk

WASHINGTON (AP) — Senate Majority Leader Karen Whitfield said Tuesday that the chamber would vote on the spending bill before the end of the week, setting up a showdown with conservatives who have threatened to block it.

"We are not going to let the government shut down over this," Whitfield told reporters outside her office. "The American people expect us to do our jobs."

She added that negotiators had made "real progress" over the weekend but that several issues remained unresolved.

Rep. Tom Garrity, a Texas Republican who leads a bloc of about 30 hard-line members, dismissed the bill as "a blank check for the bureaucracy." He said his members would not support any measure that did not include deep cuts to foreign aid.

The White House has signaled it would accept a short-term extension. Press secretary Dana Ruiz told reporters on Monday that President Michael Grant believes a shutdown "would hurt working families most" and wants both parties to compromise.

Some Republicans are uneasy. "I think we're playing with fire," said Sen. Laura Beck of Maine, who has broken with her party on several budget votes. Beck said she was confident a deal could be reached if leaders "stopped posturing."

Democrats, for their part, accused Garrity of holding the budget hostage. "This is a manufactured crisis," said Rep. Andre Mills, the ranking Democrat on the Appropriations Committee.

According to two congressional aides familiar with the talks, the main sticking point is a provision on border security funding. The aides spoke on condition of anonymity because they were not authorized to discuss private negotiations.

Garrity declined to comment on the provision Tuesday evening.

Analysts say a brief shutdown would have little effect on the economy, though a longer one could delay federal paychecks and disrupt air travel.
""", [
    ("the chamber would vote on the spending bill before the end of the week", "indirect", "Senate Majority Leader Karen Whitfield", "Karen Whitfield", "said"),
    ("We are not going to let the government shut down over this,", "direct", "Whitfield", "Karen Whitfield", "told"),
    ("The American people expect us to do our jobs.", "direct", "Whitfield", "Karen Whitfield", "told"),
    ('negotiators had made "real progress" over the weekend but that several issues remained unresolved', "mixed", "She", "Karen Whitfield", "added"),
    ('the bill as "a blank check for the bureaucracy."', "mixed", "Rep. Tom Garrity", "Tom Garrity", "dismissed"),
    ("his members would not support any measure that did not include deep cuts to foreign aid", "indirect", "He", "Tom Garrity", "said"),
    ("it would accept a short-term extension", "indirect", "The White House", "White House", "has signaled"),
    ('a shutdown "would hurt working families most"', "mixed", "President Michael Grant", "Michael Grant", "believes"),
    ("both parties to compromise", "indirect", "President Michael Grant", "Michael Grant", "wants"),
    ("I think we're playing with fire,", "direct", "Sen. Laura Beck", "Laura Beck", "said"),
    ('she was confident a deal could be reached if leaders "stopped posturing."', "mixed", "Beck", "Laura Beck", "said"),
    ("Garrity of holding the budget hostage", "indirect", "Democrats", "Democrats", "accused"),
    ("This is a manufactured crisis,", "direct", "Rep. Andre Mills", "Andre Mills", "said"),
    ("the main sticking point is a provision on border security funding", "indirect", "two congressional aides familiar with the talks", "two congressional aides", "according to"),
    ("a brief shutdown would have little effect on the economy, though a longer one could delay federal paychecks and disrupt air travel", "indirect", "Analysts", "analysts", "say"),
])

# ------------------------------------------------------------------ Reuters business
article("dev:reuters-chipmaker", """Chipmaker Norvale cuts outlook as demand for PC chips slumps

By Priya Raman

SAN JOSE, California, Oct 14 (Reuters) - Norvale Semiconductor on Tuesday cut its full-year revenue forecast, saying demand for chips used in personal computers had weakened faster than expected in the third quarter.

The company now expects revenue of $8.1 billion to $8.3 billion, down from its earlier forecast of $9 billion, it said in a statement. Shares fell 7% in extended trading.

"The PC market is going through a painful reset," Chief Executive Officer Helen Park said on a call with analysts. "We believe the worst is behind us, but we are not going to call the bottom yet."

Park said the company would slow hiring and delay construction of a new plant in Arizona by at least a year. She said data-center sales remained strong and accounted for nearly half of revenue.

Chief Financial Officer David Okoro told Reuters in an interview that Norvale had no plans to cut its dividend. "Our balance sheet is very healthy," he said.

Some investors were unconvinced. "They keep telling us the recovery is around the corner," said Mark Jensen, a portfolio manager at Harlow Capital, which owns Norvale shares. "At some point you stop believing it."

Analysts at Bernstein wrote in a note to clients that the guidance cut was "larger than feared" and that margins could stay under pressure into next year.

Norvale is also facing scrutiny over its supply deals in China. A person familiar with the matter said the U.S. Commerce Department had asked the company for details of its sales to Chinese customers. The Commerce Department did not immediately respond to a request for comment.

Park is expected to address the issue at an investor day next month, according to a company spokesperson.
""", [
    ("demand for chips used in personal computers had weakened faster than expected in the third quarter", "indirect", "Norvale Semiconductor", "Norvale Semiconductor", "saying"),
    ("The company now expects revenue of $8.1 billion to $8.3 billion, down from its earlier forecast of $9 billion", "indirect", "it", "Norvale Semiconductor", "said in a statement"),
    ("The PC market is going through a painful reset,", "direct", "Chief Executive Officer Helen Park", "Helen Park", "said"),
    ("We believe the worst is behind us, but we are not going to call the bottom yet.", "direct", "Chief Executive Officer Helen Park", "Helen Park", "said"),
    ("the company would slow hiring and delay construction of a new plant in Arizona by at least a year", "indirect", "Park", "Helen Park", "said"),
    ("data-center sales remained strong and accounted for nearly half of revenue", "indirect", "She", "Helen Park", "said"),
    ("Norvale had no plans to cut its dividend", "indirect", "Chief Financial Officer David Okoro", "David Okoro", "told"),
    ("Our balance sheet is very healthy,", "direct", "he", "David Okoro", "said"),
    ("They keep telling us the recovery is around the corner,", "direct", "Mark Jensen", "Mark Jensen", "said"),
    ("At some point you stop believing it.", "direct", "Mark Jensen", "Mark Jensen", "said"),
    ('the guidance cut was "larger than feared" and that margins could stay under pressure into next year', "mixed", "Analysts at Bernstein", "analysts at Bernstein", "wrote"),
    ("the U.S. Commerce Department had asked the company for details of its sales to Chinese customers", "indirect", "A person familiar with the matter", "a person familiar with the matter", "said"),
    ("Park is expected to address the issue at an investor day next month", "indirect", "a company spokesperson", "a company spokesperson", "according to"),
])

# ------------------------------------------------------------------ BBC UK
article("dev:bbc-nhs-strike", """Resident doctors in England to strike again over pay

Resident doctors in England will walk out for five days later this month, the British Medical Association (BMA) has announced.

The union said the government had failed to make a credible offer and that its members had "no choice" but to take further action.

Health Secretary Wes Harding called the decision "deeply disappointing" and urged the union to return to talks.

"Patients will once again bear the brunt of this action," he said in a statement. "My door remains open, but we cannot afford the BMA's demands."

The BMA's resident doctors committee co-chair, Dr Emma Sutton, told BBC Radio 4's Today programme that doctors did not want to strike.

"Nobody goes into medicine to stand on a picket line," she said. "But pay has fallen by a fifth since 2008 and doctors are leaving for Australia in their thousands."

She argued that a pay rise would save money in the long run by reducing the use of expensive agency staff.

NHS England said hospitals would prioritise emergency care, maternity services and cancer treatment during the walkout. Its medical director, Prof Sir Alan Moore, warned that the strike would cause "significant disruption" and said patients should attend appointments unless told otherwise.

The King's Fund, a health think tank, estimates that previous rounds of strikes cost the NHS more than £1.5bn.

Opposition parties blamed ministers. Liberal Democrat health spokesperson Helen Carr said the government had "let this drag on for far too long".

A Downing Street spokesman said the prime minister had full confidence in the health secretary.

Earlier this year, Mr Harding said he believed a deal was "within reach".
""", [
    ("Resident doctors in England will walk out for five days later this month", "indirect", "the British Medical Association (BMA)", "British Medical Association", "has announced"),
    ('the government had failed to make a credible offer and that its members had "no choice" but to take further action', "mixed", "The union", "British Medical Association", "said"),
    ('the decision "deeply disappointing"', "mixed", "Health Secretary Wes Harding", "Wes Harding", "called"),
    ("the union to return to talks", "indirect", "Health Secretary Wes Harding", "Wes Harding", "urged"),
    ("Patients will once again bear the brunt of this action,", "direct", "he", "Wes Harding", "said in a statement"),
    ("My door remains open, but we cannot afford the BMA's demands.", "direct", "he", "Wes Harding", "said in a statement"),
    ("doctors did not want to strike", "indirect", "Dr Emma Sutton", "Emma Sutton", "told"),
    ("Nobody goes into medicine to stand on a picket line,", "direct", "she", "Emma Sutton", "said"),
    ("But pay has fallen by a fifth since 2008 and doctors are leaving for Australia in their thousands.", "direct", "she", "Emma Sutton", "said"),
    ("a pay rise would save money in the long run by reducing the use of expensive agency staff", "indirect", "She", "Emma Sutton", "argued"),
    ("hospitals would prioritise emergency care, maternity services and cancer treatment during the walkout", "indirect", "NHS England", "NHS England", "said"),
    ('the strike would cause "significant disruption"', "mixed", "Prof Sir Alan Moore", "Alan Moore", "warned"),
    ("patients should attend appointments unless told otherwise", "indirect", "Prof Sir Alan Moore", "Alan Moore", "said"),
    ("previous rounds of strikes cost the NHS more than £1.5bn", "indirect", "The King's Fund", "King's Fund", "estimates"),
    ('the government had "let this drag on for far too long"', "mixed", "Helen Carr", "Helen Carr", "said"),
    ("the prime minister had full confidence in the health secretary", "indirect", "A Downing Street spokesman", "a Downing Street spokesman", "said"),
    ('he believed a deal was "within reach"', "mixed", "Mr Harding", "Wes Harding", "said"),
])

# ------------------------------------------------------------------ Guardian climate (curly quotes)
article("dev:guardian-climate", """Ministers accused of backsliding on net zero as North Sea licences approved

The government has approved three new oil and gas fields in the North Sea, prompting accusations from campaigners that ministers are abandoning the UK’s climate commitments.

The energy secretary, Rachel Ingram, said the licences would “protect jobs and keep the lights on” while the country built up renewable capacity. She insisted the decision was “entirely consistent” with the net zero target.

Campaigners were unimpressed. “This is climate vandalism, plain and simple,” said Tessa Lowe, the director of Green Future. “You cannot claim to lead on climate while opening new oilfields.”

Lowe said her group was considering a legal challenge.

The Climate Change Committee, the government’s statutory adviser, has previously warned that new licences would undermine the UK’s credibility abroad. In a statement on Thursday, the committee said it would assess the decision in its next progress report.

Industry figures welcomed the move. Offshore Energies UK said the fields would support about 2,000 jobs, many of them in Aberdeen. Its chief executive, Mike Dunn, told the Guardian: “This gives the workforce the certainty they have been asking for.”

Within Labour, some MPs are worried that the decision will alienate younger voters. One backbencher, who asked not to be named, said the party was “sleepwalking into a row we cannot win”.

Scientists were blunt. Prof Nadia Eze, a climate scientist at Imperial College London, said the world’s existing fields already contained more carbon than could be burned if warming was to be held to 1.5C.

“The maths is not complicated,” she said.

Ingram is understood to have argued for the approvals in cabinet against opposition from the Treasury.
""", [
    ("the licences would “protect jobs and keep the lights on” while the country built up renewable capacity", "mixed", "The energy secretary, Rachel Ingram", "Rachel Ingram", "said"),
    ("the decision was “entirely consistent” with the net zero target", "mixed", "She", "Rachel Ingram", "insisted"),
    ("This is climate vandalism, plain and simple,", "direct", "Tessa Lowe", "Tessa Lowe", "said"),
    ("You cannot claim to lead on climate while opening new oilfields.", "direct", "Tessa Lowe", "Tessa Lowe", "said"),
    ("her group was considering a legal challenge", "indirect", "Lowe", "Tessa Lowe", "said"),
    ("new licences would undermine the UK’s credibility abroad", "indirect", "The Climate Change Committee", "Climate Change Committee", "has previously warned"),
    ("it would assess the decision in its next progress report", "indirect", "the committee", "Climate Change Committee", "said"),
    ("the fields would support about 2,000 jobs, many of them in Aberdeen", "indirect", "Offshore Energies UK", "Offshore Energies UK", "said"),
    ("This gives the workforce the certainty they have been asking for.", "direct", "Its chief executive, Mike Dunn", "Mike Dunn", "told"),
    ("the decision will alienate younger voters", "indirect", "some MPs", "some Labour MPs", "are worried"),
    ("the party was “sleepwalking into a row we cannot win”", "mixed", "One backbencher", "one backbencher", "said"),
    ("the world’s existing fields already contained more carbon than could be burned if warming was to be held to 1.5C", "indirect", "Prof Nadia Eze", "Nadia Eze", "said"),
    ("The maths is not complicated,", "direct", "she", "Nadia Eze", "said"),
    ("have argued for the approvals in cabinet against opposition from the Treasury", "indirect", "Ingram", "Rachel Ingram", "is understood to"),
])

# ------------------------------------------------------------------ Korea Herald / Yonhap (single quotes)
article("dev:herald-defense-talks", """S. Korea, US to hold defense cost talks next month

South Korea and the United States will hold a new round of talks on sharing the cost of stationing American troops here next month, the Foreign Ministry said Monday.

Ministry spokesperson Lim Soo-jin told a regular briefing that the two sides had agreed on the date and venue. 'We will make every effort to reach a reasonable and fair outcome,' Lim said.

The talks come as Washington is pressing Seoul to pay more. US Ambassador Philip Reeves said in a speech in Seoul last week that South Korea was 'a wealthy country that can and should contribute more.'

A senior government official, who spoke on condition of anonymity, said Seoul's position had not changed. 'We already pay one of the highest shares among US allies,' the official said. He added that the government would also raise its own defense budget by 7 percent next year.

Opposition lawmakers were more critical. Rep. Yoo Min-ah of the main opposition party posted 'No more blank checks' on social media, calling the talks 'a humiliation.'

Experts say the outcome will depend largely on how the two allies define the role of US Forces Korea.

'If Washington wants USFK to deal with China, Seoul will demand a bigger say,' said Park Jung-ho, a professor at Korea University.

Defense Minister Ahn Gyu-back is also expected to visit Washington in December, according to Yonhap News Agency. He is said to be seeking an agreement on wartime operational control before the end of his term.

The 'alliance modernization' agenda has dominated talks between the two sides since the summer.
""", [
    ("South Korea and the United States will hold a new round of talks on sharing the cost of stationing American troops here next month", "indirect", "the Foreign Ministry", "Foreign Ministry", "said"),
    ("the two sides had agreed on the date and venue", "indirect", "Ministry spokesperson Lim Soo-jin", "Lim Soo-jin", "told"),
    ("We will make every effort to reach a reasonable and fair outcome,", "direct", "Lim", "Lim Soo-jin", "said"),
    ("South Korea was 'a wealthy country that can and should contribute more.'", "mixed", "US Ambassador Philip Reeves", "Philip Reeves", "said"),
    ("Seoul's position had not changed", "indirect", "A senior government official", "a senior government official", "said"),
    ("We already pay one of the highest shares among US allies,", "direct", "the official", "a senior government official", "said"),
    ("the government would also raise its own defense budget by 7 percent next year", "indirect", "He", "a senior government official", "added"),
    ("No more blank checks", "direct", "Rep. Yoo Min-ah", "Yoo Min-ah", "posted"),
    ("the talks 'a humiliation.'", "mixed", "Rep. Yoo Min-ah", "Yoo Min-ah", "calling"),
    ("the outcome will depend largely on how the two allies define the role of US Forces Korea", "indirect", "Experts", "experts", "say"),
    ("If Washington wants USFK to deal with China, Seoul will demand a bigger say,", "direct", "Park Jung-ho", "Park Jung-ho", "said"),
    ("Defense Minister Ahn Gyu-back is also expected to visit Washington in December", "indirect", "Yonhap News Agency", "Yonhap News Agency", "according to"),
    ("be seeking an agreement on wartime operational control before the end of his term", "indirect", "He", "Ahn Gyu-back", "is said to"),
])

# ------------------------------------------------------------------ local news
article("dev:local-council-housing", """Council approves 400-home development despite residents' objections

MILLBROOK — The City Council voted 5-2 on Wednesday night to approve a 400-home development on the former Hartwell farm, ending a two-year fight that packed City Hall with angry residents.

Mayor Denise Holt, who cast the deciding vote in committee last month, said the town needed more affordable housing and could not "keep saying no to every project."

"Our teachers, our nurses, our firefighters can't afford to live here," Holt said. "That is not the Millbrook I grew up in."

Councilman Ray Delgado, one of the two no votes, said he worried the roads and schools could not handle hundreds of new families. He called the traffic study "a joke."

More than 60 people spoke during the public comment period, most of them opposed. Jean Whitaker, who has lived on Hartwell Road for 31 years, told the council she feared the development would destroy the character of the neighborhood.

"You are paving over the last open space we have," she said, to applause.

Not everyone agreed. Marcus Bell, 27, said he grew up in Millbrook but moved away because he could not find an apartment he could afford. "I'd love to come home," he said.

The developer, Crestline Homes, said in a statement that 80 of the homes would be sold below market rate and that construction would begin next spring.

City planner Ann Yoon told the Courier that the project had been scaled back from 550 homes after the first round of hearings.

Opponents say they will appeal. "This isn't over," said Tom Pruitt, who leads the group Save Hartwell Farm.
""", [
    ('the town needed more affordable housing and could not "keep saying no to every project."', "mixed", "Mayor Denise Holt", "Denise Holt", "said"),
    ("Our teachers, our nurses, our firefighters can't afford to live here,", "direct", "Holt", "Denise Holt", "said"),
    ("That is not the Millbrook I grew up in.", "direct", "Holt", "Denise Holt", "said"),
    ("he worried the roads and schools could not handle hundreds of new families", "indirect", "Councilman Ray Delgado", "Ray Delgado", "said"),
    ('the traffic study "a joke."', "mixed", "He", "Ray Delgado", "called"),
    ("she feared the development would destroy the character of the neighborhood", "indirect", "Jean Whitaker", "Jean Whitaker", "told"),
    ("You are paving over the last open space we have,", "direct", "she", "Jean Whitaker", "said"),
    ("he grew up in Millbrook but moved away because he could not find an apartment he could afford", "indirect", "Marcus Bell", "Marcus Bell", "said"),
    ("I'd love to come home,", "direct", "he", "Marcus Bell", "said"),
    ("80 of the homes would be sold below market rate and that construction would begin next spring", "indirect", "Crestline Homes", "Crestline Homes", "said in a statement"),
    ("the project had been scaled back from 550 homes after the first round of hearings", "indirect", "City planner Ann Yoon", "Ann Yoon", "told"),
    ("they will appeal", "indirect", "Opponents", "opponents", "say"),
    ("This isn't over,", "direct", "Tom Pruitt", "Tom Pruitt", "said"),
])

# ------------------------------------------------------------------ sports
article("dev:sports-final", """Rovers stun City in cup final as Okafor strikes late

Rovers manager Gary Lennox hailed his side's "incredible spirit" after Chidi Okafor's 88th-minute header secured a 2-1 win over City in the cup final on Saturday.

City had led through Luis Moreno's first-half penalty, but Rovers equalised through Sam Pike before Okafor rose highest to meet a corner.

"I'm lost for words," Lennox told the BBC. "Nobody gave us a chance. These players have run through walls for each other all season."

Lennox, who took over in January with the club bottom of the table, said the victory was the proudest moment of his career.

Okafor, 21, said he had dreamed of scoring in a final since he was a boy.

"When I saw the ball coming, I just thought: 'This is mine,'" he said. "I still can't believe it."

City boss Anders Holm was less happy. He complained that the corner should never have been given and said the referee had "a difficult afternoon."

"We controlled the game for 70 minutes," Holm said. "But football is about the details, and we lost the details."

Asked whether his job was under threat, Holm said it was a question for the board.

City captain Jordan Reece said the squad was "gutted" but insisted they would bounce back in the league.

The win gives Rovers a place in next season's European competition, club chairman Peter Vance confirmed.
""", [
    ('his side\'s "incredible spirit"', "mixed", "Rovers manager Gary Lennox", "Gary Lennox", "hailed"),
    ("I'm lost for words,", "direct", "Lennox", "Gary Lennox", "told"),
    ("Nobody gave us a chance. These players have run through walls for each other all season.", "direct", "Lennox", "Gary Lennox", "told"),
    ("the victory was the proudest moment of his career", "indirect", "Lennox", "Gary Lennox", "said"),
    ("he had dreamed of scoring in a final since he was a boy", "indirect", "Okafor", "Chidi Okafor", "said"),
    ("When I saw the ball coming, I just thought: 'This is mine,'", "direct", "he", "Chidi Okafor", "said"),
    ("I still can't believe it.", "direct", "he", "Chidi Okafor", "said"),
    ("the corner should never have been given", "indirect", "He", "Anders Holm", "complained"),
    ('the referee had "a difficult afternoon."', "mixed", "He", "Anders Holm", "said"),
    ("We controlled the game for 70 minutes,", "direct", "Holm", "Anders Holm", "said"),
    ("But football is about the details, and we lost the details.", "direct", "Holm", "Anders Holm", "said"),
    ("it was a question for the board", "indirect", "Holm", "Anders Holm", "said"),
    ('the squad was "gutted"', "mixed", "City captain Jordan Reece", "Jordan Reece", "said"),
    ("they would bounce back in the league", "indirect", "City captain Jordan Reece", "Jordan Reece", "insisted"),
    ("The win gives Rovers a place in next season's European competition", "indirect", "club chairman Peter Vance", "Peter Vance", "confirmed"),
])

# ------------------------------------------------------------------ court story (NYT-ish)
article("dev:court-fraud-trial", """Former Fund Manager Convicted of Defrauding Investors

A federal jury in Manhattan on Thursday found Victor Lang, a former hedge fund manager, guilty of securities fraud for misleading investors about the value of his fund's holdings.

Prosecutors said Mr. Lang had inflated the fund's returns for years to attract new money, and used it to pay earlier investors and to buy a house in the Hamptons.

"Victor Lang lied to his investors, lied to his auditors and lied to this jury," Assistant U.S. Attorney Rebecca Sloan said in her closing argument on Tuesday. "The evidence of his guilt is overwhelming."

Mr. Lang's lawyer, Daniel Frye, had argued that his client was a poor manager but not a criminal, and that the losses were caused by a market downturn. After the verdict, Mr. Frye told reporters that Mr. Lang would appeal.

"We respect the jury's work, but we believe the judge made serious errors in what evidence she allowed," he said.

Mr. Lang, 54, showed no emotion as the verdict was read. He faces up to 20 years in prison; sentencing is set for March.

The judge, Maria Trevino, thanked the jurors and said the case had been "unusually complex."

Several investors who lost money attended the trial. One of them, Carol Boyd, a retired teacher from New Jersey, said she had put most of her savings into the fund. "I trusted him completely," she said outside the courthouse. "I hope he never does this to anyone else."

The Securities and Exchange Commission, which has brought a parallel civil case, said it would seek to recover more than $40 million for investors.

In a statement, the U.S. attorney's office said the verdict showed that "no one is above the law."
""", [
    ("Mr. Lang had inflated the fund's returns for years to attract new money, and used it to pay earlier investors and to buy a house in the Hamptons", "indirect", "Prosecutors", "prosecutors", "said"),
    ("Victor Lang lied to his investors, lied to his auditors and lied to this jury,", "direct", "Assistant U.S. Attorney Rebecca Sloan", "Rebecca Sloan", "said"),
    ("The evidence of his guilt is overwhelming.", "direct", "Assistant U.S. Attorney Rebecca Sloan", "Rebecca Sloan", "said"),
    ("his client was a poor manager but not a criminal, and that the losses were caused by a market downturn", "indirect", "Daniel Frye", "Daniel Frye", "had argued"),
    ("Mr. Lang would appeal", "indirect", "Mr. Frye", "Daniel Frye", "told"),
    ("We respect the jury's work, but we believe the judge made serious errors in what evidence she allowed,", "direct", "he", "Daniel Frye", "said"),
    ('the case had been "unusually complex."', "mixed", "The judge, Maria Trevino", "Maria Trevino", "said"),
    ("she had put most of her savings into the fund", "indirect", "Carol Boyd", "Carol Boyd", "said"),
    ("I trusted him completely,", "direct", "she", "Carol Boyd", "said"),
    ("I hope he never does this to anyone else.", "direct", "she", "Carol Boyd", "said"),
    ("it would seek to recover more than $40 million for investors", "indirect", "The Securities and Exchange Commission", "Securities and Exchange Commission", "said"),
    ('the verdict showed that "no one is above the law."', "mixed", "the U.S. attorney's office", "U.S. attorney's office", "said"),
])

# ------------------------------------------------------------------ international wire (beliefs, hearsay)
article("dev:wire-ceasefire", """Ceasefire talks resume in Doha amid cautious optimism

DOHA, March 3 (AFP) - Negotiators from both sides returned to Doha on Monday for a new round of ceasefire talks, with mediators saying they were more hopeful than at any point this year.

Qatar's foreign ministry spokesman Majed al-Sayed said the two delegations had agreed to discuss a phased exchange of prisoners. "The atmosphere is positive, but there are still gaps," he told a news conference.

Diplomats believe a first-phase deal could be announced within days if the remaining disputes over troop withdrawals are settled. One Western diplomat said the main obstacle was a lack of trust between the parties.

The head of the government delegation, Yosef Arad, is reported to have told colleagues that he had "a mandate to close a deal." His office declined to comment.

Aid agencies warned that conditions for civilians continued to deteriorate. The World Food Programme said more than a million people faced severe hunger, and its regional director, Fatima Sy, described the situation as "catastrophic."

The United Nations secretary-general, Antonio Reyes, called on both sides to "seize this moment." He said in a post on X that the world "cannot afford another failure."

Not everyone shares the optimism. Critics of the talks argue that previous agreements collapsed within weeks. Lina Haddad, an analyst at the Crisis Group, said she expected a deal only "on paper."

"Both leaders need a win, but neither can afford to look weak at home," she said.

Officials from the opposition delegation could not be reached for comment.
""", [
    ("they were more hopeful than at any point this year", "indirect", "mediators", "mediators", "saying"),
    ("the two delegations had agreed to discuss a phased exchange of prisoners", "indirect", "Majed al-Sayed", "Majed al-Sayed", "said"),
    ("The atmosphere is positive, but there are still gaps,", "direct", "he", "Majed al-Sayed", "told"),
    ("a first-phase deal could be announced within days if the remaining disputes over troop withdrawals are settled", "indirect", "Diplomats", "diplomats", "believe"),
    ("the main obstacle was a lack of trust between the parties", "indirect", "One Western diplomat", "one Western diplomat", "said"),
    ('he had "a mandate to close a deal."', "mixed", "Yosef Arad", "Yosef Arad", "is reported to have told"),
    ("conditions for civilians continued to deteriorate", "indirect", "Aid agencies", "aid agencies", "warned"),
    ("more than a million people faced severe hunger", "indirect", "The World Food Programme", "World Food Programme", "said"),
    ('the situation as "catastrophic."', "mixed", "its regional director, Fatima Sy", "Fatima Sy", "described"),
    ('both sides to "seize this moment."', "mixed", "Antonio Reyes", "Antonio Reyes", "called on"),
    ('the world "cannot afford another failure."', "mixed", "He", "Antonio Reyes", "said in a post on X"),
    ("previous agreements collapsed within weeks", "indirect", "Critics of the talks", "critics of the talks", "argue"),
    ('she expected a deal only "on paper."', "mixed", "Lina Haddad", "Lina Haddad", "said"),
    ("Both leaders need a win, but neither can afford to look weak at home,", "direct", "she", "Lina Haddad", "said"),
])


def find_nth(text: str, sub: str, n: int) -> int:
    pos = -1
    for _ in range(n + 1):
        pos = text.find(sub, pos + 1)
        if pos < 0:
            return -1
    return pos


def build() -> list[dict]:
    docs = []
    for id_, text, claims in ARTICLES:
        quotes = []
        for row in claims:
            content, kind, mention, canonical, cue = row[:5]
            n = row[5] if len(row) > 5 else 0
            s = find_nth(text, content, n)
            if s < 0:
                raise SystemExit(f"{id_}: not in text: {content!r}")
            e = s + len(content)
            if kind == "mixed" and text[e:e + 1] in "\"”'’" and content[-1:] not in "\"”'’":
                e += 1                          # a mixed clause ends with its closing mark
            quotes.append({"start": s, "end": e, "kind": kind, "speaker": mention,
                           "speaker_canonical": canonical, "cue": cue})
        quotes.sort(key=lambda q: (q["start"], q["end"]))
        docs.append({"id": id_, "source": "dev", "text": text, "quotes": quotes})
    return docs


def main() -> int:
    docs = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    sys.path.insert(0, str(ROOT / "scripts"))
    from check_gold import check_file
    problems = check_file(OUT)
    for p in problems:
        print(p)
    n = sum(len(d["quotes"]) for d in docs)
    words = [len(d["text"].split()) for d in docs]
    print(f"wrote {OUT} ({len(docs)} docs, {n} claims, {min(words)}-{max(words)} words)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
