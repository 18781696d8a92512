"""The server under uvloop, the event loop ``uvicorn[standard]`` brings: workers answer.

uvloop leaves a descriptor it watched in non-blocking mode; the worker pool reads whole
messages from its pipes and must not mistake a message still arriving for a dead worker.
"""

from __future__ import annotations

import httpx
import pytest

from kg.settings import Settings
from tests.web.conftest import free_port, serve

pytest.importorskip("uvloop", reason="uvloop is in the test extra; without it nothing to test")


def test_every_canned_query_answers_under_uvloop(server_settings: Settings) -> None:
    settings = server_settings.model_copy(update={"port": free_port()})
    with serve(settings, loop="uvloop") as (url, _), httpx.Client(base_url=url) as http:
        for _ in range(3):
            for entry in http.get("/queries").json():
                response = http.get(entry["url"])
                assert response.status_code == 200, (entry["name"], response.text)
        big = http.post(
            "/sparql",
            data={"query": "SELECT * WHERE { ?s ?p ?o }"},
            headers={"Accept": "text/tab-separated-values"},
        )
        assert big.status_code == 200
        assert len(big.text.splitlines()) > 5000
        assert http.get("/health").json()["restarts"] == 0
