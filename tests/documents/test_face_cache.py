"""Parsed faces are kept in the cache folder (documents/facecache.py): a face read from the cache is the face
reportlab parses, a PDF drawn with it is byte for byte the PDF drawn with a parsed face, and a cache file that
is damaged, cut short or of another font file is ignored (the face is parsed, and the file written again)."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from unionbook.documents import facecache
from unionbook.paths import resources_dir

SONG = resources_dir() / "fonts" / "ubsong.ttf"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("UNIONBOOK_HOME", str(tmp_path / "home"))
    return tmp_path / "home" / "cache" / "fonts"


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts reportlab's parses of a face (TTFont objects made from the file)."""
    made: list[str] = []
    real = facecache._parse

    def counting(name: str, path: Path, index: int) -> TTFont:
        made.append(name)
        return real(name, path, index)

    monkeypatch.setattr(facecache, "_parse", counting)
    return made


def _same_face(a: TTFont, b: TTFont) -> None:
    fa, fb = vars(a.face), vars(b.face)
    assert fa.keys() == fb.keys()
    for key in fa:
        if key != "_pdfScale":
            assert fa[key] == fb[key] and type(fa[key]) is type(fb[key]), key
    assert a.face.name.ustr == b.face.name.ustr
    assert [a.face._pdfScale(x) for x in (0, 1, 517)] == [b.face._pdfScale(x) for x in (0, 1, 517)]
    assert a.fontName == b.fontName and a.stringWidth("工会 UB", 12) == b.stringWidth("工会 UB", 12)


def test_a_face_is_parsed_once_then_read_from_the_cache(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made = _parses(monkeypatch)
    first = facecache.load_font("T1", SONG)
    assert made == ["T1"] and len(list(cache_home.glob("*.face"))) == 1
    again = facecache.load_font("T2", SONG)
    assert made == ["T1"]  # not parsed again
    _same_face(again, TTFont("T2", str(SONG)))
    assert vars(first.face).keys() == vars(again.face).keys()


@pytest.mark.parametrize("damage", ["flip", "altered", "cut", "empty", "other-version"])
def test_a_damaged_cache_file_is_ignored_and_written_again(cache_home: Path, monkeypatch: pytest.MonkeyPatch,
                                                           damage: str) -> None:
    facecache.load_font("T1", SONG)
    (kept,) = cache_home.glob("*.face")
    blob = kept.read_bytes()
    if damage == "flip":  # one byte of the data changed: the digest no longer matches
        middle = len(blob) // 2
        kept.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0x40]) + blob[middle + 1:])
    elif damage == "altered":  # still well-formed data, one width changed: only the digest can tell
        head = len(facecache.MAGIC) + 16
        state = marshal.loads(blob[head:])
        state["face"]["charWidths"][ord("工")] += 1
        kept.write_bytes(blob[:head] + marshal.dumps(state))
    elif damage == "cut":
        kept.write_bytes(blob[: len(blob) // 3])
    elif damage == "empty":
        kept.write_bytes(b"")
    else:
        kept.write_bytes(blob.replace(facecache.MAGIC, b"UBFACE0\n", 1))
    made = _parses(monkeypatch)
    font = facecache.load_font("T3", SONG)
    assert made == ["T3"]  # parsed, as without a cache
    _same_face(font, TTFont("T3", str(SONG)))
    assert kept.read_bytes() == blob  # and kept again
    assert facecache.load_font("T4", SONG) is not None and made == ["T3"]


def test_a_changed_font_file_is_not_answered_from_the_old_entry(cache_home: Path, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "face.ttf"
    copy.write_bytes(SONG.read_bytes())
    facecache.load_font("T1", copy)
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 10**9))  # replaced by another
    made = _parses(monkeypatch)
    facecache.load_font("T2", copy)
    assert made == ["T2"]


def test_an_unwritable_cache_costs_only_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "home"
    blocker.write_text("a file where the cache folder would be", encoding="utf-8")
    monkeypatch.setenv("UNIONBOOK_HOME", str(blocker))
    _same_face(facecache.load_font("T1", SONG), TTFont("T1", str(SONG)))


DRAW = """
import sys
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from unionbook.documents.facecache import load_font
from unionbook.paths import resources_dir
for name, file in (("UBHei", "wqy-microhei.ttc"), ("UBSong", "ubsong.ttf")):
    pdfmetrics.registerFont(load_font(name, resources_dir() / "fonts" / file, 0))
c = Canvas(sys.argv[1], invariant=1)
c.setFont("UBHei", 18)
c.drawString(72, 760, "工会会员登记表")
c.setFont("UBSong", 12)
c.drawString(72, 720, "姓名 张三 身份证号 110105194912310021 入会时间 2026年3月")
c.save()
"""


@pytest.mark.slow
def test_a_pdf_drawn_with_cached_faces_is_the_pdf_drawn_with_parsed_ones(tmp_path: Path) -> None:
    env = {**os.environ, "UNIONBOOK_HOME": str(tmp_path / "home")}
    parsed, cached = tmp_path / "parsed.pdf", tmp_path / "cached.pdf"
    subprocess.run([sys.executable, "-c", DRAW, str(parsed)], env=env, check=True)  # parses, fills the cache
    assert len(list((tmp_path / "home" / "cache" / "fonts").glob("*.face"))) == 2
    subprocess.run([sys.executable, "-c", DRAW, str(cached)], env=env, check=True)  # reads the cache
    assert parsed.read_bytes() == cached.read_bytes()
    assert b"FontFile2" in cached.read_bytes()  # TrueType outlines embedded (as subsets)
