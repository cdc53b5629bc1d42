"""What analysts reach: the sandboxed SQL runner, read-only reader logins, and the catalog.

Each module is imported by its own path (``coopdb.analyst.sqlrun``…), so a command that needs
one of them does not pay for the others' imports.
"""
