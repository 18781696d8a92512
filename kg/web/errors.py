"""The one place that maps errors to HTTP statuses and well-formed bodies."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse

from kg.errors import (
    KGError,
    ParameterError,
    QuerySyntaxError,
    RemoteError,
    StoreError,
    UnknownQuery,
)
from kg.web.limits import Rejected
from kg.web.workers import Busy, QueryFailed, QueryTimeout, WorkerCrashed

STATUS: dict[type[KGError], int] = {
    QuerySyntaxError: 400,
    ParameterError: 400,
    UnknownQuery: 404,
    QueryTimeout: 503,
    Busy: 503,
    WorkerCrashed: 500,
    StoreError: 503,
}


def status_of(error: KGError) -> int:
    """The HTTP status for a project error."""
    if isinstance(error, Rejected | QueryFailed | RemoteError):
        return error.status
    for kind, status in STATUS.items():
        if isinstance(error, kind):
            return status
    return 400


def error_response(error: KGError) -> JSONResponse:
    """A JSON body ``{"error", "message", "line"?, "column"?}`` with the right status."""
    body: dict[str, object] = {"error": type(error).__name__, "message": str(error)}
    if isinstance(error, QuerySyntaxError):
        body["message"] = error.message
        body["line"], body["column"] = error.line, error.column
    status = status_of(error)
    headers = {"Retry-After": "5"} if status == 503 else None
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    """Register the handlers: project errors, and FastAPI's own validation as 400."""

    async def on_kg_error(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, KGError)
        return error_response(error)

    async def on_validation(_: Request, error: Exception) -> JSONResponse:
        assert isinstance(error, RequestValidationError)
        problems = []
        for item in error.errors():
            name = item["loc"][-1] if item["loc"] else "request"
            problems.append(f"parameter {name!r}: {item['msg']}")
        return error_response(ParameterError("; ".join(problems)))

    app.add_exception_handler(KGError, on_kg_error)
    app.add_exception_handler(RequestValidationError, on_validation)
