"""Fonts for PDFs: bundled faces for every role, so that every machine prints the same.

reportlab embeds TrueType outlines only, as subsets, with a ToUnicode map, so the text of every PDF can be
searched and copied. Bundled (resources/fonts): WenQuanYi Micro Hei for 黑体 (hei); subsets of AR PL UMing
for 宋体 (song) and AR PL UKai for 楷体 (kai) (Arphic Public License; resources/fonts/build_fonts.py). No
open-licensed FangSong face with TrueType outlines exists (朱雀仿宋 and the like are CFF/OTF or not
packaged), so the 仿宋 role uses the Song face, the nearest. UNIONBOOK_PDF_FONTS=system prefers a Chinese
Windows office's SimSun/FangSong/KaiTi (or a system AR PL face) where present — the faces GB/T 9704
documents are customarily set in; UNIONBOOK_PDF_FONTS=bundled uses only the bundled faces (the default).
A face missing a character (the subsets hold GB 2312 and the forms' text) is helped out per character by
the next face in its chain, so a rare name never prints as a blank box.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics

from unionbook.documents.facecache import load_font
from unionbook.documents.linebreak import NO_LINE_START, strip_joiners
from unionbook.errors import UnionBookError
from unionbook.paths import resources_dir

BUNDLED = "UBHei"  # WenQuanYi Micro Hei, resources/fonts/wqy-microhei.ttc
# role → (registered name, file in resources/fonts); fangsong has no open TrueType face: the Song face stands in
BUNDLED_ROLES = {"song": ("UBSong", "ubsong.ttf"), "fangsong": ("UBSong", "ubsong.ttf"), "kai": ("UBKai", "ubkai.ttf")}

ROLES = ("song", "fangsong", "kai", "hei")


def _windows_fonts() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _system_candidates(role: str) -> list[tuple[str, Path, int]]:
    """(registered name, file, subfont index) to try for a role, best first."""
    win = _windows_fonts()
    arphic = Path("/usr/share/fonts/truetype/arphic")
    song = [("UBSimSun", win / "simsun.ttc", 0), ("UBUMing", arphic / "uming.ttc", 0)]
    table = {
        "song": song,
        "fangsong": [("UBFangSong", win / "simfang.ttf", 0), *song],
        "kai": [("UBKaiTi", win / "simkai.ttf", 0), ("UBUKai", arphic / "ukai.ttc", 0), *song],
        "hei": [],  # the bundled face is a Hei face: the same everywhere
    }
    return table[role]


def _load(name: str, path: Path, index: int) -> bool:
    if name in pdfmetrics.getRegisteredFontNames():
        return True
    try:
        pdfmetrics.registerFont(load_font(name, path, index))  # parsed once, then from the cache (facecache.py)
    except Exception:
        return False
    return True


@cache
def _bundled() -> str:
    path = resources_dir() / "fonts" / "wqy-microhei.ttc"
    if not _load(BUNDLED, path, 0):
        raise UnionBookError(f"无法加载程序自带的中文字体“{path}”，无法生成PDF。请重新安装本程序。")
    return BUNDLED


def bundled_only() -> bool:
    """The bundled faces only (the default), unless UNIONBOOK_PDF_FONTS=system asks for the system's faces."""
    return os.environ.get("UNIONBOOK_PDF_FONTS", "").strip().lower() != "system"


@cache
def _bundled_role(role: str) -> str | None:
    if role not in BUNDLED_ROLES:
        return None
    name, file = BUNDLED_ROLES[role]
    return name if _load(name, resources_dir() / "fonts" / file, 0) else None


@cache
def _role_font(role: str, bundled: bool) -> str:
    if role not in ROLES:
        raise UnionBookError(f"未知的字体“{role}”，可用：{'、'.join(ROLES)}")
    if not bundled:
        for name, path, index in _system_candidates(role):
            if path.is_file() and _load(name, path, index):
                return name
    return _bundled_role(role) or _bundled()


def _cmap(name: str) -> dict[int, int]:
    return cast(dict[int, int], pdfmetrics.getFont(name).face.charToGlyph)


@dataclass
class FontChain:
    """A face plus the faces that supply the characters it lacks; measures and splits text into runs."""

    names: tuple[str, ...]
    # the faces that help out, registered (parsed: 0.1–0.4 s each) only when a character is missing from all
    # the faces before them; each gives its registered name, or "" when it is not there
    pending: tuple[Callable[[], str], ...] = ()
    _owner: dict[str, int] = field(default_factory=dict, repr=False)  # char → index into names
    _widths: dict[str, float] = field(default_factory=dict, repr=False)  # char → width at 1 pt

    @property
    def primary(self) -> str:
        return self.names[0]

    def _index(self, ch: str) -> int:
        idx = self._owner.get(ch)
        if idx is None:
            code = ord(ch)
            idx = next((i for i, name in enumerate(self.names) if code in _cmap(name)), -1)
            while idx < 0 and self.pending:
                extra, self.pending = self.pending[0](), self.pending[1:]
                if extra and extra not in self.names:
                    self.names = (*self.names, extra)
                    if code in _cmap(extra):
                        idx = len(self.names) - 1
            idx = max(idx, 0)
            self._owner[ch] = idx
            self._widths[ch] = pdfmetrics.stringWidth(ch, self.names[idx], 1000) / 1000
        return idx

    def char_width(self, ch: str, size: float) -> float:
        w = self._widths.get(ch)
        if w is None:
            self._index(ch)
            w = self._widths[ch]
        return w * size

    def width(self, text: str, size: float) -> float:
        widths = self._widths
        total = 0.0
        for ch in text:
            w = widths.get(ch)
            if w is None:
                self._index(ch)
                w = widths[ch]
            total += w
        return total * size

    def runs(self, text: str) -> list[tuple[str, str]]:
        """[(font name, text)] with each character in the first face that has it."""
        owner = self._owner
        if all(owner.get(ch, -1) == 0 for ch in text):
            return [(self.names[0], text)]
        out: list[tuple[str, str]] = []
        for ch in text:
            index = self._index(ch)  # first: it may register a helping face (and grow the names)
            name = self.names[index]
            if out and out[-1][0] == name:
                out[-1] = (name, out[-1][1] + ch)
            else:
                out.append((name, ch))
        return out

    def markup(self, text: str) -> str:
        """Escaped Paragraph markup, switching face only around characters the primary face lacks."""
        parts = []
        text = strip_joiners(text)
        if "\u3000" in text:
            # Paragraph collapses U+3000 like any whitespace; forms use it to leave room for handwriting
            nbsp = self.char_width("\u00a0", 1) or 0.25
            text = text.replace("\u3000", "\u00a0" * max(1, round(1 / nbsp)))
        for name, seg in self.runs(text):
            seg = escape(seg)
            parts.append(seg if name == self.names[0] else f'<font face="{name}">{seg}</font>')
        return "".join(parts)


def chain(role: str) -> FontChain:
    return _chain(role, bundled_only())


@cache
def _chain(role: str, bundled: bool) -> FontChain:
    return FontChain((_role_font(role, bundled),), (_bundled, lambda: _role_font("song", bundled), _rare_fallback))


@cache
def _rare_fallback() -> str:
    """A full system Song face, if there is one, for characters outside the bundled subsets (rare names)."""
    for name, path, index in _system_candidates("song"):
        if path.is_file() and _load(name, path, index):
            return name
    return ""


def wrap_text(text: str, width: float, size: float, fc: FontChain) -> list[str]:
    """Break text into lines no wider than `width`: anywhere between CJK characters, at spaces or inside a
    word that is itself too long for Latin; explicit newlines are kept. Never returns an empty list."""
    lines: list[str] = []
    for para in strip_joiners(text).split("\n"):
        if fc.width(para, size) <= width:
            lines.append(para)
            continue
        lines.extend(_wrap_one(para, width, size, fc))
    return lines or [""]




def _wrap_one(para: str, width: float, size: float, fc: FontChain) -> Iterable[str]:
    line: list[str] = []
    used = 0.0
    last_space = -1
    for ch in para:
        w = fc.char_width(ch, size)
        if line and used + w > width:
            if ch in NO_LINE_START and len(line) > 1 and line[-1] not in NO_LINE_START:
                carry = line[-1:]  # pull the last character down with the punctuation
            elif ch.isascii() and ch.isalnum() and 0 < last_space < len(line) - 1:
                carry = line[last_space + 1:]  # keep a Latin word whole
            else:
                carry = []
            if carry and sum(fc.char_width(c, size) for c in carry) + w > width:
                carry = []  # a column too narrow for the nicety: break where it must
            if carry:
                del line[len(line) - len(carry):]
            yield "".join(line).rstrip()
            line = carry
            used = sum(fc.char_width(c, size) for c in line)
            last_space = -1
        if ch == " ":
            last_space = len(line)
        elif not ch.isascii():
            last_space = -1
        line.append(ch)
        used += w
    if line:
        yield "".join(line)
