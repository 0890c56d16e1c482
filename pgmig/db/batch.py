"""Send a batch of queries in one round trip and read their answers in order.

The runner sends each transactional migration as one batch: the previous migration's
``COMMIT`` (if any), ``BEGIN``, the timeouts, the file's statements one by one and the state row.
On the wire this is libpq's *pipeline mode*: every query is its own extended-protocol message
(so an error still names its statement), all of them are sent at once, then one ``Sync``.

What the runner relies on:

* The server runs the queries in order and, after the first error, skips every later query of
  the batch: :meth:`Batch.next` returns ``PIPELINE_ABORTED`` for those. A batch never reaches
  past its ``Sync``, so nothing of a later batch can run after an error.
* :meth:`Batch.finish` always brings the connection back to normal mode, reading (and
  discarding) whatever answers are left. After Ctrl-C or SIGTERM it first cancels the running
  statement on the server, so the rest of the batch is skipped instead of run to the end.
* The caller puts a ``COMMIT`` only at the head of a batch, for a migration whose statements and
  state row have already answered. So however a batch ends (error, interrupt, lost connection),
  the server never commits a migration whose results pgmig has not seen.

Waiting is a ``select()`` on the socket in non-blocking mode, so a signal interrupts it at once
(a blocking libpq call would only return when the server answers).

With a libpq older than 14 (no pipeline mode; the ``psycopg[binary]`` wheels bundle a newer
one) the same batch is sent one query at a time, stopping at the first error: one round trip
per query instead of one per batch, same results.
"""

from __future__ import annotations

import contextlib
import select
from collections.abc import Sequence
from typing import Any, cast

import psycopg
from psycopg import pq
from psycopg.errors import error_from_result

ABORTED = pq.ExecStatus.PIPELINE_ABORTED
_OK = (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK, pq.ExecStatus.EMPTY_QUERY)


def pipeline_supported() -> bool:
    """Whether the libpq psycopg uses has pipeline mode (libpq 14+)."""
    return pq.version() >= 140000


class Batch:
    """One batch on ``conn`` (an idle autocommit connection pgmig owns for the run).

    Use: ``send(queries)``, then ``next()`` once per query for its result, then ``finish()``
    (in a ``finally``). ``failed`` tells whether a result so far was an error.
    """

    def __init__(self, conn: psycopg.Connection[Any], *, pipeline: bool | None = None) -> None:
        self.conn = conn
        self.pg = conn.pgconn
        self.encoding = conn.info.encoding
        self.pipeline = pipeline_supported() if pipeline is None else pipeline
        self._queries: list[bytes] = []
        self._unread = 0  # results not read yet
        self._active = False  # between send() and finish()
        self._outstanding = False  # without pipeline mode: a query sent and not yet answered
        self._stopping = False
        self._blocking = False
        self.failed = False

    # -- sending --------------------------------------------------------------------------

    def send(self, queries: Sequence[str]) -> None:
        assert not self._active, "finish() the previous batch first"
        self._queries = [q.encode(self.encoding) for q in queries]
        self._unread = len(self._queries)
        self.failed = self._stopping = False
        if not self._queries:
            return
        self._blocking = self.pg.nonblocking == 0  # psycopg itself keeps it non-blocking
        self.pg.nonblocking = 1
        self._active = True
        if not self.pipeline:
            self._send_one(0)
            return
        self.pg.enter_pipeline_mode()
        for q in self._queries:
            self.pg.send_query_params(q, None)
        self.pg.pipeline_sync()
        self._flush()

    def _send_one(self, i: int) -> None:
        self.pg.send_query_params(self._queries[i], None)
        self._outstanding = True
        self._flush()

    # -- reading --------------------------------------------------------------------------

    def next(self) -> pq.abc.PGresult:
        """The next query's result, in the order sent (``PIPELINE_ABORTED`` for the queries
        after an error). Raises :class:`psycopg.OperationalError` when the connection is lost
        before the answer arrives."""
        assert self._unread > 0, "no query left to read"
        i = len(self._queries) - self._unread
        self._unread -= 1
        if not self.pipeline and not self._outstanding:
            return _ABORTED  # never sent: an earlier query failed, or finish() stopped here
        result = self._get()
        if result is None:
            raise psycopg.OperationalError(self._connection_error())
        self._get()  # the None that ends each query's results
        self._outstanding = False
        if result.status not in _OK and result.status != ABORTED:
            self.failed = True
        if not self.pipeline and self._unread and not (self.failed or self._stopping):
            self._send_one(i + 1)
        return result

    def error(self, result: pq.abc.PGresult) -> psycopg.Error:
        """The psycopg exception for an error result (sqlstate, diagnostics)."""
        return error_from_result(result, encoding=self.encoding)

    def finish(self, *, cancel: bool = False) -> None:
        """Read what is left (cancelling the running statement first if ``cancel``) and leave
        pipeline mode. Does nothing more on a lost connection."""
        if not self._active:
            return
        if self.pg.status == pq.ConnStatus.BAD:
            self._active = False
            return
        self._stopping = True
        if cancel and self._unread:
            self._cancel()
        try:
            while self._unread:
                self.next()
            if self.pipeline:
                sync = self._get()
                if sync is None or sync.status != pq.ExecStatus.PIPELINE_SYNC:
                    raise psycopg.OperationalError(self._connection_error())
                self.pg.exit_pipeline_mode()
        except psycopg.OperationalError:
            pass  # the connection is gone: the server rolls back whatever was open
        finally:
            self._active = False
            if self._blocking and self.pg.status != pq.ConnStatus.BAD:
                self.pg.nonblocking = 0

    # -- plumbing -------------------------------------------------------------------------

    def _get(self) -> pq.abc.PGresult | None:
        try:
            while self.pg.is_busy():
                self._wait(write=False)
                self.pg.consume_input()
        except psycopg.OperationalError:
            return None
        return self.pg.get_result()

    def _flush(self) -> None:
        # read while writing: a server blocked on sending results would stop reading queries
        while self.pg.flush():
            readable = self._wait(write=True)
            if readable:
                self.pg.consume_input()

    def _wait(self, *, write: bool) -> bool:
        fd = self.pg.socket
        readable, _, _ = select.select([fd], [fd] if write else [], [])
        return bool(readable)

    def _cancel(self) -> None:
        with contextlib.suppress(psycopg.Error):
            cancel_safe = getattr(self.conn, "cancel_safe", None)
            if cancel_safe is not None:
                cancel_safe(timeout=5.0)
            else:  # psycopg < 3.2
                self.conn.cancel()

    def _connection_error(self) -> str:
        message = self.pg.error_message.decode(self.encoding, "replace").strip()
        return message or "the connection to the server was lost"


class _Aborted:
    """Stands in for a ``PIPELINE_ABORTED`` result when the batch is sent query by query."""

    status = ABORTED


_ABORTED = cast("pq.abc.PGresult", _Aborted())
