"""Writes: ``/update`` (SPARQL Update) and Graph Store Protocol ``/store`` — off by default."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from kg.web.limits import Rejected
from kg.web.state import get_state

router = APIRouter(tags=["SPARQL protocol"])


def _authorise(request: Request) -> None:
    token = get_state(request).settings.update_token
    if token is None:
        raise Rejected(403, "this server is read-only: writes are off (set KG_UPDATE_TOKEN)")
    given = request.headers.get("authorization", "")
    if not given.startswith("Bearer "):
        raise Rejected(401, "writes need 'Authorization: Bearer <token>'")
    if given.removeprefix("Bearer ") != token:
        raise Rejected(403, "wrong token")


@router.post("/update", summary="SPARQL Update (needs a token)")
async def sparql_update(request: Request) -> Response:
    """Refused unless a token is configured and given."""
    _authorise(request)
    raise Rejected(501, "writes through the facade are not implemented yet; rebuild with kg build")
