"""The PDF engine: form templates in forms/ (TOML) checked and rendered with reportlab. No Qt, no database.

    tpl = load_template(path)              # TemplateError (Chinese, names file, line, field) on any mistake
    render(tpl, FormData(union=..., members=[...]), out_path, progress=...)

Templates are read without reportlab; the renderer (and reportlab, ~0.1 s to import) is imported when one of
its names is first used (PEP 562), so that listing forms, or starting the window, does not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from unionbook.documents.fields import FIELDS
from unionbook.documents.template import Template, TemplateError, load_template

if TYPE_CHECKING:
    from unionbook.documents.renderer import FormData, MissingValueError, RenderResult, check_data, render

_RENDERER = ("FormData", "MissingValueError", "RenderResult", "check_data", "render")

__all__ = [
    "FIELDS",
    "FormData",
    "MissingValueError",
    "RenderResult",
    "Template",
    "TemplateError",
    "check_data",
    "load_template",
    "render",
]


def __getattr__(name: str) -> Any:
    if name in _RENDERER:
        from unionbook.documents import renderer

        return getattr(renderer, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
