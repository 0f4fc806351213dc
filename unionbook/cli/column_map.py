"""`--map 表头=字段 …`, as `members import`, `dues import` and `library import` take it: which column is which."""

from __future__ import annotations

from collections.abc import Iterable

from unionbook.errors import ValidationError


def column_map(pairs: Iterable[str], choices: Iterable[str], *, of: str = "") -> dict[str, str | None]:
    """Header → field, None for a column left out (an empty field, or `ignore`); `choices` are the fields the
    import knows, `of` names the import in the message ("工资表")."""
    known = list(choices)
    mapping: dict[str, str | None] = {}
    for pair in pairs:
        header, sep, field = pair.partition("=")
        if not sep or not header.strip():
            raise ValidationError(f"--map 应写作“表头=字段”，实际为“{pair}”")
        field = field.strip()
        if field and field != "ignore" and field not in known:
            raise ValidationError(f"--map {pair}：未知的字段“{field}”（{of}可用：{'、'.join(known)}）")
        mapping[header.strip()] = None if field in ("", "ignore") else field
    return mapping
