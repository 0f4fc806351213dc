"""Paragraphs on a character grid, as GB/T 9704-2012 sets official documents: a fixed character pitch
(28 characters in 156 mm at 16 pt), a fixed line pitch (22 lines in 225 mm), full-width punctuation kept off
the start of a line, and lines justified to both edges. platypus' Paragraph has neither a character pitch
nor CJK justification, so this flowable lays the characters out itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from unionbook.documents.fonts import FontChain
from unionbook.documents.linebreak import break_opportunities
from unionbook.documents.platypus import Flowable

Segment = tuple[FontChain, str]
EPS = 0.01

HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")


@dataclass
class GridStyle:
    size: float  # glyph size, points
    pitch: float  # advance of a full-width character, points
    leading: float  # line pitch, points
    indent: int = 0  # first-line indent, in characters
    align: str = "justify"  # justify | left | center | right
    right_chars: int = 0  # a signature block ends this many characters from the right edge


@dataclass
class _Line:
    glyphs: list[tuple[FontChain, str, float]]  # chain, character, advance (before justification)
    x0: float
    last: bool  # the last line of the paragraph is never stretched

    @property
    def width(self) -> float:
        return sum(g[2] for g in self.glyphs)


def heading_segments(text: str, body: FontChain, hei: FontChain, kai: FontChain) -> list[Segment]:
    """GB/T 9704 headings: "一、" lines in Hei; the "（一）…。" heading part in Kai; the rest in the body face."""
    if HEADING1.match(text) and len(text) <= 40:
        return [(hei, text)]
    if HEADING2.match(text):
        end = text.find("。")
        cut = end + 1 if 0 < end < 40 else (len(text) if len(text) <= 40 else 0)
        if cut:
            return [(kai, text[:cut]), (body, text[cut:])] if cut < len(text) else [(kai, text)]
    return [(body, text)]


class GridText(Flowable):  # type: ignore[misc]  # reportlab has no type stubs: Flowable is Any
    def __init__(self, segments: list[Segment], style: GridStyle) -> None:
        super().__init__()
        self.segments = segments
        self.style = style
        self.lines: list[_Line] = []
        self._laid_for = -1.0

    def _advance(self, chain: FontChain, ch: str) -> float:
        st = self.style
        if ord(ch) >= 0x2E80:  # CJK and full-width forms: one grid cell
            return st.pitch
        return chain.char_width(ch, st.size) * st.pitch / st.size  # Latin and digits keep their proportion

    def _layout(self, width: float) -> None:
        if self._laid_for == width:
            return
        st = self.style
        # the break rules run over the whole paragraph, across segments (a heading's face may change mid-line)
        text, allowed = break_opportunities("".join(t for _, t in self.segments))
        faces = [chain for chain, t in self.segments for ch in t if ch != "\u2060"]
        glyphs = [(faces[i], ch, self._advance(faces[i], ch)) for i, ch in enumerate(text)]
        lines: list[_Line] = []
        start = 0  # index of the current line's first glyph
        x0 = st.indent * st.pitch
        used = x0
        for i, g in enumerate(glyphs):
            if i > start and used + g[2] > width + EPS:
                # the last place at or before i where a line may end; none: the run is longer than a line
                cut = next((b for b in range(i, start, -1) if allowed[b]), i)
                lines.append(_Line(glyphs[start:cut], x0, False))
                while cut < i and glyphs[cut][1] == " ":  # a space the break fell on is not carried over
                    cut += 1
                start, x0 = cut, 0.0
                used = sum(c[2] for c in glyphs[start:i])
            used += g[2]
        lines.append(_Line(glyphs[start:], x0, True))
        self.lines = lines
        self._laid_for = width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._layout(availWidth)
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self._layout(availWidth)
        fit = int((availHeight + EPS) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [_Slice(self, self.lines[:fit]), _Slice(self, self.lines[fit:])]

    def draw(self) -> None:
        self._draw_lines(self.lines)

    def _draw_lines(self, lines: list[_Line]) -> None:
        st = self.style
        c = self.canv
        top = len(lines) * st.leading
        width = self.width
        tx = c.beginText()
        font = ""
        for n, line in enumerate(lines):
            w = line.width
            gap = 0.0
            if st.align == "justify" and not line.last and len(line.glyphs) > 1:
                gap = (width - line.x0 - w) / (len(line.glyphs) - 1)
            if st.align == "center":
                x = (width - w) / 2
            elif st.align == "right":
                x = width - w
            else:
                x = line.x0
            base = top - n * st.leading - st.leading / 2 - 0.36 * st.size
            tx.setTextOrigin(x, base)
            run: list[str] = []
            spacing = None
            for chain, ch, adv in line.glyphs:
                name = chain.runs(ch)[0][0]
                # the character pitch as character spacing: advance minus the glyph's own width
                cs = round(adv + gap - chain.char_width(ch, st.size), 3)
                if name != font or cs != spacing:
                    if run:
                        tx.textOut("".join(run))
                        run = []
                    if name != font:
                        tx.setFont(name, st.size)
                        font = name
                    if cs != spacing:
                        tx.setCharSpace(cs)
                        spacing = cs
                run.append(ch)
            if run:
                tx.textOut("".join(run))
        tx.setCharSpace(0)
        c.drawText(tx)


class _Slice(GridText):
    """The part of a split paragraph that goes on one page."""

    def __init__(self, parent: GridText, lines: list[_Line]) -> None:
        super().__init__(parent.segments, parent.style)
        self.lines = lines
        self._laid_for = parent._laid_for

    def _layout(self, width: float) -> None:  # already laid out by the parent
        return

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        fit = int((availHeight + EPS) // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(self.lines):
            return [self]
        return [_Slice(self, self.lines[:fit]), _Slice(self, self.lines[fit:])]
