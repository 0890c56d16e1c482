"""The README's config table is generated from Settings; this keeps the two in sync."""

import re
from pathlib import Path

from pgmig.config import config_table_markdown

README = Path(__file__).resolve().parents[2] / "README.md"


def test_readme_config_table_matches_the_settings_dataclass() -> None:
    text = README.read_text(encoding="utf-8")
    m = re.search(r"<!-- config-table:[^>]*-->\n(.*?)\n<!-- /config-table -->", text, re.S)
    assert m, "README.md lost its config-table markers"
    assert m.group(1) == config_table_markdown(), (
        "README config table is stale: regenerate it with "
        "`python -c 'from pgmig.config import config_table_markdown as t; print(t())'`"
    )
