"""English figures and speakers, construction checklist (issue 17, round 6): newspaper constructions written down with
their expected reading BEFORE the system was run on them — qualifiers before and after the number, number words,
ranges, money, lengths and units that count no people, ordinal deaths, "eight of the 14", percentages, values an
article must NOT report (ages, years, clock times) — and the speaker of a statement after an apposition, a title, an
organisation or a pronoun. Every sentence is invented.

A figure's expectation follows the multilingual protocol (tools/build_multilingual.py): the value, or (low, high) for
a range, and the qualifier in the English vocabulary of extract/lexicons/figure_qualifiers.tsv; a vague amount
("dozens") has no value and the qualifier "several" (figure_vague.tsv); None means no figure at that numeral.

Items the system still reads otherwise stay in the checklist, in the *_STILL_FAILING lists, whose pass count is
pinned (docs/quality.md lists them): they are not deleted to look good. Pass counts before this round's fixes:
figures 55/64 (first batch), 26/26 (second), 6/10 (third), 26/30 (fourth); speakers 20/20, 12/12, 5/6; after:
figures 127/130, speakers 38/38."""

from __future__ import annotations

from functools import partial

import pytest

from newsledger.eval.multilingual import speaker_matches
from tests.attribution_kit import attribute, by_text, source_name
from tests.figures_kit import figure_at

# (sentence, numeral as written, expected): expected is (value, qualifier), ((low, high), qualifier) or None.
FIGURES: list[tuple[str, str, object]] = [
    # qualifiers before the number
    ("More than 40 people were killed when the dam gave way above Korvath.", "40", (40, "more than")),
    ("At least 17 miners remain trapped underground, the operator said.", "17", (17, "at least")),
    ("Nearly 300 homes were flooded overnight in the lower town.", "300", (300, "nearly")),
    ("Almost 2,500 passengers were stranded at Tellin airport on Friday.", "2,500", (2500, "nearly")),
    ("Up to 60 workers may have been exposed to the gas, the inspectorate said.", "60", (60, "up to")),
    ("Some 800 firefighters were battling the blaze on Sunday.", "800", (800, "about")),
    ("Around 45 patients were moved to other hospitals overnight.", "45", (45, "about")),
    ("Roughly 1,100 households were left without drinking water.", "1,100", (1100, "about")),
    ("An estimated 9,000 people marched through the centre of Ossany.", "9,000", (9000, "about")),
    ("Upwards of 200 volunteers joined the search for the missing boy.", "200", (200, "more than")),
    ("Just under 70 percent of voters backed the plan.", "70", (70, "nearly")),
    ("Well over 5,000 spectators had left the stadium before the roof gave way.", "5,000", (5000, "more than")),
    ("At most 12 people were on board the boat, the coastguard said.", "12", (12, "up to")),
    ("No fewer than nine ambulances were sent to the scene.", "nine", (9, "at least")),
    ("Fewer than 100 residents stayed behind in the village.", "100", (100, "fewer than")),
    ("Losses exceeded €300 million last year, the company said.", "€300 million", (300_000_000, "more than")),
    ("Close to 3,000 people have fled the fighting, the refugee agency said.", "3,000", (3000, "nearly")),
    ("As many as 400 people could have been inside the building.", "400", (400, "up to")),
    ("The airline cancelled around 90 flights on Monday.", "90", (90, "about")),
    ("Prosecutors said the gang stole roughly $4.7 million in cash.", "$4.7 million", (4_700_000, "about")),
    ("The insurer put the damage at just over €80 million.", "€80 million", (80_000_000, "more than")),
    ("The flood left some 12,000 people homeless.", "12,000", (12000, "about")),
    ("The death toll rose to at least 56 on Monday.", "56", (56, "at least")),
    ("More than 1.2 million customers lost power during the storm.", "1.2 million", (1_200_000, "more than")),
    ("Some 70 per cent of the harvest was lost to the frost.", "70", (70, "about")),
    ("The quake damaged about 700 buildings in the old town.", "700", (700, "about")),
    # qualifiers after the number
    ("The remaining 30 or so residents refused to leave their homes.", "30", (30, "about")),
    ("Officials said 1,000 jobs or more could be lost at the plant.", "1,000", (1000, "at least")),
    ("Damage could reach €10 million or more, the insurer said.", "€10 million", (10_000_000, "at least")),
    ("The union said 20,000 or so workers had joined the strike.", "20,000", (20000, "about")),
    ("Crews had cleared 300-plus tonnes of debris by Friday.", "300", (300, "more than")),
    # number words
    ("A dozen police officers were injured in the clashes.", "A dozen", (12, "about")),
    ("About a dozen houses were swept away by the mudslide.", "dozen", (12, "about")),
    ("More than a dozen beaches were closed after the spill.", "dozen", (12, "more than")),
    ("Dozens of people were injured when the stand collapsed.", "Dozens", (None, "several")),
    ("Hundreds of residents spent the night in school gyms.", "Hundreds", (None, "several")),
    ("Two million litres of diesel leaked into the river.", "Two million", (2_000_000, None)),
    ("Twenty-seven passengers were treated for smoke inhalation.", "Twenty-seven", (27, None)),
    ("Seventy-one people were killed and hundreds injured.", "Seventy-one", (71, None)),
    # ranges
    ("Between 40 and 50 people were arrested after the match.", "40", ((40, 50), None)),
    ("Police said 40 to 50 cars had been set alight.", "40", ((40, 50), None)),
    ("Officials said 40-50 families had been evacuated from the valley.", "40", ((40, 50), None)),
    ("Repairs could cost between €70 million and €90 million, the agency said.", "€70 million",
     ((70_000_000, 90_000_000), None)),
    # money
    ("The regulator fined the bank €6.3 million on Thursday.", "€6.3 million", (6_300_000, None)),
    ("The company set aside $2bn to compensate the victims.", "$2bn", (2_000_000_000, None)),
    ("Damage was estimated at £40 million.", "£40 million", (40_000_000, None)),
    # units and lengths that count no people
    ("The river rose 4.5 metres in six hours.", "4.5", (4.5, None)),
    ("Police set up a 10-kilometre exclusion zone around the plant.", "10", (10, None)),
    ("The tanker spilled 3,000 tonnes of crude oil off the coast.", "3,000", (3000, None)),
    ("Temperatures fell to minus 18 degrees overnight.", "18", (-18, None)),
    # ordinal deaths, parts of a whole, percentages
    ("A fifth person has died after the apartment block fire in Merrow.", "fifth", (5, None)),
    ("The water board reopened eight of the 14 pumping stations closed by the flood.", "eight", (8, None)),
    ("The water board reopened eight of the 14 pumping stations closed by the flood.", "14", (14, None)),
    ("The blast injured 23 people, four of them seriously.", "23", (23, None)),
    ("The blast injured 23 people, four of them seriously.", "four", (4, None)),
    ("Three firefighters were killed and 11 injured.", "11", (11, None)),
    ("Turnout was 58.2 percent, the electoral commission said.", "58.2", (58.2, None)),
    ("Food prices rose 4% in March.", "4", (4, None)),
    ("Nearly half of the 600 flights were cancelled.", "600", (600, None)),
    ("Officials put the death toll at 31.", "31", (31, None)),
    ("The ship was carrying 1,350 passengers and 400 crew.", "400", (400, None)),
    # no figure: an age, a year, a clock time
    ("The 52-year-old driver was arrested at the scene.", "52", None),
    ("The bridge, built in 1968, was closed to traffic.", "1968", None),
    ("The alarm went off at 4.30 am, neighbours said.", "4.30", None),
]

# A second batch, written after the first batch's fixes and before any run on it: more qualifier positions, scales
# and currencies, counts after "another"/"a further", and ranges with a qualifier.
FIGURES += [
    ("Rescuers pulled another 30 people from the rubble overnight.", "30", (30, None)),
    ("A further 12 bodies were recovered on Wednesday.", "12", (12, None)),
    ("Divers found 12 more bodies in the hull on Thursday.", "12", (12, None)),
    ("A total of 240 flights were cancelled at Varro airport.", "240", (240, None)),
    ("The state will pay €1.2bn in compensation.", "€1.2bn", (1_200_000_000, None)),
    ("The thieves took jewellery worth $350,000.", "$350,000", (350_000, None)),
    ("The council has set aside £3m for repairs.", "£3m", (3_000_000, None)),
    ("About 1.5m people live in the flood zone.", "1.5m", (1_500_000, "about")),
    ("Tens of thousands of farmers rallied in the capital.", "Tens of thousands", (None, "several")),
    ("Up to 300,000 households could lose power tonight.", "300,000", (300_000, "up to")),
    ("Some 40 to 50 fishing boats were damaged in the harbour.", "40", ((40, 50), "about")),
    ("Between €2m and €3m was stolen from the depot.", "€2m", ((2_000_000, 3_000_000), None)),
    ("Unemployment rose to 7.4 percent in June.", "7.4", (7.4, None)),
    ("Nearly 40 percent of the vines were destroyed.", "40", (40, "nearly")),
    ("Temperatures reached a record 45 degrees in Selva on Tuesday.", "45", (45, None)),
    ("The blaze has destroyed at least 1,000 hectares of pine forest.", "1,000", (1000, "at least")),
    ("Officials said more than 100,000 residents had been ordered to leave.", "100,000", (100_000, "more than")),
    ("Police arrested eleven people, most of them teenagers.", "eleven", (11, None)),
    ("The crash injured 25 passengers, three of whom remain in intensive care.", "three", (3, None)),
    ("Of the 48 passengers on the coach, 29 were tourists.", "29", (29, None)),
    ("Fifteen people died and more than 60 were hurt in the fire.", "60", (60, "more than")),
    ("The strike cost the airline an estimated €25 million a day.", "€25 million", (25_000_000, "about")),
    ("Over 2,000 homes were without heating on Sunday.", "2,000", (2000, "more than")),
    ("Only 120 of the 800 residents have returned.", "120", (120, None)),
    ("The earthquake killed 1,240 people, the government said on Saturday.", "1,240", (1240, None)),
    ("The wall collapsed on Monday, the 12th day of the storm.", "12th", None),
]

# A third batch, written after the second and before any run on it: a spelled-out number before an adjective
# and its noun ("three parked cars"), as the object of a total ("its earlier count of four"), "one other".
FIGURES += [
    ("The landslide buried three abandoned houses on the hillside.", "three", (3, None)),
    ("Customs officers seized two stolen lorries at the border.", "two", (2, None)),
    ("Firefighters rescued seven trapped workers from the silo.", "seven", (7, None)),
    ("Police closed three damaged bridges on the river.", "three", (3, None)),
    ("The explosion wrecked six neighbouring buildings.", "six", (6, None)),
    ("Thirty injured passengers were taken to hospital in Vesk.", "Thirty", (30, None)),
    ("The ministry raised the death toll to 14, revising its earlier count of nine.", "nine", (9, None)),
    ("Officials gave a death toll of six on Sunday evening.", "six", (6, None)),
    ("The embassy said that one other climber had broken a leg.", "one", (1, None)),
    ("Farmers lost nine hundred sheep in the blizzard.", "nine hundred", (900, None)),
]

# A fourth batch, written after the third's fixes and before any run on it: scale words, currencies, "-odd",
# "-strong", qualifiers of three words, number words with a qualifier, distances and times that are no figure.
FIGURES += [
    ("A 2,000-strong crowd gathered outside parliament.", "2,000", (2000, None)),
    ("Ten thousand people marched through Brava on Saturday.", "Ten thousand", (10_000, None)),
    ("Twenty-five thousand homes lost power.", "Twenty-five thousand", (25_000, None)),
    ("The deal is worth €3.5bn, the company said.", "€3.5bn", (3_500_000_000, None)),
    ("He was ordered to pay £750,000 in damages.", "£750,000", (750_000, None)),
    ("Losses could reach 3.2 billion dollars.", "3.2 billion", (3_200_000_000, None)),
    ("A little over 300 people were evacuated.", "300", (300, "more than")),
    ("Just shy of 500 runners finished the race.", "500", (500, "nearly")),
    ("In excess of £2m has been raised for the victims.", "£2m", (2_000_000, "more than")),
    ("Rescuers had pulled 1,200-odd people from the water.", "1,200", (1200, "about")),
    ("More than 1.5 metres of snow fell overnight.", "1.5", (1.5, "more than")),
    ("Almost 40,000 tickets were sold.", "40,000", (40_000, "nearly")),
    ("Some 200 to 300 migrants were on board.", "200", ((200, 300), "about")),
    ("Between two and three thousand people attended the vigil.", "two", ((2000, 3000), None)),
    ("Around a dozen shops were looted.", "dozen", (12, "about")),
    ("At least two dozen people were hurt.", "two dozen", (24, "at least")),
    ("Half a dozen firefighters were treated for burns.", "Half a dozen", (6, "about")),
    ("Police said up to 15,000 people took part.", "15,000", (15_000, "up to")),
    ("Approximately 600 jobs will go.", "600", (600, "about")),
    ("The government pledged $500m in aid.", "$500m", (500_000_000, None)),
    ("The fine amounts to nearly €1 billion.", "€1 billion", (1_000_000_000, "nearly")),
    ("A crowd estimated at 50,000 filled the square.", "50,000", (50_000, None)),
    ("A 30-year-old man and two teenagers were arrested.", "two", (2, None)),
    ("A 30-year-old man and two teenagers were arrested.", "30", None),
    ("Fewer than a hundred people were left in the town.", "a hundred", (100, "fewer than")),
    ("The tremor was felt 200 kilometres away.", "200", None),
    ("She was born in 1984.", "1984", None),
    ("The ceasefire began at 6 pm.", "6", None),
    ("More than 60 per cent of the town was flooded.", "60", (60, "more than")),
    ("Police said 3 people were arrested.", "3", (3, None)),
]

# Read otherwise after this round (causes in docs/quality.md); kept here, their pass count pinned.
# "one other climber had broken a leg": "one" with no casualty word near is read as a pronoun ("one resident said").
# "2,000-strong" and "between two and three thousand" are read in extract/numbers.py (a word written onto the
# number makes it a label; the scale word is not shared by the range's first number), outside this round's files.
FIGURES_STILL_FAILING: set[tuple[str, str]] = {
    ("The embassy said that one other climber had broken a leg.", "one"),
    ("A 2,000-strong crowd gathered outside parliament.", "2,000"),
    ("Between two and three thousand people attended the vigil.", "two"),
}
FIGURES_STILL_PASSING = 0  # of FIGURES_STILL_FAILING: none reads as expected yet


def _reads(text: str, numeral: str, expected: object) -> bool:
    fig = figure_at(text, numeral)
    if expected is None:
        return fig is None
    if fig is None:
        return False
    value, qualifier = expected
    if isinstance(value, tuple):
        return (fig.low, fig.high, fig.qualifier) == (*value, qualifier)
    if value is None:
        return fig.value is None and fig.qualifier == qualifier
    return fig.value == value and fig.qualifier == qualifier


@pytest.mark.parametrize(("text", "numeral", "expected"),
                         [f for f in FIGURES if (f[0], f[1]) not in FIGURES_STILL_FAILING])
def test_checklist_figure(text: str, numeral: str, expected: object) -> None:
    fig = figure_at(text, numeral)
    assert _reads(text, numeral, expected), (expected, fig)


def test_still_failing_figures_keep_their_pinned_count() -> None:
    failing = [f for f in FIGURES if (f[0], f[1]) in FIGURES_STILL_FAILING]
    assert len(failing) == len(FIGURES_STILL_FAILING)
    # pinned exactly, not as a floor of 0 that nothing can break: an item read as expected now moves to FIGURES'
    # checked items, one still failing item read otherwise stays visible here
    assert sum(_reads(*f) for f in failing) == FIGURES_STILL_PASSING, [f[1] for f in failing if _reads(*f)]


@pytest.mark.parametrize(("text", "numeral", "expected"), [
    # an -ed word after a clause-opening number is its verb, and after a preposition the phrase sets the scene
    ("Six received injuries in the blast.", "Six", None),
    ("Rescuers were searching the ruins of two burned barns.", "two", None),
    # a total naming no category leaves the category to its clause
    ("Officials said a total of three were hurt.", "three", "wounded"),
    ("Officials gave a death toll of six on Sunday evening.", "six", "killed"),
])
def test_what_the_new_rules_leave_alone(text: str, numeral: str, expected: str | None) -> None:
    fig = figure_at(text, numeral)
    assert (fig.category if fig else None) == expected


def test_a_sign_word_is_inside_the_span() -> None:
    fig = figure_at("Temperatures fell to minus 18 degrees overnight.", "18")
    assert (fig.text, fig.value) == ("minus 18", -18)


def test_a_qualifier_after_the_number_bounds_it_like_one_before() -> None:
    after = figure_at("Officials said 1,000 jobs or more could be lost.", "1,000")
    before = figure_at("Officials said at least 1,000 jobs could be lost.", "1,000")
    assert (after.qualifier, after.low, after.high) == (before.qualifier, before.low, before.high) == ("at least", 1000, None)


# (article text, a piece of the statement, forms the speaker may be named by)
SPEAKERS: list[tuple[str, str, tuple[str, ...]]] = [
    ('Train derails near Olvik.\n\nLena Marsh, a 52-year-old passenger, told reporters: "The carriage just tipped '
     'over and everyone screamed."', "The carriage just tipped over", ("Lena Marsh",)),
    ('Blackout in Serrano.\n\n"We heard a loud bang and then the lights went out," said Tomas Ekdal, a 34-year-old '
     'nurse.', "We heard a loud bang", ("Tomas Ekdal",)),
    ("Search goes on.\n\nInterior Minister Karla Veen said the search would continue through the night.",
     "the search would continue", ("Karla Veen",)),
    ('Floods in Brell.\n\n"The water came in faster than anyone expected," Mayor Piet Lorrin told the local radio '
     'station.', "The water came in faster", ("Piet Lorrin",)),
    ("Trains halted.\n\nThe Transport Ministry said in a short statement that all trains on the line had been halted.",
     "all trains on the line", ("Transport Ministry", "the Transport Ministry")),
    ("Fire in Dunmore.\n\nAccording to the regional fire service, the blaze was under control by midnight.",
     "the blaze was under control", ("regional fire service", "fire service")),
    ("Crash on the A4.\n\nPolice said the driver had been arrested at the scene.", "the driver had been arrested",
     ("Police",)),
    ('Smoke over Arlen.\n\nMarta Osei, who runs a bakery near the square, said she had never seen so much smoke. '
     '"It was like night at noon," she said.', "It was like night at noon", ("Marta Osei",)),
    ("Blast at refinery.\n\nDr Anil Haskar, head of the burns unit at St Brenna's Hospital, said three of the "
     "patients were in a serious condition.", "three of the patients", ("Anil Haskar",)),
    ('Plant closes.\n\n"We are doing all that we can," the company\'s chief executive, Rosa Delmare, said.',
     "We are doing all that we can", ("Rosa Delmare",)),
    ("Ferry missing.\n\nA spokesman for the coastguard, Ivo Brandt, said the search had been suspended because of "
     "high winds.", "the search had been suspended", ("Ivo Brandt",)),
    ("Sirens at night.\n\nJonas Feld, 41, said he had been woken by the sirens at about 3 am.",
     "woken by the sirens", ("Jonas Feld",)),
    ("Repairs funded.\n\nThe prime minister, Helena Stroud, told parliament that the government would pay for the "
     "repairs.", "the government would pay", ("Helena Stroud",)),
    ("Border crossings.\n\nThe United Nations refugee agency said more than 3,000 people had crossed the border "
     "since Friday.", "people had crossed the border", ("United Nations refugee agency", "refugee agency", "UNHCR")),
    ("Shelter full.\n\nGreta Holm, who runs the shelter, said it was full. She added that more beds would arrive on "
     "Tuesday.", "more beds would arrive", ("Greta Holm",)),
    ('Strike goes on.\n\nUnion leader Pavel Droz told reporters the strike would continue until the company gave way.',
     "the strike would continue", ("Pavel Droz",)),
    ("Rubble cleared.\n\nFire chief Ewa Lindqvist said crews had pulled 14 people from the rubble.",
     "crews had pulled 14 people", ("Ewa Lindqvist",)),
    ('Worst floods.\n\n"This is the worst flooding we have seen in forty years," Governor Alma Reyes said on Sunday. '
     'Reyes added that the army had been called in.', "the army had been called in", ("Alma Reyes",)),
    ("Bus crash.\n\nWitnesses said the bus had been travelling at high speed when it left the road.",
     "the bus had been travelling", ("Witnesses",)),
    ("Flights resume.\n\nKofi Mensah, a spokesman for the airport operator, said flights would resume on Monday.",
     "flights would resume", ("Kofi Mensah",)),
]

# A second batch, written after the first batch all passed and before any run on it: constructions where the
# speaker stands further from the words (a continued quotation, "adding that", "Asked …, X said:", a fronted
# "Speaking at …", an organisation in apposition, officials without a name).
SPEAKERS += [
    ("Flood warning.\n\nMeteorologist Sanna Kuld of the national weather service said the rain would ease by "
     "Thursday.", "the rain would ease", ("Sanna Kuld",)),
    ('Fire destroys farm.\n\n"We lost everything," said Abel Moreno. "The house, the car, the photographs."',
     "The house, the car", ("Abel Moreno",)),
    ("Hospital overwhelmed.\n\nThe hospital's director, Dr Lotte Braam, said staff had been called back from leave. "
     '"We have never seen anything like it," she told the BBC.', "We have never seen anything like it",
     ("Lotte Braam",)),
    ("Budget revised.\n\nSpeaking at a news conference on Monday, Finance Minister Oskar Lind said the budget would "
     "be revised.", "the budget would be revised", ("Oskar Lind",)),
    ("Plant closes.\n\nThe plant will close next year, the company announced on Tuesday.",
     "The plant will close next year", ("the company", "company")),
    ('Ferry delays.\n\n"Crossings will resume when the wind drops," a spokeswoman for Nordlink Ferries said.',
     "Crossings will resume", ("Nordlink Ferries",)),
    ("Mine rescue.\n\nRescue leader Dmitri Orlan said on Wednesday that the trapped miners had enough air for two "
     "more days, adding that a second shaft was being drilled.", "a second shaft was being drilled",
     ("Dmitri Orlan",)),
    ('School shut.\n\nAsked whether the school would reopen, head teacher Miriam Kolb said: "Not this week, and '
     'perhaps not this month."', "Not this week", ("Miriam Kolb",)),
    ("Fire crews.\n\nAccording to Chief Inspector Rolf Haber, the fire started in a storage room.",
     "the fire started in a storage room", ("Rolf Haber",)),
    ("Storm damage.\n\nEU Commissioner Ana Vidal told Reuters on Friday that emergency funds would be released.",
     "emergency funds would be released", ("Ana Vidal",)),
    ('Airport chaos.\n\n"Passengers should not come to the airport," the operator, Skyport Holdings, said in a '
     "statement.", "Passengers should not come", ("Skyport Holdings",)),
    ("Heatwave.\n\nHealth officials warned that the elderly were most at risk.", "the elderly were most at risk",
     ("Health officials", "officials")),
]

# A third batch, written after the second passed and before any run on it: a speaker with a relative clause or a
# bracketed abbreviation after the name, a description with a place, a spokesperson quoted across a paragraph.
SPEAKERS += [
    ("Water restored.\n\nTomas Irving, who chairs the utility, Northwater, said the supply was safe again.",
     "the supply was safe again", ("Tomas Irving",)),
    ("Bank fined.\n\nThe Financial Conduct Board (FCB) said the bank had ignored repeated warnings.",
     "the bank had ignored repeated warnings", ("Financial Conduct Board", "FCB")),
    ('Heat in the wards.\n\n"The corridors are full of beds," said a nurse at St Oda\'s general hospital.',
     "The corridors are full of beds", ("nurse",)),
    ('Snowed in.\n\nLorry driver Ivan Petrak said he had spent a night in his cab. "I had only a bottle of water," '
     "he said.", "I had only a bottle of water", ("Ivan Petrak",)),
    ("Tram crash.\n\nProsecutor Anna Lind said there was no trace of sabotage. Transport Minister Piotr Nowak said "
     "the line would reopen on Friday.", "there was no trace of sabotage", ("Anna Lind",)),
    ("Recall.\n\nHelmi Foods said it would recall 40,000 jars of baby food, a spokeswoman, Ines Carro, told "
     "reporters.", "recall 40,000 jars", ("Ines Carro", "Helmi Foods")),
]

SPEAKERS_STILL_FAILING: set[str] = set()  # none after this round


@pytest.fixture(scope="module")
def run(nlp):
    return partial(attribute, nlp, article_id="c13")


@pytest.mark.parametrize(("text", "piece", "forms"), [s for s in SPEAKERS if s[1] not in SPEAKERS_STILL_FAILING])
def test_checklist_speaker(run, text: str, piece: str, forms: tuple[str, ...]) -> None:
    found = run(text)
    stmt = by_text(found, piece)
    assert speaker_matches([source_name(found, stmt) or ""], forms), source_name(found, stmt)
