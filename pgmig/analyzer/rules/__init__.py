"""One module per rule; the rule id is the module name with ``_`` -> ``-``.

See docs/writing-rules.md for the contract (and :mod:`pgmig.analyzer.registry`). Rules never
import each other; shared parse-tree helpers live in :mod:`pgmig.analyzer.helpers`.
"""
