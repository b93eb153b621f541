"""Places and languages in story linking: look-alike events in two towns on one day stay apart, a headline-only
article joins its story, and articles in other languages on one event join it (invented articles throughout)."""

from __future__ import annotations

from newsledger.ledger import Article
from newsledger.link import multilingual
from newsledger.link.places import incident_places, place_key
from newsledger.link.stories import Features, StoryIndex, features, pair_features


def test_places_come_from_datelines_city_state_and_in_place():
    dateline = incident_places("Two hurt in crash", "BRAMWELL, Ky. — Two people were hurt on Route 9 on Monday.")
    assert place_key("Bramwell") in dateline.places and dateline.states == {"KY"}
    city_state = incident_places("Woman shot in Tolliver, Ark., police say", "Officers were called at 2 a.m.")
    assert place_key("Tolliver") in city_state.places and city_state.states == {"AR"}
    abbreviated = incident_places("Three shot in Mt. Harlow Borough", "")
    assert abbreviated.places == {place_key("Mount Harlow")}
    # a capitalised word after "in" that names no place is not one
    assert not incident_places("Suspect in custody after standoff", "He is in Critical condition.").places


def test_a_city_name_says_its_state_only_when_one_city_dominates():
    assert incident_places("Two shot in Houston", "").states == {"TX"}
    assert incident_places("Two shot in Springfield", "").states == set()  # several states have one


def _shooting(aid: str, town: str, state: str, outlet: str) -> Article:
    return Article(id=aid, outlet=outlet, date="2025-08-03", title=f"Two men shot outside {town} bar",
                   text=f"{town.upper()}, {state} — Two men were shot outside a bar late Saturday, police said. "
                        "Officers found both men wounded in the parking lot and took them to a hospital. A suspect "
                        "fled in a gray sedan, police said, and no arrests have been made.")


def test_the_same_wording_in_two_towns_on_one_day_is_two_stories():
    a = _shooting("a", "Pelham Falls", "Ala.", "one.example")
    b = _shooting("b", "Dorrance", "Kan.", "two.example")
    c = _shooting("c", "Pelham Falls", "Ala.", "three.example")
    index = StoryIndex()
    index.add([a, b, c])
    assert index.story_of("a") == index.story_of("c") != index.story_of("b")
    f = {x.id: index._features[x.id] for x in (a, b, c)}
    apart = pair_features(f["a"], f["b"], index._stats)
    assert apart["place_conflict"] == 1.0 and apart["state_conflict"] == 1.0
    together = pair_features(f["a"], f["c"], index._stats)
    assert together["place_match"] == 1.0 and together["state_match"] == 1.0


def test_a_headline_only_article_joins_its_story():
    story = [
        Article(id="s1", outlet="gazette.example", date="2025-02-10", title="Teen shot at Wexcombe skate park",
                text="WEXCOMBE, Ore. — A 16-year-old was shot at the Wexcombe skate park on Sunday evening, police "
                     "said. Sgt. Dana Oyelaran said the teen was taken to Mercy Lakes hospital in stable condition."),
        Article(id="s2", outlet="kwex.example", date="2025-02-10", title="Wexcombe police seek skate park shooter",
                text="Police in Wexcombe are looking for the person who shot a 16-year-old at the city skate park "
                     "Sunday. Sgt. Dana Oyelaran asked witnesses to call the department."),
    ]
    headline = Article(id="s3", outlet="wire.example", date="2025-02-10", title="Teen shot at Wexcombe park", text="")
    index = StoryIndex()
    index.add([*story, headline])
    assert index.story_of("s3") == index.story_of("s1") == index.story_of("s2")


def test_features_keep_language_and_read_rows_written_before_languages():
    article = Article(id="x", text="Ein Damm ist gebrochen. Mindestens 14 Menschen starben.", title="Dammbruch",
                      lang="de", date="2026-01-05")
    f = features(article)
    assert f.lang == "de" and f.gist.startswith("Dammbruch")
    assert Features.from_json(f.to_json()) == f
    old_row = f.to_json()[:9]
    assert Features.from_json(old_row).lang is None and Features.from_json(old_row).gist == ""
    assert features(article.model_copy(update={"lang": None})).gist == ""


def test_one_language_never_runs_the_encoder(monkeypatch):
    def refuse(texts):
        raise AssertionError("the encoder ran for a corpus in one language")

    monkeypatch.setattr(multilingual, "encode", refuse)
    arts = [_shooting("a", "Pelham Falls", "Ala.", "one.example"), _shooting("c", "Pelham Falls", "Ala.", "x.example"),
            _shooting("d", "Dorrance", "Kan.", "two.example")]
    index = StoryIndex()
    index.add([a.model_copy(update={"lang": "en"}) for a in arts])
    assert index.story_of("a") == index.story_of("c") != index.story_of("d")


FLOOD_EN = Article(id="flood-en", outlet="harbour.example", date="2026-04-02", lang="en",
                   title="Flood in Varnholm leaves 9 dead",
                   text="At least nine people died when the river Lessa flooded the town of Varnholm on Wednesday, "
                        "the regional governor Ilse Brandvik said. Hundreds of homes were evacuated.")
FLOOD_DE = Article(id="flood-de", outlet="rheinblatt.example", date="2026-04-02", lang="de",
                   title="Hochwasser in Varnholm: neun Tote",
                   text="Bei einem Hochwasser des Flusses Lessa sind in der Stadt Varnholm mindestens neun Menschen "
                        "ums Leben gekommen, sagte die Gouverneurin Ilse Brandvik am Mittwoch. Hunderte Häuser wurden "
                        "geräumt.")
FIRE_ES = Article(id="fire-es", outlet="diario.example", date="2026-04-02", lang="es",
                  title="Un incendio destruye una fábrica textil en Puerto Calma",
                  text="Un incendio arrasó el jueves una fábrica textil en Puerto Calma sin causar víctimas, según "
                       "los bomberos. Las llamas se originaron en un almacén de tejidos.")


def test_one_event_told_in_two_languages_is_one_story_and_another_event_is_not():
    index = StoryIndex()
    index.add([FLOOD_EN, FLOOD_DE, FIRE_ES])
    assert index.story_of("flood-en") == index.story_of("flood-de") != index.story_of("fire-es")
    f = index._features
    across = pair_features(f["flood-en"], f["flood-de"], index._stats)
    assert across["cross_language"] == 1.0 and across["gist_similarity"] > 0.4


def test_number_words_count_in_every_language_text2num_reads():
    italian = Article(id="it", lang="it", title="Naufragio al largo di Carvena", text="Cinque morti e nove dispersi.")
    assert {"#5", "#9"} <= features(italian).numbers.keys()
    korean = Article(id="ko", lang="ko", title="여객선 침몰", text="5명 사망, 9명 실종.")
    assert {"#5", "#9"} <= features(korean).numbers.keys()
    english = Article(id="en", lang="en", title="Ferry sinks", text="Five dead and nine missing.")
    assert {"#5", "#9"} <= features(english).numbers.keys()
