"""The schema revision this code needs, readable without importing Alembic.

Checking the database's revision is on every command's path; importing Alembic to learn the
head revision would cost more than the report itself. A test keeps this equal to Alembic's head.
"""

HEAD_REVISION = "0011"
