"""How uvicorn runs the app: httptools' protocol with a response's writes joined."""

from __future__ import annotations

import asyncio
import socket

from kg.web.serving import JoinedWrites, _JoiningTransport, http_protocol


def test_kg_serve_runs_httptools_with_joined_writes() -> None:
    assert http_protocol() is JoinedWrites  # httptools is a dependency: never h11


def test_writes_of_one_turn_leave_in_one_send_and_in_order() -> None:
    async def scenario() -> tuple[list[bytes], bytes]:
        loop = asyncio.get_running_loop()
        ours, theirs = socket.socketpair()
        transport, _ = await loop.create_connection(asyncio.Protocol, sock=ours)
        sent: list[bytes] = []
        real_write = transport.write

        def recording_write(data: bytes | bytearray | memoryview) -> None:
            sent.append(bytes(data))
            real_write(data)

        transport.write = recording_write  # type: ignore[method-assign]
        joined = _JoiningTransport(transport, loop)
        joined.write(b"HTTP/1.1 200 OK\r\n\r\n")
        joined.write(b"body")
        assert sent == []  # held until the end of this turn of the loop
        await asyncio.sleep(0)
        joined.write(b"!")
        joined.close()  # what is pending goes out before the close
        for _ in range(3):
            await asyncio.sleep(0)  # the transport closes within a turn or two
        assert transport.is_closing()
        theirs.settimeout(5)
        received = b""
        while chunk := theirs.recv(1024):  # up to the end: the close came after the bytes
            received += chunk
        theirs.close()
        return sent, received

    sent, received = asyncio.run(scenario())
    assert sent == [b"HTTP/1.1 200 OK\r\n\r\nbody", b"!"]
    assert received == b"HTTP/1.1 200 OK\r\n\r\nbody!"
