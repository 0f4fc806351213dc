"""A face that only helps out (the Hei face, the system's full Song face) is parsed when a character needs it,
not whenever a chain is made: each bundled or system face costs 0.1–0.4 s of a one-form command."""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import json
from unionbook.documents.fonts import chain
from reportlab.pdfbase import pdfmetrics
song = chain("song")
song.runs("工会会员登记表 张三 2026年")
before = sorted(n for n in pdfmetrics.getRegisteredFontNames() if n.startswith("UB"))
rare = next(c for c in map(chr, range(0x4E00, 0x9FFF)) if ord(c) not in pdfmetrics.getFont("UBSong").face.charToGlyph
            and ord(c) in pdfmetrics.getFont(chain("hei").primary).face.charToGlyph)
runs = song.runs("张" + rare)
print(json.dumps({"before": before, "runs": [name for name, _ in runs]}))
"""


def test_a_helping_face_is_parsed_when_a_character_needs_it() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True,
                          env={**os.environ, "UNIONBOOK_PDF_FONTS": "bundled"})
    import json

    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["before"] == ["UBSong"]  # the chain's own face only
    assert result["runs"] == ["UBSong", "UBHei"]  # the missing character from the Hei face, as before
