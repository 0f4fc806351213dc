"""reportlab.platypus is imported through documents/platypus.py, which leaves paragraph's URL pattern to be
compiled on first use (25 ms of every PDF-making process): it matches exactly as the compiled pattern, and
`re.compile` is the standard one again afterwards."""

from __future__ import annotations

import json
import re
import subprocess
import sys

CODE = """
import json, re
import unionbook.documents.renderer
from reportlab.platypus import paragraph
lazy = type(paragraph.uri_pat).__name__
print(json.dumps({"lazy": lazy, "compile_restored": re.compile.__module__ == "re" and re.compile.__name__ == "compile",
                  "pattern": paragraph.uri_pat.pattern, "flags": paragraph.uri_pat.flags}))
"""

URLS = ["http://example.com/a?b=1", "https://工会.中国/章程", "ftp://10.0.0.1:21/x", "not a url", "mailto:x@y.z",
        "HTTP://EXAMPLE.COM", "www.example.com"]


def test_the_url_pattern_is_compiled_on_first_use_and_matches_as_before() -> None:
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["lazy"] == "LazyPattern" and seen["compile_restored"]
    from unionbook.documents.platypus import LazyPattern

    lazy = LazyPattern(seen["pattern"], seen["flags"])
    compiled = re.compile(seen["pattern"], seen["flags"])
    assert [bool(lazy.match(u)) for u in URLS] == [bool(compiled.match(u)) for u in URLS]
    assert [bool(lazy.match(u)) for u in URLS][:3] == [True, True, True]
