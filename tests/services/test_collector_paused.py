"""jobs.collector_paused: the cyclic garbage collector rests during an import's object-heavy work, resumes
after (only if it ran before), and what the work left alive counts as old, not as a young generation that the
next collections would walk whole."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from unionbook.jobs import collector_paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def test_paused_inside_resumed_after_and_nested_pauses_leave_it_to_the_outer(collector_on: None) -> None:
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner pause found it paused: it does not resume it
    assert gc.isenabled()


def test_a_collector_off_before_stays_off(collector_on: None) -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_resumed_even_when_the_block_raises(collector_on: None) -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError
    assert gc.isenabled()


def test_what_the_block_left_alive_is_not_young(collector_on: None) -> None:
    with collector_paused():
        kept = [[n] for n in range(200_000)]
        assert gc.get_count()[0] > 100_000  # all of it counted toward a young collection
    assert gc.get_count()[0] < 1_000
    young = {id(o) for o in gc.get_objects(generation=0)}
    assert not any(id(x) in young for x in kept[::1000])
    assert gc.is_tracked(kept[0])  # still the collector's to free if it ever becomes garbage


def test_an_import_is_planned_and_written_with_the_collector_paused(
        union_db: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch, collector_on: None) -> None:
    from pathlib import Path

    from roster_files import resident_id, simple_roster

    from unionbook.services.imports import flow as imports

    seen: list[bool] = []
    real_plan = imports._plan_rows

    def plan_rows(*a: object, **k: object) -> None:
        seen.append(gc.isenabled())
        real_plan(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(imports, "_plan_rows", plan_rows)
    from unionbook.services.imports import batches
    real_new = batches._insert_new

    def insert_new(*a: object, **k: object) -> int:
        seen.append(gc.isenabled())
        return real_new(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(batches, "_insert_new", insert_new)
    path = simple_roster(Path(str(tmp_path)) / "a.xlsx", [("张三", resident_id("19900307", 1))])
    imports.commit(union_db, imports.preview(union_db, path))  # type: ignore[arg-type]
    assert seen == [False, False] and gc.isenabled()
