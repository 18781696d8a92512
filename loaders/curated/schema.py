"""The curated YAML format as pydantic models (see ``docs/curated-format.md``).

Unknown keys and wrong types are rejected; references between entries are checked later
by ``loaders.curated.references`` because they span files.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from kg.iris import SLUG_RE

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _check_date(text: str) -> str:
    match = _DATE_RE.match(text)
    if not match:
        raise ValueError(f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, quoted")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        dt.date(year or 1, month or 1, day or 1)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a real date ({error})") from None
    return text


Slug = Annotated[str, StringConstraints(pattern=SLUG_RE.pattern, strict=True)]
DateText = Annotated[str, StringConstraints(strict=True), AfterValidator(_check_date)]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z_]*$", strict=True)]
Text = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True, strict=True)]
Url = Annotated[str, StringConstraints(pattern=r"^https?://\S+$", strict=True)]
Number = Annotated[Decimal, Field(ge=0)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Label(Strict):
    de: Text
    en: Text | None = None


class AltLabels(Strict):
    de: list[Text] = []
    en: list[Text] = []


class FormerName(Strict):
    label: Label
    from_: DateText | None = Field(default=None, alias="from")
    until: DateText | None = None


class Organisation(Strict):
    id: Slug
    kind: Code
    label: Label
    alt_labels: AltLabels = AltLabels()
    acronym: Text | None = None
    former_names: list[FormerName] = []
    ags: Annotated[str, StringConstraints(pattern=r"^\d{8}$", strict=True)] | None = None
    located_in: Slug | None = None
    unit_of: Slug | None = None
    homepage: Url | None = None
    description: Label | None = None


class Person(Strict):
    id: Slug
    name: Text
    description: Label | None = None


class Initiative(Strict):
    id: Slug
    kind: Code
    label: Label
    alt_labels: AltLabels = AltLabels()
    acronym: Text | None = None
    topic: Label | None = None
    located_in: Slug | None = None
    homepage: Url | None = None
    description: Label | None = None


class Place(Strict):
    id: Slug
    kind: Code
    label: Label
    alt_labels: AltLabels = AltLabels()
    located_in: Slug | None = None


class Registry(Strict):
    organisations: list[Organisation] = []
    persons: list[Person] = []
    initiatives: list[Initiative] = []
    places: list[Place] = []


class Location(Strict):
    paragraph: Annotated[int, Field(ge=1)]
    start: Annotated[int, Field(ge=0)] | None = None
    end: Annotated[int, Field(ge=0)] | None = None

    @model_validator(mode="after")
    def _offsets(self) -> Self:
        if (self.start is None) != (self.end is None):
            raise ValueError("give both start and end, or neither")
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"end ({self.end}) must be greater than start ({self.start})")
        return self


_MIN_QUALIFIERS = {"more_than", "at_least"}
_MAX_QUALIFIERS = {"up_to", "less_than"}
_VALUE_QUALIFIERS = {"exact", "approximately"}


class Amount(Strict):
    model_config = ConfigDict(extra="forbid", strict=False, frozen=True)

    value: Number | None = None
    min: Number | None = None
    max: Number | None = None
    qualifier: Literal["exact", "approximately", "more_than", "at_least", "up_to", "less_than"]
    scope: Literal["total", "per_recipient", "per_year"]
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"
    stated: Text

    @field_validator("value", "min", "max", mode="before")
    @classmethod
    def _number(cls, raw: object) -> object:
        if isinstance(raw, bool) or not isinstance(raw, int | float | None):
            raise ValueError(f"{raw!r} is not a number: write euros as a plain number")
        return raw

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        has_value, has_bound = self.value is not None, (self.min, self.max) != (None, None)
        if has_value == has_bound:
            raise ValueError("give either value, or min and/or max")
        if self.qualifier in _VALUE_QUALIFIERS and not has_value:
            raise ValueError(f"qualifier {self.qualifier} needs value, not min/max")
        if self.qualifier in _MIN_QUALIFIERS and (self.min is None or self.max is not None):
            raise ValueError(f"qualifier {self.qualifier} needs min (and no max)")
        if self.qualifier in _MAX_QUALIFIERS and (self.max is None or self.min is not None):
            raise ValueError(f"qualifier {self.qualifier} needs max (and no min)")
        return self


class Count(Strict):
    value: Annotated[int, Field(ge=0)]
    qualifier: Literal["exact", "approximately", "more_than", "at_least", "up_to", "less_than"] = (
        "exact"
    )
    of: Label
    class_: Code | None = Field(default=None, alias="class")
    target: bool = False
    stated: Text | None = None


class FactBase(Strict):
    id: Slug
    at: Location
    date: DateText | None = None
    start: DateText | None = None
    end: DateText | None = None
    stated_on: DateText | None = None

    @model_validator(mode="after")
    def _dates(self) -> Self:
        if self.date is not None and (self.start is not None or self.end is not None):
            raise ValueError("give date, or start/end, not both")
        return self


class Funding(FactBase):
    type: Literal["funding"]
    funder: Slug
    funded: Slug | None = None
    recipient: Slug | None = None
    amount: Amount | None = None
    recipients: Count | None = None
    projects: Count | None = None
    aggregate: bool = False
    included_in: Slug | None = None

    @model_validator(mode="after")
    def _target(self) -> Self:
        if self.funded is None and self.recipient is None:
            raise ValueError("a funding fact needs funded and/or recipient")
        return self


class Role(FactBase):
    type: Literal["role"]
    person: Slug
    organisation: Slug
    role: Code
    title: Label | None = None


class Member(FactBase):
    type: Literal["member"]
    member: Slug
    organisation: Slug


class PartOf(FactBase):
    type: Literal["part_of"]
    part: Slug
    whole: Slug


class Involvement(FactBase):
    type: Literal["involvement"]
    initiative: Slug
    role: Code
    agent: Slug | None = None
    count: Count | None = None
    topic: Label | None = None

    @model_validator(mode="after")
    def _who(self) -> Self:
        if self.agent is None and self.count is None:
            raise ValueError("an involvement needs agent and/or count")
        return self


class Occurrence(FactBase):
    type: Literal["occurrence"]
    subject: Slug
    what: Code
    place: Slug | None = None


class CountFact(FactBase):
    type: Literal["count"]
    subject: Slug
    count: Count


class Cooperation(FactBase):
    type: Literal["cooperation"]
    partners: Annotated[list[Slug], Field(min_length=2)]
    topic: Label | None = None


Fact = Annotated[
    Funding | Role | Member | PartOf | Involvement | Occurrence | CountFact | Cooperation,
    Field(discriminator="type"),
]


class Document(Strict):
    id: Slug
    kind: Code
    title: Label
    publisher: Slug | None = None
    issued: DateText | None = None
    url: Url | None = None
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] = "de"
    file: Text | None = None
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None


class Mention(Strict):
    entity: Slug
    at: Location


class DocumentFile(Strict):
    document: Document
    mentions: list[Mention] = []
    facts: list[Fact] = []
