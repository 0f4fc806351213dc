"""How the search box finds its first screen at once, whatever the term and however large the roster.

Two ways, each fast where the other is slow:

- **walking** the sort index (for the name order, the covering index that holds the status and the search key)
  and testing each key with LIKE: a term most members match ("2", "z") fills the first page after a few hundred
  entries, but a rare one ("zw", a surname) would read the whole index (20 ms at 100,000 members, 100 ms at
  500,000). So the walk gets a budget of SQLite steps (`WALK_BUDGET`, about 12,000 index entries) and gives up
  when it is spent;
- **collecting** the members the search index names: a term of three characters or more is a trigram phrase
  (exact); a shorter one is every trigram that starts with it (read from the index's own vocabulary,
  fts5vocab, whose rows come straight from the index), plus the members whose key ends with it (the last two
  characters start no trigram: `ix_member_key_end1/2`, migration 0013). That is exact too, and costs in
  proportion to the matches, not the roster. Collecting stops beyond `cap` matches: the term is then broad.

The collected ids are filtered again with the query's full condition (LIKE included) and sorted by SQLite; so
a collected set can only be too large, never too small, and what is shown is what the LIKE says.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

WALK_BUDGET = 100_000  # SQLite virtual-machine steps for a first-page walk (about 12,000 index entries, ~2.5 ms)
_STEP = 1000  # the progress handler runs every _STEP steps
_VOCAB = "temp.member_search_instances"
# the search index's own instances (term, member, ...), made once per connection, in its temporary schema
VOCABULARY_SQL = f"CREATE VIRTUAL TABLE IF NOT EXISTS {_VOCAB} USING fts5vocab(main, member_search, instance)"
_INSTANCES_PER_MATCH = 2  # instance rows read per allowed match before a short term counts as broad


def within_budget(conn: sqlite3.Connection, run: Callable[[], list[Any]], budget: int = WALK_BUDGET
                  ) -> list[Any] | None:
    """`run()`'s rows, or None when it needed more than `budget` SQLite steps (the statement is stopped)."""
    steps = 0

    def tick() -> int:
        nonlocal steps
        steps += _STEP
        return 1 if steps > budget else 0

    conn.set_progress_handler(tick, _STEP)
    try:
        return run()
    except sqlite3.OperationalError:
        if steps > budget:
            return None  # stopped by tick(): a read statement leaves the transaction as it was
        raise
    finally:
        conn.set_progress_handler(None, 0)


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _after(term: str) -> str | None:
    """The smallest string greater than every string starting with `term` (None if there is none)."""
    last = ord(term[-1])
    return None if last >= 0x10FFFF else term[:-1] + chr(last + 1)


def term_candidates(conn: sqlite3.Connection, term: str, cap: int) -> set[int] | None:
    """The ids of the members whose search key contains `term`, or None when there are more than `cap`.

    May hold a member whose key differs only in case beyond ASCII (the index folds case, LIKE does not):
    callers filter the set again with LIKE."""
    if len(term) >= 3:
        rows = conn.execute("SELECT rowid FROM member_search WHERE member_search MATCH ? LIMIT ?",
                            (_phrase(term), cap + 1)).fetchall()
        return None if len(rows) > cap else {r[0] for r in rows}
    upper = _after(term)
    if upper is None:
        return None
    conn.execute(VOCABULARY_SQL)
    limit = cap * _INSTANCES_PER_MATCH
    rows = conn.execute(f"SELECT doc FROM {_VOCAB} WHERE term >= ? AND term < ? LIMIT ?",
                        (term, upper, limit)).fetchall()
    found = {r[0] for r in rows}
    if len(rows) >= limit or len(found) > cap:
        return None  # read to the limit: there may be more
    # where no trigram starts: the key's last two characters
    if len(term) == 2:
        ends = conn.execute("SELECT id FROM member WHERE substr(search_key, -2) = ? LIMIT ?", (term, cap + 1))
    else:
        ends = conn.execute("SELECT id FROM member WHERE substr(search_key, -2) >= ? AND substr(search_key, -2) < ? "
                            "UNION ALL SELECT id FROM member WHERE substr(search_key, -1) = ? LIMIT ?",
                            (term, upper, term, 2 * cap + 2))
    found.update(r[0] for r in ends)
    return None if len(found) > cap else found


def candidates(conn: sqlite3.Connection, terms: list[str], cap: int) -> set[int] | None:
    """Members matching every term, as far as the search index can say, or None when no term is narrow.

    Broad terms are skipped here (the caller's LIKE filter applies them); the narrow ones are intersected."""
    found: set[int] | None = None
    for term in sorted(terms, key=len, reverse=True):  # longer terms are likelier narrow: try them first
        ids = term_candidates(conn, term, cap)
        if ids is None:
            continue
        found = ids if found is None else found & ids
        if not found:
            break
    return found
