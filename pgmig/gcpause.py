"""Pausing Python's cyclic garbage collector where it only costs time.

pgmig allocates mostly acyclic objects (parse trees of many small dicts and lists, modules,
results) that reference counting frees on its own. The cyclic collector scans the surviving ones
again and again as they pile up, without ever finding garbage among them:

* parsing a 5 MB file with the collector on took 3-7x the parse time; pausing it made
  ``discovery.load`` of 1,000 files about a third faster;
* a whole ``pgmig up`` of 1,000 migrations spent 0.03-0.1 s (A/B runs) of its ~0.5 s of client
  CPU in the collector (start-up imports, parse trees, the runner loop); with it paused for the
  command (:func:`pgmig.cli.main`), peak memory grew by 0.5 MB, and by 2.2% (406 to 415 MB) for
  ``check`` on 5 MB.

Only the command line pauses it for a whole command; the library (:mod:`pgmig.api`) pauses it
only around parsing, and always restores the caller's setting.

This module imports nothing but :mod:`gc` and :mod:`contextlib`, so the command line can use it
before knowing which command runs (``pgmig --version`` stays light).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cyclic collector inside the block; re-enable it on the way out only if it was
    enabled on the way in (so nested pauses and a caller's own ``gc.disable()`` are kept)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
