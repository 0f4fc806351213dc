"""Parsed TrueType faces kept between runs, so that a form from a fresh process does not parse its fonts again.

reportlab parses every face it registers (cmap, widths, glyph offsets: 0.07–0.13 s for each bundled CJK face,
more than drawing a form), and its `TTFont` objects do not pickle. What the parse produced is plain data,
though: it is kept in the program's cache folder (paths.cache_dir()/fonts) with `marshal`, keyed by the font
file (path, size, modification time, subfont) and by reportlab's and Python's versions, written atomically and
checked with a BLAKE2 digest. The font file's own bytes are read again (reportlab subsets from them). A cache
file that is missing, damaged or of another version is ignored: the face is parsed, as without a cache, and
the file written again. A face is only ever kept when it was first rebuilt from the kept data and found equal
to the parsed one, so a reportlab that keeps something else in its objects is simply not cached.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from unionbook.paths import cache_dir

FORMAT = 1
MAGIC = b"UBFACE%d\n" % FORMAT
_DIGEST = 16
# kept apart from the marshalled state: the font file's bytes (read again), a function (made again), and the
# per-document subsetting state and encoding object of the TTFont (new for every font object anyway)
_FACE_REBUILT = ("_ttf_data", "_pdfScale")
_FONT_REBUILT = ("fontName", "face", "encoding", "state")


def load_font(name: str, path: Path, index: int = 0) -> TTFont:
    """The face in `path` registered-ready as `name`: from the cache when it holds this file, else parsed
    (and then kept). Raises as reportlab does when the file cannot be parsed."""
    where = _cache_file(path, index)
    if where is not None:
        font = _read(where, name, path)
        if font is not None:
            return font
    font = _parse(name, path, index)
    if where is not None:
        _write(where, font, path)
    return font


def _parse(name: str, path: Path, index: int) -> TTFont:
    return TTFont(name, str(path), subfontIndex=index)


def _cache_file(path: Path, index: int) -> Path | None:
    try:
        st = path.stat()
        folder = cache_dir() / "fonts"
    except OSError:
        return None
    key = repr((str(path.resolve()), st.st_size, st.st_mtime_ns, index, REPORTLAB_VERSION, sys.version_info[:2],
                marshal.version, FORMAT))
    return folder / f"{path.stem}-{index}-{hashlib.blake2b(key.encode(), digest_size=10).hexdigest()}.face"


def _scale(units_per_em: int) -> Callable[[float], float]:
    """TTFontFile.extractInfo's scale from font units to 1/1000 em (a function: not kept)."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _state(font: TTFont) -> dict[str, Any]:
    face = {k: v for k, v in vars(font.face).items() if k not in _FACE_REBUILT}
    names = {k: (bytes(v), v.ustr) for k, v in face.items() if isinstance(v, TTFNameBytes)}
    for k in names:
        del face[k]
    own = {k: v for k, v in vars(font).items() if k not in _FONT_REBUILT}
    return {"face": face, "names": names, "font": own}


def _rebuild(state: dict[str, Any], name: str, data: bytes) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(state["face"])
    for k, (raw, text) in state["names"].items():
        value = bytes.__new__(TTFNameBytes, raw)
        value.ustr = text
        setattr(face, k, value)
    face._ttf_data = data
    face._pdfScale = _scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(state["font"])
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def _loads(payload: bytes) -> Any:
    """marshal.loads with the cyclic garbage collector paused: the data is some 100,000 fresh lists, tuples and
    dicts, each allocation counting toward a collection that finds nothing (a third of the time otherwise)."""
    paused = gc.isenabled()
    gc.disable()
    try:
        return marshal.loads(payload)
    finally:
        if paused:
            gc.enable()


def _read(where: Path, name: str, path: Path) -> TTFont | None:
    try:
        blob = where.read_bytes()
        if blob[:len(MAGIC)] != MAGIC:
            return None
        digest, payload = blob[len(MAGIC):len(MAGIC) + _DIGEST], blob[len(MAGIC) + _DIGEST:]
        if hashlib.blake2b(payload, digest_size=_DIGEST).digest() != digest:
            return None
        return _rebuild(_loads(payload), name, path.read_bytes())
    except Exception:  # missing, unreadable or damaged: parsed as if there were no cache
        return None


def _same(a: TTFont, b: TTFont) -> bool:
    fa, fb = vars(a.face), vars(b.face)
    if fa.keys() != fb.keys() or vars(a).keys() != vars(b).keys():
        return False
    if any(fa[k] != fb[k] or type(fa[k]) is not type(fb[k]) for k in fa if k != "_pdfScale"):
        return False
    if any(getattr(fa[k], "ustr", None) != getattr(fb[k], "ustr", None) for k in fa):
        return False
    if any(a.face._pdfScale(x) != b.face._pdfScale(x) for x in (0, 1, 517, -213, 2048)):
        return False
    own = [k for k in vars(a) if k not in ("face", "encoding", "state")]
    return all(getattr(a, k) == getattr(b, k) for k in own) and a.encoding.name == b.encoding.name


def _write(where: Path, font: TTFont, path: Path) -> None:
    try:
        payload = marshal.dumps(_state(font))
        if not _same(font, _rebuild(marshal.loads(payload), font.fontName, path.read_bytes())):
            return  # this reportlab keeps something the cache would not give back: parse every time
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{where.stem}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(MAGIC + hashlib.blake2b(payload, digest_size=_DIGEST).digest() + payload)
            os.replace(tmp, where)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except Exception:  # a cache that cannot be written (read-only profile, full disk) costs only time
        return
