"""A text run longer than any cell can hold is refused wherever it lies in a chunk, and the quick look for one
(sheet_scan._no_long_run) never lets pass what the pattern _LONG_RUN finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionbook.exchange.sheet_scan import _LONG_RUN, MAX_TEXT_RUN, _no_long_run, _TextScan
from unionbook.exchange.xlsx_guard import HostileFileError, _Guard


def _refused(data: bytes) -> bool:
    scan = _TextScan(_Guard(Path("名册.xlsx")), "xl/sharedStrings.xml")
    try:
        scan.process(data)
    except HostileFileError:
        return True
    return False


@pytest.mark.parametrize("lead", [0, 1, 3, MAX_TEXT_RUN // 2 - 2, MAX_TEXT_RUN // 2, MAX_TEXT_RUN - 7, 250_001])
@pytest.mark.parametrize("run", [MAX_TEXT_RUN - 1, MAX_TEXT_RUN, MAX_TEXT_RUN + 1])
def test_a_run_inside_a_chunk_is_refused_from_its_length_on(lead: int, run: int) -> None:
    data = b"<si>" + b"a<" * (lead // 2) + b"<" + b"x" * run + b"</t></si>" + b"<a/>" * 10
    assert _refused(data) == (run >= MAX_TEXT_RUN)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, MAX_TEXT_RUN + 3), min_size=1, max_size=6), st.integers(0, 3))
def test_the_quick_look_never_passes_a_long_run(gaps: list[int], head: int) -> None:
    data = b"x" * head + b"".join(b"<" + b"y" * gap for gap in gaps)
    if _no_long_run(data):
        assert _LONG_RUN.search(data) is None
