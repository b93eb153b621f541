"""The extractors as a registered spaCy component: `nlp.add_pipe("newsledger_attribution")`, `doc._.statements`."""

# No `from __future__ import annotations` here: spaCy validates a factory's arguments against its signature
# (pydantic v1 under spaCy 3.8.7), and a string annotation for `nlp` cannot be resolved there.

from spacy.language import Language
from spacy.tokens import Doc

from newsledger.extract.attribution import extract_attribution
from newsledger.extract.figures import extract_figures
from newsledger.ledger import Article

for _name in ("statements", "sources", "figures", "editorial"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class AttributionComponent:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        article = Article(id=doc.user_data.get("article_id", "doc"), text=doc.text)
        found = extract_attribution(article, doc)
        doc._.statements = found.statements
        doc._.sources = found.sources
        doc._.editorial = found.findings
        doc._.figures = extract_figures(article, doc, found)
        return doc


@Language.factory("newsledger_attribution")
def make_attribution_component(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent(nlp, name)
