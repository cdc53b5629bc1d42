-- reporting.trade_figure_groups (new in revision 0007): which trade figures report the same
-- quantity. Figures of one Russian region, flow, status class (actual and estimate are trade
-- history; forecast, target ... each a class of its own) and period interval, or linked by
-- same_as, form one figure group; the group's id is its smallest figure id.

CREATE OR REPLACE VIEW reporting.trade_figure_groups AS
WITH RECURSIVE f AS (
    SELECT t.id, t.same_as_id,
           min(t.id) OVER (
               PARTITION BY t.region_id, t.flow, t.period_start, t.period_end,
                            CASE WHEN t.status IN ('actual', 'estimate') THEN 'history'
                                 ELSE t.status END
           ) AS attributes_first,
           t.period_start IS NOT NULL AND t.period_end IS NOT NULL AS has_interval
    FROM core.trade_figures t
), edge(a, b) AS (
    SELECT id, attributes_first FROM f WHERE has_interval AND id <> attributes_first
    UNION ALL SELECT attributes_first, id FROM f WHERE has_interval AND id <> attributes_first
    UNION ALL SELECT id, same_as_id FROM f WHERE same_as_id IS NOT NULL
    UNION ALL SELECT same_as_id, id FROM f WHERE same_as_id IS NOT NULL
), reach(origin, id) AS (
    SELECT id, id FROM f
    UNION
    SELECT r.origin, e.b FROM reach r JOIN edge e ON e.a = r.id
), grouped AS (
    SELECT origin AS id, min(id) AS figure_group_id, count(*) AS group_size
    FROM reach GROUP BY origin
), stats AS (
    SELECT g.figure_group_id,
           count(DISTINCT (t.value_low, t.value_high, t.currency)) > 1 AS values_differ,
           max(CASE WHEN t.rank = 'preferred' THEN t.id END) AS preferred_trade_figure_id
    FROM grouped g JOIN core.trade_figures t ON t.id = g.id
    GROUP BY g.figure_group_id
)
SELECT g.id AS trade_figure_id, g.figure_group_id, g.group_size::integer AS group_size,
       t.rank, t.source_id, t.value_text, st.values_differ, st.preferred_trade_figure_id
FROM grouped g
JOIN core.trade_figures t ON t.id = g.id
JOIN stats st ON st.figure_group_id = g.figure_group_id;

COMMENT ON VIEW reporting.trade_figure_groups IS 'Trade figures grouped by what they report: one row per figure, with its group; sources disagree where values_differ. Not additive: to sum trade, use reporting.trade_by_year, which counts each calendar-year quantity once.';

COMMENT ON COLUMN reporting.trade_figure_groups.trade_figure_id IS 'Id of the trade figure.';
COMMENT ON COLUMN reporting.trade_figure_groups.figure_group_id IS
    'Id of the figure group: the smallest trade figure id in it.';
COMMENT ON COLUMN reporting.trade_figure_groups.group_size IS 'Figures in the group (1: alone).';
COMMENT ON COLUMN reporting.trade_figure_groups.rank IS 'preferred, normal or deprecated.';
COMMENT ON COLUMN reporting.trade_figure_groups.source_id IS 'Id of the figure''s source.';
COMMENT ON COLUMN reporting.trade_figure_groups.value_text IS 'The figure''s value as written.';
COMMENT ON COLUMN reporting.trade_figure_groups.values_differ IS
    'True when the figures of the group give different values: the sources disagree.';
COMMENT ON COLUMN reporting.trade_figure_groups.preferred_trade_figure_id IS
    'The group''s preferred figure, when one is ranked preferred (at most one is).';
