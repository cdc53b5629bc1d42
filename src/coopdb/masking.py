"""Passwords in database URLs and conninfo strings: found, masked, and kept out of messages.

A password can hide in three places: the user-info of a URL (``user:secret@host``, where an
unescaped ``@`` in the secret means only the *last* ``@`` ends it), a ``password=`` query
parameter, and a ``password=`` key of a ``key=value`` conninfo string (quoted or not). Both
forms are parsed as libpq parses them, never with one regular expression over the whole text,
and libpq's own messages, which sometimes quote the text they could not parse, have every
password found in it replaced before they are shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import quote, unquote

MASK = "***"
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def mask_password(text: str) -> str:
    """The URL or conninfo string with each password replaced by ``***``."""
    spans: list[tuple[int, int]] = []
    for start, end in sorted(_password_spans(text)):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    for start, end in reversed(spans):
        text = text[:start] + MASK + text[end:]
    return text


def passwords(text: str) -> set[str]:
    """Every password in a URL or conninfo string, as written and as decoded."""
    found = set()
    for start, end in _password_spans(text):
        raw = text[start:end]
        found |= {raw, unquote(raw), _unescape_conninfo(raw)}
    found.add(_libpq_password(text))
    return {secret for secret in found if secret}


def _libpq_password(text: str) -> str:
    """The password as libpq itself reads the text ("" when it cannot)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        value = conninfo_to_dict(re.sub(r"^postgresql\+psycopg://", "postgresql://", text))
    except Exception:  # any text that libpq cannot parse has no password to add
        return ""
    return str(value.get("password") or "")


def scrub(message: str, source: str) -> str:
    """``message`` with every password of ``source`` (a URL or conninfo) masked."""
    for secret in sorted(passwords(source), key=len, reverse=True):
        message = message.replace(secret, MASK)
    return message


def escape_userinfo(url: str) -> str:
    """A URL whose user-info holds an unescaped ``@`` (``u:p@ss@host``), with it escaped.

    libpq ends the user-info at the first ``@``; people mean the last one before the host.
    """
    match = _SCHEME.match(url)
    if not match:
        return url
    rest = url[match.end() :]
    authority_end = min((i for i in map(rest.find, "/?#") if i >= 0), default=len(rest))
    userinfo, at, host = rest[:authority_end].rpartition("@")
    if not at or "@" not in userinfo:
        return url
    return (
        match.group() + quote(userinfo, safe=":%!$&'()*+,;=~-._") + at + host + rest[authority_end:]
    )


def _password_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each password's text in a URL or conninfo string."""
    match = _SCHEME.match(text.lstrip())
    if match is None:
        yield from _conninfo_password_spans(text)
        return
    offset = len(text) - len(text.lstrip()) + match.end()
    rest = text[offset:]
    # Safe rather than exact: the user-info runs to the last "@" (a query or path rarely
    # holds one, and then more is masked than needed, never less).
    userinfo, at, _ = rest.rpartition("@")
    colon = userinfo.find(":")
    if at and colon >= 0:
        yield offset + colon + 1, offset + len(userinfo)
        # libpq ends it at the first "@": that shorter password may be quoted back too.
        first_at = rest.find("@")
        if colon < first_at < len(userinfo):
            yield offset + colon + 1, offset + first_at
    # A password= parameter ends at the next "&" only: an unescaped "?" may be part of it.
    position = offset
    for k, piece in enumerate(rest.split("&")):
        starts = [0] if k else [j + 1 for j, char in enumerate(piece) if char == "?"]
        for start in starts:
            key, equals, _ = piece[start:].partition("=")
            if equals and unquote(key).strip().lower() == "password":
                yield position + start + len(key) + 1, position + len(piece)
                break
        position += len(piece) + 1


def _conninfo_password_spans(text: str) -> Iterator[tuple[int, int]]:
    """Values of ``password`` keys in ``key = value`` text (libpq's quoting and escapes)."""
    i, n = 0, len(text)
    while i < n:
        while i < n and text[i].isspace():
            i += 1
        start = i
        while i < n and text[i] != "=" and not text[i].isspace():
            i += 1
        key = text[start:i]
        while i < n and text[i].isspace():
            i += 1
        if i >= n or text[i] != "=":
            continue  # not a key=value pair: go on with the next word
        i += 1
        while i < n and text[i].isspace():
            i += 1
        value_start = i
        if i < n and text[i] == "'":
            i += 1
            while i < n and text[i] != "'":
                i += 2 if text[i] == "\\" else 1
            i = min(i + 1, n)
        else:
            while i < n and not text[i].isspace():
                i += 2 if text[i] == "\\" else 1
            i = min(i, n)
        if key.lower() == "password":
            yield value_start, i


def _unescape_conninfo(value: str) -> str:
    """A conninfo value as libpq reads it: quotes removed, backslash escapes resolved."""
    if value.startswith("'"):
        value = value[1:-1] if value.endswith("'") and len(value) > 1 else value[1:]
    return re.sub(r"\\(.)", r"\1", value)
