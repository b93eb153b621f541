"""newsledger: who said what, with which numbers, when, according to whom — across news outlets."""

from newsledger.api import analyze, analyze_articles, read
from newsledger.ledger import Ledger

__all__ = ["analyze", "analyze_articles", "read", "Ledger", "__version__"]
__version__ = "0.1.0"
