"""Reading requests strictly: UTF-8 or a 400, bounded bodies, bounded parameter counts."""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.requests import Request

from kg.web.limits import Rejected

MAX_FIELDS = 200


def parse_form(raw: bytes, what: str) -> list[tuple[str, str]]:
    """Decode ``a=1&b=2`` strictly: invalid UTF-8 or too many fields is a 400."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise Rejected(400, f"the {what} is not valid UTF-8 (byte {error.start})") from None
    try:
        return parse_qsl(
            text,
            keep_blank_values=True,
            encoding="utf-8",
            errors="strict",
            max_num_fields=MAX_FIELDS,
        )
    except UnicodeDecodeError as error:
        raise Rejected(400, f"a percent-encoded value in the {what} is not valid UTF-8") from error
    except ValueError:
        raise Rejected(400, f"the {what} has more than {MAX_FIELDS} parameters") from None


def query_params(request: Request) -> list[tuple[str, str]]:
    """The URL's parameters, strictly decoded."""
    raw: bytes = request.scope.get("query_string", b"")
    return parse_form(raw, "URL query string") if raw else []


async def read_body(request: Request, *, limit: int) -> bytes:
    """The request body, refusing more than ``limit`` bytes (413) before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise Rejected(413, f"the request body has {declared} bytes; at most {limit} are accepted")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Rejected(413, f"the request body is larger than {limit} bytes")
    return bytes(body)


def media_type(request: Request) -> str:
    """The request's media type without parameters, lower case."""
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def values(params: list[tuple[str, str]], name: str) -> list[str]:
    """All values of one parameter."""
    return [value for key, value in params if key == name]


def single(params: list[tuple[str, str]], name: str) -> str | None:
    """The one value of a parameter; given twice is a 400."""
    found = values(params, name)
    if len(found) > 1:
        raise Rejected(400, f"the parameter {name!r} is given {len(found)} times; give it once")
    return found[0] if found else None
