"""Everything that talks to PostgreSQL lives in this package (and nowhere else).

* :mod:`pgmig.db.connection`: opening connections, waiting for a server, unreachable errors.
* :mod:`pgmig.db.state`: the ``_migrations`` state table and its ``_log`` twin.
* :mod:`pgmig.db.lock`: the deploy lock (a session advisory lock) and "who holds it" queries.

The runner (:mod:`pgmig.runner`) drives migrations through these; the planner never sees a
connection.
"""
