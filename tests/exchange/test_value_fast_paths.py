"""The shortcuts of the cell readers for plain text and digit cells (phones, card and ID numbers) give exactly
what the long way gives, written out here as it was before the shortcut."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionbook.domain.text import clean
from unionbook.exchange import values as V
from unionbook.exchange.vocab import normalise_value, vocabulary

DIGITS = st.text(alphabet="0123456789", max_size=20)
CELLS = (DIGITS | st.text(alphabet="0123456789 -'*eE.+Ａ１\u3000\u200b无/xX张", max_size=20) | st.text(max_size=8)
         | st.integers(min_value=-10, max_value=10**16) | st.floats(allow_nan=True) | st.booleans()
         | st.none() | st.just(dt.date(2020, 1, 2)))


def _plain_long_way(value: object) -> str:
    text = clean(V.as_text(value) if not isinstance(value, str) else str(value))
    return "" if normalise_value(text) in vocabulary().empty_words else text


@settings(max_examples=400, deadline=None)
@given(CELLS)
def test_a_plain_cell_reads_as_the_long_way_reads_it(value: object) -> None:
    assert V.parse_plain(value, vocabulary()) == _plain_long_way(value)


def test_an_empty_word_of_digits_is_still_empty() -> None:
    vocab = dataclasses.replace(vocabulary(), empty_words=vocabulary().empty_words | {"0"})
    assert V.parse_plain("0", vocab) == ""
    assert V.parse_plain("13800138000", vocab) == "13800138000"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_a_text_cell_is_its_own_text(value: str) -> None:
    assert V.as_text(value) == str(value) and type(V.as_text(value)) is str


def _id_long_way(value: object) -> str:
    text = clean(value).replace(" ", "").lstrip("'")
    if V._SCIENTIFIC.match(text):
        raise V.CellError("lost")
    if "*" in text:
        raise V.CellError("masked")
    return text


@settings(max_examples=400, deadline=None)
@given(DIGITS | st.text(alphabet="0123456789 'eE.+*xX١٣", max_size=20))
def test_an_id_cell_of_text_reads_as_the_long_way_reads_it(value: str) -> None:
    try:
        expected: str | None = _id_long_way(value)
    except V.CellError:
        expected = None
    if expected is None:
        with pytest.raises(V.CellError):
            V.parse_id_cell(value)
    else:
        assert V.parse_id_cell(value) == expected
