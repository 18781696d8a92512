"""Every setting is documented in the README (a setting nobody can find does not exist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.settings import Settings

README = (Path(__file__).parent.parent / "README.md").read_text()


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_in_the_readme(name: str) -> None:
    variable = "SOURCE_DATE_EPOCH" if name == "source_date_epoch" else f"KG_{name.upper()}"
    assert f"`{variable}`" in README, f"{variable} is not documented in the README"
