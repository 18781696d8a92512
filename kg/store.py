"""The on-disk store: releases side by side, the live one chosen by a symlink.

::

    <store>            symlink → <store>.d/<release>    (swapped atomically)
    <store>.d/<release>/oxigraph/                     the Oxigraph database
    <store>.d/<release>/manifest.json                 fingerprint, counts, build time
    <store>.d/.build-*/                               a build in progress

A build writes a new release beside the live one and swaps the symlink only when it
has succeeded, so a failed or interrupted build leaves the previous store answering.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pyoxigraph import Store

from kg.errors import StoreError

MANIFEST = "manifest.json"
DATABASE = "oxigraph"


@dataclass(frozen=True)
class Manifest:
    """What a release was built from, and what is in it."""

    release: str
    fingerprint: str
    built_at: str
    version: str
    sources: list[str]
    graphs: dict[str, int] = field(default_factory=dict)

    def write(self, folder: Path) -> None:
        """Save the manifest into a release folder."""
        (folder / MANIFEST).write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")

    @classmethod
    def read(cls, folder: Path) -> Manifest:
        """Read the manifest of a release folder."""
        data = json.loads((folder / MANIFEST).read_text())
        return cls(**data)


def releases_dir(store: Path) -> Path:
    """Folder holding the releases of the store at ``store``."""
    return store.with_name(store.name + ".d")


def live_release(store: Path) -> Path | None:
    """The folder of the live release, or ``None`` when nothing was built yet."""
    if store.is_symlink():
        target = store.resolve()
        return target if (target / MANIFEST).is_file() else None
    if store.exists():
        raise StoreError(
            f"{store} exists but is not a store built by 'kg build'; "
            "choose another --store or remove it"
        )
    return None


def live_manifest(store: Path) -> Manifest | None:
    """The manifest of the live release, if any."""
    release = live_release(store)
    return None if release is None else Manifest.read(release)


def open_live(store: Path) -> Store:
    """Open the live release read-only; a clear error when there is none yet."""
    release = live_release(store)
    if release is None:
        raise StoreError(f"no store at {store}: run 'kg build' first (or set --store / KG_STORE)")
    try:
        return Store.read_only(str(release / DATABASE))
    except OSError as error:
        raise StoreError(f"cannot open the store at {release}: {error}") from error


@contextmanager
def build_lock(store: Path) -> Iterator[None]:
    """Hold an exclusive lock for building ``store``; a second build fails at once."""
    folder = releases_dir(store)
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError as error:
            raise StoreError(f"another build of {store} is running; wait for it") from error
        yield


def new_build_dir(store: Path) -> Path:
    """A fresh folder for a build in progress (leftovers of crashed builds are removed)."""
    folder = releases_dir(store)
    for leftover in folder.glob(".build-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    path = folder / f".build-{os.getpid()}"
    path.mkdir()
    return path


def unique_release(store: Path, name: str) -> str:
    """``name``, or ``name-2``, ``name-3``... when a release of that name exists."""
    folder, candidate, n = releases_dir(store), name, 1
    while (folder / candidate).exists():  # a forced rebuild within the same second
        n += 1
        candidate = f"{name}-{n}"
    return candidate


def publish(store: Path, build_dir: Path, release: str) -> Path:
    """Move a finished build into place and swap the live symlink to it atomically."""
    folder = releases_dir(store)
    target = folder / release
    build_dir.rename(target)
    previous = live_release(store)
    swap = store.with_name(f".{store.name}.swap")
    swap.unlink(missing_ok=True)
    swap.symlink_to(Path(folder.name) / target.name)  # relative: the store folder may move
    os.replace(swap, store)
    _prune(folder, keep={target.name, previous.name if previous else ""})
    return target


def _prune(folder: Path, *, keep: set[str]) -> None:
    """Remove old releases, keeping the live one and the one before (readers may hold it)."""
    for release in folder.iterdir():
        if release.is_dir() and not release.name.startswith(".") and release.name not in keep:
            shutil.rmtree(release, ignore_errors=True)
