"""The PDF engine: form templates in forms/ (TOML) checked and rendered with reportlab. No Qt, no database.

    tpl = load_template(path)              # TemplateError (Chinese, names file, line, field) on any mistake
    render(tpl, FormData(union=..., members=[...]), out_path, progress=...)
"""

from unionbook.documents.fields import FIELDS
from unionbook.documents.renderer import (
    FormData,
    MissingValueError,
    RenderResult,
    check_data,
    render,
)
from unionbook.documents.template import Template, TemplateError, load_template

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
