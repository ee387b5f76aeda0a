"""Pages of employer cards: at most CARDS_PER_PAGE each, every employer on exactly one page."""

from __future__ import annotations

from wizard.core.card_pages import CARDS_PER_PAGE, page_count, page_indexes, page_of


def test_every_employer_is_on_exactly_one_page() -> None:
    total = 5_000
    shown = [index for page in range(page_count(total)) for index in page_indexes(page, total)]
    assert shown == list(range(total))
    assert all(page_of(index) * CARDS_PER_PAGE <= index for index in shown)
    assert max(len(page_indexes(page, total)) for page in range(page_count(total))) == 50


def test_the_edges() -> None:
    assert page_count(0) == 1 and page_indexes(0, 0) == range(0)
    assert page_count(50) == 1 and page_count(51) == 2
    assert page_indexes(1, 51) == range(50, 51)
    # A page past the end (the last employer was removed) shows the last page.
    assert page_indexes(5, 51) == range(50, 51)
    assert page_indexes(-1, 51) == range(0, 50)
    assert page_of(4_320) == 86
