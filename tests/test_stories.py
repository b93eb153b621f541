"""Story linking on small multi-outlet corpora written for these tests: same story in other words joins, look-alike
stories stay apart, batches and input order do not change the stories, and blocking never compares all pairs."""

from __future__ import annotations

import json
import random

import pytest

from newsledger.ledger import Article
from newsledger.link.stories import StoryIndex, features, pair_features

FIRE = [
    Article(id="fire-wire", outlet="wire.example", date="2025-05-12", title="Two dead in Dunmore warehouse fire",
            text="DUNMORE, Pa. — Two workers died and five were injured when fire tore through a furniture warehouse "
                 "on Keystone Avenue early Monday, Fire Chief Karen Obuya said.\n\nThe blaze started in a loading "
                 "bay shortly after 4 a.m. Obuya said crews from Scranton and Throop helped bring it under control. "
                 "The dead were identified as Tomas Reyes, 41, and Lena Marsh, 29."),
    Article(id="fire-local", outlet="dunmore-times.example", date="2025-05-12",
            title="Keystone Avenue blaze kills 2, injures 5",
            text="A fire at the Halvorsen furniture warehouse on Keystone Avenue in Dunmore killed two employees on "
                 "Monday morning. Chief Karen Obuya of the Dunmore Fire Department said five other people were "
                 "taken to hospitals in Scranton. Coworkers named the victims as Tomas Reyes and Lena Marsh. "
                 "\"The building was fully involved when we arrived,\" Obuya said."),
    Article(id="fire-tv", outlet="wnep.example", date="2025-05-13",
            title="Victims of Dunmore warehouse fire remembered",
            text="Friends gathered Tuesday outside the burned Halvorsen warehouse in Dunmore, where Tomas Reyes, 41, "
                 "and Lena Marsh, 29, died in Monday's fire. Investigators from the state fire marshal's office "
                 "have not said what caused the blaze, which injured five. Chief Karen Obuya said the sprinklers "
                 "were working."),
]

# The same kind of event, told the same way, in other towns or months: never the same story.
SHOOTING_MARCH = Article(
    id="shot-carrollton-march", outlet="wire.example", date="2025-03-02", title="Two shot outside Carrollton bar",
    text="CARROLLTON, Ga. — Two men were shot outside a bar on Bradley Street late Saturday, police said. Officers "
         "found Darnell Pruitt, 24, and Miguel Anaya, 31, wounded in the parking lot. Police Chief Joel Whitcomb "
         "said a suspect fled in a gray sedan.")
SHOOTING_JUNE = Article(
    id="shot-fairhope-june", outlet="wire.example", date="2025-06-20", title="Two shot outside Fairhope bar",
    text="FAIRHOPE, Ala. — Two men were shot outside a bar on Section Street late Friday, police said. Officers "
         "found Corey Tillman, 27, and Andre Beasley, 33, wounded in the parking lot. Police Chief Stephanie "
         "Nolte said a suspect fled in a dark pickup.")
SHOOTING_SEPTEMBER = Article(
    id="shot-carrollton-september", outlet="carrollton-news.example", date="2025-09-14",
    title="Two shot outside Carrollton bar",
    text="CARROLLTON, Ga. — Two women were shot outside a bar on Maple Street early Sunday, police said. Officers "
         "found Keisha Dorsey, 22, and Alana Birch, 26, wounded on the sidewalk. Police Chief Joel Whitcomb said "
         "detectives were reviewing camera footage.")
FOLLOW_UP = Article(
    id="shot-carrollton-arrest", outlet="carrollton-news.example", date="2025-03-05",
    title="Arrest in Bradley Street shooting",
    text="Carrollton police have charged a 19-year-old man in Saturday's shooting outside a Bradley Street bar "
         "that wounded Darnell Pruitt and Miguel Anaya. Chief Joel Whitcomb said the gray sedan was found in "
         "Villa Rica. Pruitt remained in hospital on Wednesday.")

CORPUS = [*FIRE, SHOOTING_MARCH, SHOOTING_JUNE, SHOOTING_SEPTEMBER, FOLLOW_UP]


def groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in index.stories()}


def linked(articles: list[Article]) -> StoryIndex:
    index = StoryIndex()
    index.add(articles)
    return index


def test_one_story_from_three_outlets_in_other_words():
    index = linked(FIRE)
    assert groups(index) == {frozenset(a.id for a in FIRE)}
    story = index.stories()[0]
    assert story.outlets == sorted(a.outlet for a in FIRE)
    assert (story.start_date, story.end_date) == ("2025-05-12", "2025-05-13")
    assert story.label in {a.title for a in FIRE}


def test_look_alike_stories_stay_apart_and_a_follow_up_joins_its_own():
    index = linked(CORPUS)
    assert groups(index) == {
        frozenset(a.id for a in FIRE),
        frozenset({SHOOTING_MARCH.id, FOLLOW_UP.id}),
        frozenset({SHOOTING_JUNE.id}),
        frozenset({SHOOTING_SEPTEMBER.id}),
    }


def test_the_decision_sees_places_and_dates_not_only_words():
    index = linked(CORPUS)
    feats = {a.id: index._features[a.id] for a in CORPUS}
    other_town = pair_features(feats[SHOOTING_MARCH.id], feats[SHOOTING_JUNE.id], index._stats)
    same_event = pair_features(feats[SHOOTING_MARCH.id], feats[FOLLOW_UP.id], index._stats)
    assert other_town["place_conflict"] == 1.0 and same_event["place_conflict"] == 0.0
    assert other_town["log_days"] > same_event["log_days"]


def test_input_order_does_not_change_stories_or_ids():
    reference = linked(CORPUS).stories()
    for seed in range(5):
        shuffled = CORPUS[:]
        random.Random(seed).shuffle(shuffled)
        assert linked(shuffled).stories() == reference


def test_batches_give_the_stories_of_one_batch():
    one = linked(CORPUS)
    many = StoryIndex()
    for batch in (CORPUS[:2], CORPUS[2:5], CORPUS[5:]):
        many.add(batch)
    assert groups(many) == groups(one)


def test_a_story_keeps_its_id_when_it_grows():
    index = StoryIndex()
    first = index.add([SHOOTING_MARCH])[SHOOTING_MARCH.id]
    assert index.add([FOLLOW_UP])[FOLLOW_UP.id] == first
    assert index.story_of(SHOOTING_MARCH.id) == first


def test_a_bridging_article_merges_two_stories_into_the_larger():
    index = StoryIndex()
    index.add([FIRE[0]])
    index.add([FIRE[2]])  # a day later, another outlet, on its own not enough to join
    ids = {index.story_of(FIRE[0].id), index.story_of(FIRE[2].id)}
    index.add([FIRE[1]])
    survivor = index.story_of(FIRE[1].id)
    assert {index.story_of(a.id) for a in FIRE} == {survivor}
    for retired in ids - {survivor}:
        assert index.resolve(retired) == survivor


def test_state_round_trips_through_json_and_keeps_linking():
    index = linked(CORPUS[:5])
    restored = StoryIndex.from_state(json.loads(json.dumps(index.to_state())))
    assert restored.stories() == index.stories()
    index.add(CORPUS[5:])
    restored.add(CORPUS[5:])
    assert restored.stories() == index.stories()


def test_the_store_writes_only_changed_rows():
    index = linked(CORPUS[:5])
    assert index.take_changed() == {a.id for a in CORPUS[:5]}
    index.add([FOLLOW_UP])
    assert index.take_changed() == {FOLLOW_UP.id}
    header = index.to_state(articles=False)
    assert "articles" not in header
    rebuilt = StoryIndex.from_state({**header, "articles": index.rows(a.id for a in CORPUS[:5] + [FOLLOW_UP])})
    assert rebuilt.stories() == index.stories()


def test_features_come_from_cheap_rules():
    f = features(SHOOTING_MARCH)
    assert {"carolton", "pruit", "anaya"} <= f.names.keys()  # folded: doubled letters and spellings collapse
    assert "carolton" in f.places  # the dateline
    assert {"#2", "#24", "#31"} <= f.numbers.keys()  # "Two men" is the figure 2
    footer = Article(id="f", text="Police said the man was hurt. Thank you for reading. Privacy matters to us.")
    assert not {"thank", "privacy"} & features(footer).names.keys()


def test_undated_articles_still_link():
    undated = [a.model_copy(update={"date": None}) for a in FIRE[:2]]
    assert len(linked(undated).stories()) == 1


@pytest.mark.parametrize("n", [300])
def test_blocking_caps_every_bucket(n):
    """Articles that all share a common name and the same wording: candidates stay bounded by the bucket cap,
    never the corpus size."""
    arts = [Article(id=f"a{i:04d}", outlet="x.example", date="2025-01-01", title=f"Council meeting {i}",
                    text=f"Springfield City Council met on Monday. Member {i} asked about item {1000 + i}.")
            for i in range(n)]
    index = linked(arts)
    cap = index.params.bucket_cap
    counts = [len(index.candidates(a.id, index.features_of(a.id))) for a in arts]
    assert max(counts) <= cap * 4
    assert sum(1 for b in index._buckets.values() if b is None) >= 1  # the common keys overflowed
