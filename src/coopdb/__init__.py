"""coopdb: a PostgreSQL database of Belarus–Russia regional cooperation, from news articles."""

__version__ = "0.1.0"
