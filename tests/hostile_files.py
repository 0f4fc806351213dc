"""Spreadsheets built to hurt a reader: a value in a far cell, a decompression bomb, a zip that lies about its
sizes. Written by hand (zipfile + XML) so that nothing ever materialises what they describe."""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time
import zipfile
import zlib
from collections.abc import Iterable
from pathlib import Path

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '</Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>')
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>')
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sheet(cells: Iterable[tuple[str, str]], dimension: str | None) -> str:
    """`cells`: (reference, inline text)."""
    rows: dict[int, list[str]] = {}
    for ref, text in cells:
        row = int("".join(ch for ch in ref if ch.isdigit()))
        rows.setdefault(row, []).append(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')
    body = "".join(f'<row r="{r}">{"".join(cs)}</row>' for r, cs in sorted(rows.items()))
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {_NS}>{dim}<sheetData>{body}' \
           '</sheetData></worksheet>'


def _write(path: Path, sheet_xml: str, shared: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml)
        z.writestr("xl/sharedStrings.xml", shared or f'<?xml version="1.0"?><sst {_NS} count="0" uniqueCount="0"/>')
    return path


def small_xlsx(path: Path) -> Path:
    """A harmless sheet built the same way (the control: the reader must accept it)."""
    return _write(path, _sheet([("A1", "姓名"), ("B1", "身份证号码"), ("A2", "张三"), ("B2", "110105199003071234")],
                               "A1:B2"))


def far_cell_xlsx(path: Path, ref: str = "XFD1048576", *, honest_dimension: bool = True) -> Path:
    """A header and one stray value at `ref`; the <dimension> tells the truth or claims A1:B1."""
    cells = [("A1", "姓名"), ("B1", "身份证号码"), (ref, "x")]
    return _write(path, _sheet(cells, f"A1:{ref}" if honest_dimension else "A1:B1"))


def far_cell_without_refs_xlsx(path: Path, columns: int = 16384) -> Path:
    """One row of `columns` cells that carry no r="…" (allowed by the format): the extent is in their count."""
    cells = '<c t="inlineStr"><is><t>x</t></is></c>' * columns
    xml = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData><row r="1048576">{cells}</row>' \
          '</sheetData></worksheet>'
    return _write(path, xml)


def _deflate_stream(chunk: bytes, times: int, head: bytes, tail: bytes) -> tuple[bytes, int, int]:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    crc = zlib.crc32(head)
    parts = [comp.compress(head)]
    for _ in range(times):
        parts.append(comp.compress(chunk))
        crc = zlib.crc32(chunk, crc)
    parts.append(comp.compress(tail))
    crc = zlib.crc32(tail, crc)
    parts.append(comp.flush())
    return b"".join(parts), len(head) + len(chunk) * times + len(tail), crc


def bomb_xlsx(path: Path, expanded_mb: int = 1024, *, lie_about_size: bool = False, many: bool = False) -> Path:
    """A shared string of `expanded_mb` MB of one letter (with `many`: strings of 1,000 letters each), deflated to
    about a thousandth of that. With `lie_about_size` the zip's directory claims the part is 1 KB (the sizes
    cannot be trusted)."""
    head = f'<?xml version="1.0"?><sst {_NS}><si><t>'.encode()
    tail = b"</t></si></sst>"
    item = b"A" * 1000 + b"</t></si><si><t>"
    chunk = item * ((1 << 20) // len(item)) if many else b"A" * (1 << 20)
    data, size, crc = _deflate_stream(chunk, expanded_mb, head, tail)
    _write(path, _sheet([("A1", "姓名")], "A1:A1"))
    # replace the sharedStrings part by the bomb, its deflated bytes written as they are
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info, src.read(info.filename))
        sheet_ref = zipfile.ZipInfo("xl/sharedStrings.xml")
        sheet_ref.compress_type = zipfile.ZIP_DEFLATED
        dst.writestr(sheet_ref, b"")  # placeholder entry, patched below
    _patch_entry(tmp, "xl/sharedStrings.xml", data, 1024 if lie_about_size else size, crc)
    tmp.replace(path)
    return path


def _patch_entry(path: Path, name: str, deflated: bytes, size: int, crc: int) -> None:
    """Rewrite the zip with `name` holding `deflated` as its compressed bytes (zipfile cannot write raw data)."""
    with zipfile.ZipFile(path) as z:
        others = [(i, z.read(i.filename)) for i in z.infolist() if i.filename != name]
    out = bytearray()
    central = bytearray()
    import struct

    def add(fname: str, comp: bytes, usize: int, ucrc: int, method: int) -> None:
        offset = len(out)
        raw = fname.encode()
        out.extend(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0x21, ucrc, len(comp), usize,
                               len(raw), 0))
        out.extend(raw)
        out.extend(comp)
        central.extend(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0x21, ucrc, len(comp),
                                   usize, len(raw), 0, 0, 0, 0, 0, offset))
        central.extend(raw)

    for info, content in others:
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        body = comp.compress(content) + comp.flush()
        add(info.filename, body, len(content), zlib.crc32(content), 8)
    add(name, deflated, size, crc, 8)
    count = len(others) + 1
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), len(out), 0)
    path.write_bytes(bytes(out) + bytes(central) + end)


def huge_string_xlsx(path: Path, megabytes: int = 60) -> Path:
    """One cell holding a string of `megabytes` MB (inline) that does not compress much (a block of random
    Chinese characters, larger than deflate's window, repeated), so the zip checks alone do not catch it."""
    rng = random.Random(7)
    block = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(1 << 18))  # 768 KB in UTF-8
    text = block * max(1, megabytes * (1 << 20) // (len(block) * 3))
    return _write(path, _sheet([("A1", "姓名"), ("A2", text)], "A1:A2"))


# ---- reading one in a child process, measured ----

MAX_SECONDS = 10.0
MAX_RSS_MB = 500

# The wrapper runs the reader and adds its peak RSS (ru_maxrss in KiB on Linux), also when the reader died.
_WRAPPER = r"""
import json, resource, subprocess, sys
proc = subprocess.run([sys.executable, "-c", sys.argv[1], sys.argv[2]], capture_output=True, text=True)
lines = proc.stdout.strip().splitlines()
outcome = json.loads(lines[-1]) if proc.returncode == 0 and lines else {
    "outcome": f"exit {proc.returncode}", "message": proc.stderr[-300:]}
outcome["rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps(outcome, ensure_ascii=False))
"""

# The reader prints the outcome.
_CHILD = r"""
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))  # a runaway reader fails instead of eating the machine
from unionbook.exchange.reader import read_sheet
from unionbook.errors import UnionBookError
try:
    sheet = read_sheet(sys.argv[1])
    outcome = {"outcome": "read", "rows": len(sheet.rows)}
except UnionBookError as exc:
    outcome = {"outcome": "refused", "message": exc.message}
except BaseException as exc:
    outcome = {"outcome": "crashed", "message": f"{type(exc).__name__}: {exc}"[:300]}
print(json.dumps(outcome, ensure_ascii=False))
"""


def read_in_child(path: Path) -> dict[str, object]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", _WRAPPER, _CHILD, str(path)], capture_output=True, text=True,
                          timeout=120, check=True)
    elapsed = time.monotonic() - started
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    result["seconds"] = elapsed
    return result
