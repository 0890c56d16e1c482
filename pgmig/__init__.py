"""pgmig: PostgreSQL schema migrations with a transactional runner and a safe-migration analyzer.

This module must stay import-light: ``pgmig --help`` and ``pgmig --version`` only import it and
click, never psycopg or pglast (start-up time is a feature, see tests/unit/test_startup.py).
"""

__version__ = "0.1.0"
