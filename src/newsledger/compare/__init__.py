"""compare: findings across the outlets of a story. Placeholder until it lands: finds nothing."""

from __future__ import annotations

from newsledger.ledger import Finding, Ledger


def find_all(ledger: Ledger) -> list[Finding]:
    return []
