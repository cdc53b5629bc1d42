"""Self-contained HTML pages: no network request, every value escaped.

``article_page`` draws an article with its facts' quotes highlighted at their offsets (the
page ``coopdb curate review`` writes and the site's article pages share).
"""

from __future__ import annotations

from coopdb.html.article_page import (
    ArticlePage,
    Highlight,
    SentenceMark,
    article_section,
    render_article_page,
)

__all__ = [
    "ArticlePage",
    "Highlight",
    "SentenceMark",
    "article_section",
    "render_article_page",
]
