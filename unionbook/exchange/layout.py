"""Finding the table in a sheet: the header row below titles and notes, headers over merged cells, columns.

Rosters start with a merged title ("某某镇工会联合会会员花名册"), a line "填报单位：…", sometimes a header of
two rows where "联系方式" spans "手机" and "座机", and the employer column merged down over its people. Merged
cells are filled with their top-left value first; the header is then the row among the first 40 that names
the most known fields (at least two, one of them 姓名 or 身份证号).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from unionbook.domain.member import FIELD_LABELS
from unionbook.exchange.reader import ImportFileError, RawSheet
from unionbook.exchange.values import as_text, is_blank
from unionbook.exchange.vocab import IGNORE, Vocabulary, normalise_header, vocabulary

HEADER_SEARCH_ROWS = 40
MAX_FILL = 200_000  # cells filled from merged ranges; a stray merge over a whole sheet must not eat memory

LABELS = {**FIELD_LABELS, IGNORE: "（不导入）"}


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    s = ""
    n = index + 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


@dataclass(frozen=True)
class Column:
    index: int  # 0-based column of the sheet
    label: str  # the header as the user sees it; unique within the sheet
    field: str | None  # field recognised from the synonym table, IGNORE, or None

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(frozen=True)
class TableLayout:
    header_first: int  # 0-based index of the first header row
    header_last: int  # 0-based index of the last header row; data starts below it
    columns: tuple[Column, ...]

    @property
    def header_row(self) -> int:
        """The header's row number as the spreadsheet shows it (the last row of a two-row header)."""
        return self.header_last + 1

    @property
    def data_start(self) -> int:
        return self.header_last + 1


def fill_merged(sheet: RawSheet) -> None:
    """Give every cell of a merged range the value of its top-left cell, as the reader of the sheet sees it."""
    budget = MAX_FILL
    rows = sheet.rows
    for r0, c0, r1, c1 in sheet.merged:
        if r0 >= len(rows) or c0 >= len(rows[r0]):
            continue
        value = rows[r0][c0]
        if is_blank(value):
            continue
        r1 = min(r1, len(rows) - 1)
        budget -= (r1 - r0 + 1) * (c1 - c0 + 1)
        if budget < 0:
            break
        for r in range(r0, r1 + 1):
            row = rows[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value


def _score(row: list[Any], vocab: Vocabulary, known: dict[str, str]) -> tuple[int, set[str]]:
    found = set()
    for value in row:
        if isinstance(value, str):
            field = known.get(normalise_header(value)) or vocab.field_of(value)
            if field and field != IGNORE:
                found.add(field)
    return len(found), found


def _distinct_texts(row: list[Any]) -> int:
    return len({v.strip() for v in row if isinstance(v, str) and v.strip()})


MEMBER_ANCHORS = frozenset({"name", "id_number"})


def detect_layout(sheet: RawSheet, vocab: Vocabulary | None = None,
                  known: dict[str, str] | None = None, *, anchors: frozenset[str] = MEMBER_ANCHORS,
                  hint: str = "应有一行写着“姓名”“身份证号”等列名；请确认选择了会员名单所在的工作表") -> TableLayout:
    """Locate the header. `known`: headers the user mapped (header → field), counted like synonyms. Another kind
    of sheet (a delivery list) brings its own `vocab`, the fields one of which its header must name (`anchors`)
    and the `hint` its refusal gives.

    A sheet whose header names nothing known still gets one, the first row of three or more different
    texts, so that the user can map its columns; ImportFileError (Chinese) when not even that exists."""
    if all(is_blank(v) for row in sheet.rows for v in row):  # not "no header": nothing at all
        what = f"工作表“{sheet.name}”" if sheet.name else f"“{sheet.file_name}”"
        raise ImportFileError(f"{what}是空的，没有任何内容。请确认选对了文件{'和工作表' if sheet.name else ''}"
                              "（在 Excel/WPS 中打开看看）。")
    vocab = vocab or vocabulary()
    known_norm = {normalise_header(k): v for k, v in (known or {}).items() if v}
    best, best_score = -1, 1
    for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]):
        score, fields = _score(row, vocab, known_norm)
        if score > best_score and fields & anchors:
            best, best_score = i, score
    if best < 0:
        best = next((i for i, row in enumerate(sheet.rows[:HEADER_SEARCH_ROWS]) if _distinct_texts(row) >= 3), -1)
    where = f"工作表“{sheet.name}”" if sheet.name else f"“{sheet.file_name}”"
    if best < 0:
        raise ImportFileError(
            f"在{where}的前{HEADER_SEARCH_ROWS}行中找不到表头（{hint}）。")
    first, last = best, best
    # a header cell merged over several rows makes all of them header rows
    for r0, _c0, r1, _c1 in sheet.merged:
        if r0 <= best <= r1 and r1 > r0:
            first, last = min(first, r0), max(last, r1)
    columns = _columns(sheet, first, last, vocab)
    return TableLayout(first, last, tuple(columns))


def _columns(sheet: RawSheet, first: int, last: int, vocab: Vocabulary) -> list[Column]:
    width = max(len(sheet.rows[r]) for r in range(first, last + 1))
    columns: list[Column] = []
    seen: dict[str, int] = {}
    for c in range(width):
        parts: list[str] = []
        for r in range(first, last + 1):
            row = sheet.rows[r]
            text = " ".join(as_text(row[c]).split()) if c < len(row) else ""
            if text and (not parts or parts[-1] != text):
                parts.append(text)
        if not parts:
            continue
        label = "/".join(parts)
        # the lowest header cell names the column ("联系方式/手机" is 手机, "联系方式/座机" nothing known):
        # a group label above spans several columns and decides none of them
        field = vocab.field_of(parts[-1]) or vocab.field_of(label)
        seen[label] = seen.get(label, 0) + 1
        columns.append(Column(c, label, field))
    # two columns with the same header: tell them apart by their letters
    return [Column(col.index, f"{col.label}（{col.letter}列）", col.field) if seen[col.label] > 1 else col
            for col in columns]


def auto_mapping(columns: tuple[Column, ...] | list[Column]) -> dict[int, str]:
    """Column index → field, each field taken by the first column that names it."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for col in columns:
        if col.field and col.field != IGNORE and col.field not in taken:
            mapping[col.index] = col.field
            taken.add(col.field)
    return mapping


def column_samples(raw: RawSheet, start: int, index: int, n: int = 3) -> list[str]:
    """Up to `n` values of column `index` from the data rows (from 0-based row `start`), as the mapping step shows
    them; the rows that were in doubt when the file was read (a CSV of mixed encodings) come among them, since
    those are the ones the user is asked to check."""
    def value(r: int) -> str | None:
        cells = raw.rows[r] if 0 <= r < len(raw.rows) else []
        return as_text(cells[index])[:30] if index < len(cells) and not is_blank(cells[index]) else None

    doubtful = [r - 1 for r in raw.doubtful_rows if r - 1 >= start and value(r - 1) is not None][:n]
    plain = [r for r in range(start, min(len(raw.rows), start + 50)) if r not in doubtful and value(r) is not None]
    rows = sorted(plain[:n - len(doubtful)] + doubtful)
    return [v for r in rows if (v := value(r)) is not None]
