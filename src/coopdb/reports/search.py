"""The SQL of ``coopdb search``: articles (and, with ``--facts``, curated facts) matching a
web-style query, each in one round trip, the text only ever a parameter.

A query word that spells an official, an enterprise or a region is widened to the entry's
other spellings ("Starovoit" also finds "Starovoyt", "Kursk" also "Курская"): where the other
spelling has as many words, the word in the same place; a word that is a whole spelling
("Planar") also to each other spelling as a phrase ("OAO Planar"), but a word of a longer
spelling ("OAO") is not widened to a shorter one.
The widening rewrites the query's own lexemes (``ts_rewrite``), so "Starovoit Kursk" still
needs both, and ``-Starovoit`` excludes every spelling.

Articles are ranked over ``core.sources.search_vector`` (migration 0009: without page
furniture and repeated paragraphs, with the words of dotted names) and their snippets cut from
``core.search_text(body)``, the same text without furniture.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

Record = dict[str, Any]

EXPANDED_QUERY = r"""
WITH RECURSIVE asked AS MATERIALIZED (
    SELECT websearch_to_tsquery('english', %(text)s) AS q,
           tsvector_to_array(to_tsvector('english', %(text)s)) AS lexemes
),
spellings AS (
    SELECT 'official' AS kind, n.official_id AS entity, n.name FROM core.official_names n
    UNION SELECT 'official', o.id, o.name FROM core.officials o
    UNION SELECT 'enterprise', n.enterprise_id, n.name FROM core.enterprise_names n
    UNION SELECT 'enterprise', e.id, e.name FROM core.enterprises e
    UNION SELECT 'region', n.region_id, n.name FROM core.region_names n
    UNION SELECT 'region', r.id, r.name FROM core.regions r
),
words AS MATERIALIZED (
    SELECT s.kind, s.entity, s.name, w.n, w.word,
           count(*) OVER (PARTITION BY s.kind, s.entity, s.name) AS k,
           tsvector_to_array(to_tsvector('english', w.word)) AS word_lexemes
    FROM spellings s
    CROSS JOIN LATERAL regexp_split_to_table(s.name, '\s+') WITH ORDINALITY AS w(word, n)
    WHERE w.word <> ''
),
hits AS (
    SELECT DISTINCT l.lexeme, w.kind, w.entity, w.name, w.n, w.k
    FROM asked a
    CROSS JOIN LATERAL unnest(a.lexemes) AS l(lexeme)
    JOIN words w ON l.lexeme = ANY (w.word_lexemes)
),
alternatives AS (
    SELECT DISTINCT h.lexeme,
           CASE WHEN o.k = h.k THEN plainto_tsquery('english', o.word)
                ELSE phraseto_tsquery('english', o.name) END AS alternative
    FROM hits h
    JOIN words o ON o.kind = h.kind AND o.entity = h.entity AND o.name <> h.name
                AND CASE WHEN o.k = h.k THEN o.n = h.n ELSE h.k = 1 END
),
pairs AS (
    -- one rewrite per query lexeme: the lexeme, or any other spelling of what it names
    SELECT row_number() OVER (ORDER BY x.lexeme) AS i,
           array_to_tsvector(ARRAY[x.lexeme])::text::tsquery AS target,
           (array_to_tsvector(ARRAY[x.lexeme])::text || ' | '
            || string_agg('(' || x.alternative::text || ')', ' | '))::tsquery AS substitute
    FROM alternatives x
    WHERE numnode(x.alternative) > 0
    GROUP BY x.lexeme
),
rewritten AS (
    SELECT 0::bigint AS i, a.q FROM asked a
    UNION ALL
    SELECT p.i, ts_rewrite(r.q, p.target, p.substitute)
    FROM rewritten r JOIN pairs p ON p.i = r.i + 1
),
expanded AS MATERIALIZED (
    SELECT r.q FROM rewritten r ORDER BY r.i DESC LIMIT 1
)
"""

ARTICLES_SQL = (
    EXPANDED_QUERY
    + r"""
SELECT s.id AS source_id, s.file_name AS source_file, s.title,
       round(ts_rank_cd(s.search_vector, x.q)::numeric, 4) AS rank,
       CASE WHEN to_tsvector('english', p.prose) @@ x.q
            THEN ts_headline('english', p.prose, x.q, %(options)s)
            -- matched by a word of a dotted name: cut at the dot (one dot leader), put back
            ELSE replace(ts_headline('english', regexp_replace(p.prose,
                     '([[:alpha:]][[:alnum:]]+)\.(?=[[:alpha:]][[:alnum:]]+)', '\1' || chr(8228),
                     'g'), x.q, %(options)s), chr(8228), '.') END AS snippet
FROM core.sources s
CROSS JOIN expanded x
CROSS JOIN LATERAL (SELECT core.search_text(s.body) AS prose) p
WHERE s.search_vector @@ x.q
ORDER BY rank DESC, s.key
LIMIT %(limit)s
"""
)

HEADLINE_OPTIONS = (
    'StartSel=«, StopSel=», MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "'
)


def article_rows(conn: psycopg.Connection[Any], text: str, limit: int) -> list[Record]:
    """Articles matching a web-style query, best first, with highlighted snippets."""
    cursor = conn.cursor(row_factory=dict_row)
    params = {"text": text, "limit": limit, "options": HEADLINE_OPTIONS}
    return list(cursor.execute(ARTICLES_SQL, params).fetchall())


FACTS_SQL = (
    EXPANDED_QUERY
    + """
, facts AS (
    SELECT 'proposal' AS kind, p.id, p.title AS summary, p.region_id, NULL::bigint AS meeting_id,
           NULL::bigint AS twinning_id, p.source_id,
           concat_ws(E'\\n', p.title, p.amount_text, p.note, p.quote) AS words
    FROM core.proposals p
    UNION ALL
    SELECT 'statement', s.id, s.summary, s.region_id, NULL, NULL, s.source_id,
           concat_ws(E'\\n', s.summary, s.note, s.quote)
    FROM core.statements s
    UNION ALL
    SELECT 'trade figure', t.id,
           concat_ws(' ', t.flow, t.period_label, t.value_text), t.region_id, NULL, NULL,
           t.source_id, concat_ws(E'\\n', t.value_text, t.period_label, t.change_text, t.note,
                                  t.quote)
    FROM core.trade_figures t
    UNION ALL
    SELECT 'trade goods', g.id, concat_ws(': ', g.direction, g.goods), g.region_id, NULL, NULL,
           g.source_id, concat_ws(E'\\n', g.goods, g.note, g.quote)
    FROM core.trade_goods g
    UNION ALL
    SELECT 'quantity', q.id, concat_ws(': ', q.what, q.value_text), q.region_id, NULL, NULL,
           q.source_id, concat_ws(E'\\n', q.what, q.value_text, q.note, q.quote)
    FROM core.quantities q
    UNION ALL
    SELECT 'meeting', m.id,
           concat_ws(' ', 'meeting', 'in ' || m.place, 'on ' || m.date::text), NULL, m.id, NULL,
           m.source_id,
           concat_ws(E'\\n', m.place, m.note, m.quote,
                     (SELECT string_agg(o.name, E'\\n') FROM core.meeting_participants mp
                      JOIN core.officials o ON o.id = mp.official_id
                      WHERE mp.meeting_id = m.id))
    FROM core.meetings m
    UNION ALL
    SELECT 'twinning', w.id, concat_ws(' ', w.status, w.level, 'twinning'), NULL, NULL, w.id,
           w.source_id, concat_ws(E'\\n', w.note, w.quote)
    FROM core.twinning_agreements w
    UNION ALL
    SELECT 'enterprise mention', e.id, n.name, e.region_id, NULL, NULL, e.source_id,
           concat_ws(E'\\n', n.name, e.name_as_written, e.note, e.quote)
    FROM core.enterprise_mentions e JOIN core.enterprises n ON n.id = e.enterprise_id
)
SELECT f.kind, f.summary,
       coalesce(r.name, (SELECT string_agg(mr_r.name, '; ' ORDER BY mr_r.name)
                         FROM core.meeting_regions mr JOIN core.regions mr_r
                              ON mr_r.id = mr.region_id
                         WHERE mr.meeting_id = f.meeting_id),
                (SELECT string_agg(tr_r.name, '; ' ORDER BY tr_r.name)
                 FROM core.twinning_regions tr JOIN core.regions tr_r ON tr_r.id = tr.region_id
                 WHERE tr.twinning_id = f.twinning_id)) AS region,
       s.file_name AS source_file,
       round(ts_rank_cd(to_tsvector('english', f.words), x.q)::numeric, 4) AS rank,
       f.id AS fact_id, f.source_id
FROM facts f
CROSS JOIN expanded x
JOIN core.sources s ON s.id = f.source_id
LEFT JOIN core.regions r ON r.id = f.region_id
WHERE to_tsvector('english', f.words) @@ x.q
ORDER BY rank DESC, f.kind, s.key, f.id
LIMIT %(limit)s
"""
)


def fact_rows(conn: psycopg.Connection[Any], text: str, limit: int) -> list[Record]:
    """Curated facts whose words (title, summary, note, quote…) match, best first. Their
    vectors are computed as the query runs: facts are few beside the articles' text."""
    cursor = conn.cursor(row_factory=dict_row)
    return list(cursor.execute(FACTS_SQL, {"text": text, "limit": limit}).fetchall())
