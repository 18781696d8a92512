"""Given names of people in German-speaking countries, with the gender they are given to.

The lists are Faker's person data for Germany, Austria and Switzerland (``de_DE``, ``de_AT``,
``de_CH``): a few thousand names, bundled with the package, nothing downloaded. A name in them
followed by a capitalised word is read as a person even when no title or role comes with it
("Uwe X hat …"), and "Sie"/"Er" are matched to a person by the gender of the given name.
"""

from __future__ import annotations

from functools import cache
from typing import Final

from faker.providers.person.de_AT import Provider as Austria
from faker.providers.person.de_CH import Provider as Switzerland
from faker.providers.person.de_DE import Provider as Germany

_NOT_NAMES: Final = frozenset(["Said", "Can", "Van", "Guy", "Thi", "Tea", "Mark", "August", "Wolf"])
"""Given names in the lists that are more often a word of a German text than a name: English
words in quotes ("Can", "Said"), "die Mark Brandenburg", "im August", "ein Wolf"."""


@cache
def given_names() -> dict[str, str]:
    """Each given name of one word, mapped to ``"f"`` (given to women), ``"m"`` (to men) or
    ``"fm"`` (to both)."""
    genders: dict[str, str] = {}
    for country in (Germany, Austria, Switzerland):
        for names, gender in ((country.first_names_female, "f"), (country.first_names_male, "m")):
            for name in names:
                for part in name.replace("-", " ").split():
                    if part not in _NOT_NAMES:
                        known = genders.get(part, "")
                        genders[part] = "".join(sorted(set(known + gender)))
    return genders


def gender(name: str) -> str:
    """``"f"``, ``"m"``, ``"fm"`` or ``""`` for the first given name of a person's ``name``."""
    words = name.replace("-", " ").split()
    return given_names().get(words[0], "") if words else ""
