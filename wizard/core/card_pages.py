"""Which employers one page of cards shows: building a card per employer holds the window."""

from __future__ import annotations

# About 2 ms a card: 50 cards build in a blink, 5,000 would freeze the window for seconds.
CARDS_PER_PAGE = 50


def page_count(total: int) -> int:
    """How many pages `total` employers fill; an empty list still has its one (empty) page."""
    return max(1, -(-total // CARDS_PER_PAGE))


def page_of(index: int) -> int:
    """The page (from 0) that shows the employer at `index` (from 0)."""
    return index // CARDS_PER_PAGE


def page_indexes(page: int, total: int) -> range:
    """The indexes of the employers that `page` shows, `page` brought within the pages."""
    page = min(max(page, 0), page_count(total) - 1)
    first = page * CARDS_PER_PAGE
    return range(first, min(first + CARDS_PER_PAGE, total))
