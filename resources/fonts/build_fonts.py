"""Build the bundled Song and Kai faces: subsets of AR PL UMing and AR PL UKai (Arphic Public License,
Debian packages fonts-arphic-uming / fonts-arphic-ukai) with TrueType (glyf) outlines, which reportlab can
embed. Run by hand when the character set changes; fontTools is a build tool here, not a dependency:

    python -m venv /tmp/ft && /tmp/ft/bin/pip install fonttools
    /tmp/ft/bin/python resources/fonts/build_fonts.py /usr/share/fonts/truetype/arphic

The set: ASCII, the GB 2312 symbols and all 6,763 GB 2312 hanzi, and every character of the shipped forms
and the demo's names. Characters outside it (rare names) are drawn from the next face of the font chain
(unionbook/documents/fonts.py), so nothing prints as a blank box.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FACES = {  # output file → (source collection, family name of the subfont to take)
    "ubsong.ttf": ("uming.ttc", "AR PL UMing CN"),
    "ubkai.ttf": ("ukai.ttc", "AR PL UKai CN"),
}


def charset() -> set[str]:
    chars = {chr(c) for c in range(0x20, 0x7F)}
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    chars.update("〔〕·—…―‘’“”〈〉《》「」『』【】〖〗（）［］｛｝：；，。、？！％＿　○〇×√☑□")
    for path in [*REPO.glob("forms/**/*.toml"), REPO / "unionbook" / "services" / "union" / "demo.py",
                 REPO / "unionbook" / "domain" / "member.py"]:
        chars.update(path.read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable() or c == "\u3000"}


def build(source_dir: Path) -> None:
    text = "".join(sorted(charset()))
    for out, (collection, family) in FACES.items():
        ttc = TTCollection(str(source_dir / collection))
        font = next(f for f in ttc.fonts if f["name"].getDebugName(1) == family)
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(text=text)
        sub.subset(font)
        font.save(str(HERE / out))
        print(out, (HERE / out).stat().st_size // 1024, "KB")


if __name__ == "__main__":
    build(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/arphic"))
