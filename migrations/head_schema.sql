-- The coopdb schema at head, for an empty embedded database (coopdb.schema_snapshot).
-- Made by `python -m coopdb.schema_snapshot`; do not edit by hand.
-- revision: 0011
-- postgresql: 18
-- sha256: 2efad7d887df20c4ea91b52b1f7a8a1f2bac243cf25346d99f995705e54a1b14

DO $$ BEGIN IF pg_catalog.to_regrole('coopdb_reader') IS NULL THEN CREATE ROLE coopdb_reader; END IF; END $$;
ALTER ROLE coopdb_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE coopdb_reader IS 'Read-only access to coopdb (core and reporting schemas); logins are made with coopdb reader create NAME.';
DO $$ BEGIN IF pg_catalog.to_regrole('coopdb_reporting_reader') IS NULL THEN CREATE ROLE coopdb_reporting_reader; END IF; END $$;
ALTER ROLE coopdb_reporting_reader WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE coopdb_reporting_reader IS 'Read-only access to the reporting schema of coopdb and nothing in core; logins are made with coopdb reader create NAME --reporting-only.';
DO $$ BEGIN IF pg_catalog.to_regrole('coopdb_sandbox') IS NULL THEN CREATE ROLE coopdb_sandbox; END IF; END $$;
ALTER ROLE coopdb_sandbox WITH NOSUPERUSER NOINHERIT NOCREATEROLE NOCREATEDB NOLOGIN NOREPLICATION NOBYPASSRLS;
COMMENT ON ROLE coopdb_sandbox IS 'Owns core.run_read_only(text, integer), which coopdb sql runs queries through: SELECT on core and reporting, nothing else; no login is a member.';
ALTER ROLE coopdb_reader SET default_transaction_read_only TO 'on';
ALTER ROLE coopdb_reader SET statement_timeout TO '60s';

SET LOCAL statement_timeout = 0;
SET LOCAL lock_timeout = 0;
SET LOCAL idle_in_transaction_session_timeout = 0;
SET LOCAL transaction_timeout = 0;
SET LOCAL client_encoding = 'UTF8';
SET LOCAL standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', true);
SET LOCAL check_function_bodies = false;
SET LOCAL xmloption = content;
SET LOCAL client_min_messages = warning;
SET LOCAL row_security = off;

--
-- Name: core; Type: SCHEMA; Schema: -
--

CREATE SCHEMA core;



--
-- Name: SCHEMA core; Type: COMMENT; Schema: -
--

COMMENT ON SCHEMA core IS 'Normalized tables of coopdb; analysts should prefer the reporting schema, whose names are stable.';


--
-- Name: reporting; Type: SCHEMA; Schema: -
--

CREATE SCHEMA reporting;



--
-- Name: SCHEMA reporting; Type: COMMENT; Schema: -
--

COMMENT ON SCHEMA reporting IS 'Flat, documented tables of coopdb for SQL and BI tools: one row per fact, with primary and foreign keys; the loader keeps them equal to their definitions in the same transaction. These names are a stable interface.';


--
-- Name: reporting_source; Type: SCHEMA; Schema: -
--

CREATE SCHEMA reporting_source;



--
-- Name: SCHEMA reporting_source; Type: COMMENT; Schema: -
--

COMMENT ON SCHEMA reporting_source IS 'Definitions of the reporting tables over core, one view per table: the loader keeps reporting.<name> equal to reporting_source.<name>. Readable by the owner only.';


--
-- Name: check_quote(); Type: FUNCTION; Schema: core
--

CREATE FUNCTION core.check_quote() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NOT EXISTS (
        SELECT 1 FROM core.sources AS s
        WHERE s.id = NEW.source_id
          AND substr(s.body, NEW.quote_start + 1, NEW.quote_end - NEW.quote_start) = NEW.quote
    ) THEN
        RAISE EXCEPTION 'core.%: quote is not the text at offsets %..% of source %',
            TG_TABLE_NAME, NEW.quote_start, NEW.quote_end, NEW.source_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;



--
-- Name: FUNCTION check_quote(); Type: COMMENT; Schema: core
--

COMMENT ON FUNCTION core.check_quote() IS 'Refuses a fact whose quote is not the text at its offsets in its source.';


--
-- Name: run_read_only(text, integer); Type: FUNCTION; Schema: core; Owner: coopdb_sandbox
--

CREATE FUNCTION core.run_read_only(query text, column_count integer) RETURNS SETOF json
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'reporting', 'core', 'pg_temp'
    AS $$
DECLARE
    alias_list text := '';
BEGIN
    IF column_count IS NULL OR column_count < 0 OR column_count > 1664 THEN
        RAISE EXCEPTION 'column_count must be between 0 and 1664, not %', column_count
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- Whatever the caller's transaction allows, from here on it only reads.
    PERFORM pg_catalog.set_config('transaction_read_only', 'on', true);
    IF column_count > 0 THEN
        SELECT pg_catalog.format('(%s)',
                   pg_catalog.string_agg(pg_catalog.format('c%s', i), ', ' ORDER BY i))
          INTO alias_list
          FROM pg_catalog.generate_series(1, column_count) AS i;
    END IF;
    RETURN QUERY EXECUTE pg_catalog.format(
        E'SELECT pg_catalog.row_to_json(coopdb_r) FROM (%s\n) AS coopdb_r%s',
        query, alias_list);
END
$$;


ALTER FUNCTION core.run_read_only(query text, column_count integer) OWNER TO coopdb_sandbox;

--
-- Name: FUNCTION run_read_only(query text, column_count integer); Type: COMMENT; Schema: core; Owner: coopdb_sandbox
--

COMMENT ON FUNCTION core.run_read_only(query text, column_count integer) IS 'Runs one SELECT with the rights of coopdb_sandbox (SELECT on core and reporting, nothing else) and makes the rest of the transaction read-only; used by coopdb sql. One JSON object per row, keyed c1..cN by position.';


--
-- Name: search_text(text); Type: FUNCTION; Schema: core
--

CREATE FUNCTION core.search_text(body text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $_$
SELECT coalesce(pg_catalog.string_agg(l.line, E'\n' ORDER BY l.n), '')
FROM (
    SELECT t.line, t.n, t.trimmed,
           pg_catalog.row_number() OVER (PARTITION BY t.trimmed ORDER BY t.n) AS copy
    FROM (
        SELECT s.line, s.n,
               pg_catalog.regexp_replace(s.line, '^\s+|\s+$', '', 'g') AS trimmed
        FROM pg_catalog.regexp_split_to_table(body, E'\r\n|\n|\r') WITH ORDINALITY AS s(line, n)
    ) AS t
) AS l
WHERE NOT (l.trimmed <> '' AND (l.trimmed !~ '[[:alpha:]]'
                                OR l.trimmed ~* '^(?:версия для печати|размер шрифта|распечатать|поделиться|печать|print(?: version)?|font size|share|subscribe|read more|related news|подписаться|читать также|читайте также|новости|news)\y.{0,20}$'))
  AND NOT (l.copy > 1
           AND pg_catalog.array_length(pg_catalog.regexp_split_to_array(l.trimmed, '\s+'), 1) > 6)
$_$;



--
-- Name: search_vector(text, text); Type: FUNCTION; Schema: core
--

CREATE FUNCTION core.search_vector(title text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog'
    AS $$
SELECT pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.english', coalesce(title, '')), 'A')
    || pg_catalog.setweight(
           pg_catalog.to_tsvector('pg_catalog.english', core.search_text(coalesce(body, ''))), 'B')
    || pg_catalog.setweight(pg_catalog.to_tsvector('pg_catalog.english', coalesce(
           (SELECT pg_catalog.string_agg(pg_catalog.replace(m[1], '.', ' '), E'\n')
            FROM pg_catalog.regexp_matches(coalesce(title, '') || E'\n' || coalesce(body, ''),
                 '([[:alpha:]][[:alnum:]]+(?:\.[[:alpha:]][[:alnum:]]+)+)', 'g') AS m),
           '')), 'B')
$$;



SET LOCAL default_tablespace = '';

SET LOCAL default_table_access_method = heap;

--
-- Name: attestations; Type: TABLE; Schema: core
--

CREATE TABLE core.attestations (
    id bigint NOT NULL,
    meeting_id bigint,
    proposal_id bigint,
    trade_figure_id bigint,
    twinning_id bigint,
    statement_id bigint,
    note text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    CONSTRAINT ck_attestations_one_target CHECK ((num_nonnulls(meeting_id, proposal_id, trade_figure_id, twinning_id, statement_id) = 1)),
    CONSTRAINT ck_attestations_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote)))))
);



--
-- Name: TABLE attestations; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.attestations IS 'Articles attesting a fact another article defines; deleting an attested fact is refused while its attestations remain.';


--
-- Name: COLUMN attestations.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN attestations.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.meeting_id IS 'The meeting attested.';


--
-- Name: COLUMN attestations.proposal_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.proposal_id IS 'The proposal attested.';


--
-- Name: COLUMN attestations.trade_figure_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.trade_figure_id IS 'The trade figure attested.';


--
-- Name: COLUMN attestations.twinning_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.twinning_id IS 'The twinning agreement attested.';


--
-- Name: COLUMN attestations.statement_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.statement_id IS 'The statement attested.';


--
-- Name: COLUMN attestations.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN attestations.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN attestations.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN attestations.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN attestations.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.attestations.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: attestations_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.attestations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.attestations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: changes; Type: TABLE; Schema: core
--

CREATE TABLE core.changes (
    load_id bigint NOT NULL,
    relation text NOT NULL,
    row_key jsonb NOT NULL,
    row_id bigint,
    operation text NOT NULL,
    CONSTRAINT ck_changes_operation CHECK ((operation = ANY (ARRAY['insert'::text, 'update'::text, 'delete'::text]))),
    CONSTRAINT ck_changes_row_key_object CHECK ((jsonb_typeof(row_key) = 'object'::text))
);



--
-- Name: TABLE changes; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.changes IS 'Every row each load inserted, updated or deleted, by core table and id.';


--
-- Name: COLUMN changes.load_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.changes.load_id IS 'The load that made the change (core.loads.id).';


--
-- Name: COLUMN changes.relation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.changes.relation IS 'The core table changed, e.g. meetings, trade_figures.';


--
-- Name: COLUMN changes.row_key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.changes.row_key IS 'The row''s natural key as a JSON object (column → value), e.g. {"source_id": 3, "key": "m1"}: what identifies a deleted row too.';


--
-- Name: COLUMN changes.row_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.changes.row_id IS 'The row''s id (the id column of the reporting relation that shows it); NULL for link tables without one (meeting_regions, proposal_enterprises, twinning_regions).';


--
-- Name: COLUMN changes.operation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.changes.operation IS 'insert, update or delete.';


--
-- Name: enterprise_mentions; Type: TABLE; Schema: core
--

CREATE TABLE core.enterprise_mentions (
    id bigint NOT NULL,
    enterprise_id bigint NOT NULL,
    region_id bigint,
    name_as_written text NOT NULL,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    note text,
    CONSTRAINT ck_enterprise_mentions_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote)))))
);



--
-- Name: TABLE enterprise_mentions; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.enterprise_mentions IS 'Where an enterprise is named, and for which Russian region.';


--
-- Name: COLUMN enterprise_mentions.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN enterprise_mentions.enterprise_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.enterprise_id IS 'The enterprise named.';


--
-- Name: COLUMN enterprise_mentions.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.region_id IS 'The Russian region the mention concerns.';


--
-- Name: COLUMN enterprise_mentions.name_as_written; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.name_as_written IS 'The alias found in the quote.';


--
-- Name: COLUMN enterprise_mentions.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN enterprise_mentions.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN enterprise_mentions.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN enterprise_mentions.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN enterprise_mentions.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_mentions.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: enterprise_mentions_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.enterprise_mentions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.enterprise_mentions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: enterprise_names; Type: TABLE; Schema: core
--

CREATE TABLE core.enterprise_names (
    id bigint NOT NULL,
    enterprise_id bigint NOT NULL,
    name text NOT NULL,
    is_preferred boolean NOT NULL
);



--
-- Name: TABLE enterprise_names; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.enterprise_names IS 'Aliases of enterprises, used to find them and to check quotes.';


--
-- Name: COLUMN enterprise_names.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_names.id IS 'Surrogate key.';


--
-- Name: COLUMN enterprise_names.enterprise_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_names.enterprise_id IS 'The enterprise.';


--
-- Name: COLUMN enterprise_names.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_names.name IS 'One name or alias.';


--
-- Name: COLUMN enterprise_names.is_preferred; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprise_names.is_preferred IS 'True for the name in enterprises.name.';


--
-- Name: enterprise_names_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.enterprise_names ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.enterprise_names_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: enterprises; Type: TABLE; Schema: core
--

CREATE TABLE core.enterprises (
    id bigint NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    country character varying(2) NOT NULL,
    region_id bigint,
    sector_id bigint,
    note text,
    citation jsonb,
    CONSTRAINT ck_enterprises_citation_object CHECK ((jsonb_typeof(citation) = 'object'::text)),
    CONSTRAINT ck_enterprises_country_code CHECK (((country)::text ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT ck_enterprises_kind CHECK ((kind = ANY (ARRAY['company'::text, 'state_body'::text, 'other'::text])))
);



--
-- Name: TABLE enterprises; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.enterprises IS 'Companies and other organisations named (MAZ, MTZ, BelAZ, Amkodor ...).';


--
-- Name: COLUMN enterprises.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN enterprises.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.key IS 'Curated slug, e.g. ''maz''.';


--
-- Name: COLUMN enterprises.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.name IS 'Preferred name.';


--
-- Name: COLUMN enterprises.kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.kind IS 'company, state_body or other.';


--
-- Name: COLUMN enterprises.country; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.country IS 'ISO 3166-1 alpha-2 country of registration.';


--
-- Name: COLUMN enterprises.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.region_id IS 'Home region, where known.';


--
-- Name: COLUMN enterprises.sector_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.sector_id IS 'Main sector, where known.';


--
-- Name: COLUMN enterprises.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.note IS 'Curator''s note on this entry (free text), when there is one.';


--
-- Name: COLUMN enterprises.citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.enterprises.citation IS 'Outside source for what no article states, a jsonb object {url, publication, says}.';


--
-- Name: enterprises_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.enterprises ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.enterprises_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: holdings; Type: TABLE; Schema: core
--

CREATE TABLE core.holdings (
    id bigint NOT NULL,
    official_id bigint NOT NULL,
    post_id bigint NOT NULL,
    term smallint DEFAULT '1'::smallint NOT NULL,
    start_year smallint,
    start_month smallint,
    start_day smallint,
    start_earliest date,
    start_latest date,
    start_basis text DEFAULT 'unknown'::text NOT NULL,
    end_year smallint,
    end_month smallint,
    end_day smallint,
    end_earliest date,
    end_latest date,
    end_basis text DEFAULT 'unknown'::text NOT NULL,
    acting boolean DEFAULT false NOT NULL,
    note text,
    start_note text,
    end_note text,
    start_citation jsonb,
    end_citation jsonb,
    CONSTRAINT ck_holdings_end_basis CHECK ((end_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_holdings_end_citation_object CHECK ((jsonb_typeof(end_citation) = 'object'::text)),
    CONSTRAINT ck_holdings_end_external_citation CHECK (((end_basis <> 'external'::text) OR (end_citation IS NOT NULL))),
    CONSTRAINT ck_holdings_end_month_range CHECK (((end_month >= 1) AND (end_month <= 12))),
    CONSTRAINT ck_holdings_span_order CHECK ((start_earliest <= end_latest)),
    CONSTRAINT ck_holdings_start_basis CHECK ((start_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_holdings_start_citation_object CHECK ((jsonb_typeof(start_citation) = 'object'::text)),
    CONSTRAINT ck_holdings_start_external_citation CHECK (((start_basis <> 'external'::text) OR (start_citation IS NOT NULL))),
    CONSTRAINT ck_holdings_start_month_range CHECK (((start_month >= 1) AND (start_month <= 12))),
    CONSTRAINT ck_holdings_term_positive CHECK ((term >= 1))
);



--
-- Name: TABLE holdings; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.holdings IS 'Who held which post, and from when to when where the sources say so; one row per tenure (two officials may hold one post in succession).';


--
-- Name: COLUMN holdings.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN holdings.official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.official_id IS 'The holder.';


--
-- Name: COLUMN holdings.post_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.post_id IS 'The post held.';


--
-- Name: COLUMN holdings.term; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.term IS '1 for the first tenure of this post, 2 ...';


--
-- Name: COLUMN holdings.start_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_year IS 'Year the tenure began.';


--
-- Name: COLUMN holdings.start_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_month IS 'Month it began.';


--
-- Name: COLUMN holdings.start_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_day IS 'Day it began.';


--
-- Name: COLUMN holdings.start_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_earliest IS 'Earliest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN holdings.start_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_latest IS 'Latest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN holdings.start_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN holdings.end_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_year IS 'Year the tenure ended.';


--
-- Name: COLUMN holdings.end_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_month IS 'Month it ended.';


--
-- Name: COLUMN holdings.end_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_day IS 'Day it ended.';


--
-- Name: COLUMN holdings.end_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_earliest IS 'Earliest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN holdings.end_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_latest IS 'Latest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN holdings.end_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN holdings.acting; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.acting IS 'True for an acting (interim) holder.';


--
-- Name: COLUMN holdings.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.note IS 'Curator''s note on the tenure, when there is one.';


--
-- Name: COLUMN holdings.start_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_note IS 'Why an inferred start was inferred.';


--
-- Name: COLUMN holdings.end_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_note IS 'Why an inferred end was inferred.';


--
-- Name: COLUMN holdings.start_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.start_citation IS 'For an external start: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: COLUMN holdings.end_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.holdings.end_citation IS 'For an external end: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: holdings_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.holdings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.holdings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: load_lock; Type: TABLE; Schema: core
--

CREATE TABLE core.load_lock (
);



--
-- Name: TABLE load_lock; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.load_lock IS 'Holds no rows. coopdb load locks it in EXCLUSIVE mode so loads run one at a time; readers have no privilege on it, so no reader can take or block that lock.';


--
-- Name: loads; Type: TABLE; Schema: core
--

CREATE TABLE core.loads (
    id bigint NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    input_sha256 text NOT NULL,
    full_load boolean NOT NULL,
    added integer NOT NULL,
    changed integer NOT NULL,
    removed integer NOT NULL,
    coopdb_version text NOT NULL,
    CONSTRAINT ck_loads_counts CHECK (((added >= 0) AND (changed >= 0) AND (removed >= 0))),
    CONSTRAINT ck_loads_input_sha256_hex CHECK ((input_sha256 ~ '^[0-9a-f]{64}$'::text)),
    CONSTRAINT ck_loads_order CHECK ((finished_at >= started_at))
);



--
-- Name: TABLE loads; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.loads IS 'Loads that changed the database, numbered in order; see core.changes.';


--
-- Name: COLUMN loads.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.id IS 'Load number, increasing: changes since load N.';


--
-- Name: COLUMN loads.started_at; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.started_at IS 'When the load''s transaction began.';


--
-- Name: COLUMN loads.finished_at; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.finished_at IS 'When the load had written its last row (it commits then).';


--
-- Name: COLUMN loads.input_sha256; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.input_sha256 IS 'SHA-256 over every loaded article''s key and input fingerprint, in key order: equal for two loads of the same files with the same coopdb.';


--
-- Name: COLUMN loads.full_load; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.full_load IS 'True for coopdb load --full (every article compared, drift repaired).';


--
-- Name: COLUMN loads.added; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.added IS 'Rows inserted, over all core tables.';


--
-- Name: COLUMN loads.changed; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.changed IS 'Rows updated, over all core tables.';


--
-- Name: COLUMN loads.removed; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.removed IS 'Rows deleted, over all core tables.';


--
-- Name: COLUMN loads.coopdb_version; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.loads.coopdb_version IS 'Version of coopdb that loaded.';


--
-- Name: loads_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.loads ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.loads_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: meeting_participants; Type: TABLE; Schema: core
--

CREATE TABLE core.meeting_participants (
    id bigint NOT NULL,
    meeting_id bigint NOT NULL,
    official_id bigint NOT NULL,
    post_id bigint,
    side text NOT NULL,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    note text,
    CONSTRAINT ck_meeting_participants_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_meeting_participants_side CHECK ((side = ANY (ARRAY['BY'::text, 'RU'::text])))
);



--
-- Name: TABLE meeting_participants; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.meeting_participants IS 'Participants of meetings with their side and the post they held then.';


--
-- Name: COLUMN meeting_participants.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN meeting_participants.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.meeting_id IS 'The meeting.';


--
-- Name: COLUMN meeting_participants.official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.official_id IS 'The participant.';


--
-- Name: COLUMN meeting_participants.post_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.post_id IS 'The post they held at the meeting.';


--
-- Name: COLUMN meeting_participants.side; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.side IS 'BY (Belarusian) or RU (Russian) side.';


--
-- Name: COLUMN meeting_participants.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN meeting_participants.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN meeting_participants.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN meeting_participants.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN meeting_participants.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_participants.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: meeting_participants_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.meeting_participants ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.meeting_participants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: meeting_regions; Type: TABLE; Schema: core
--

CREATE TABLE core.meeting_regions (
    meeting_id bigint NOT NULL,
    region_id bigint NOT NULL
);



--
-- Name: TABLE meeting_regions; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.meeting_regions IS 'Regions each meeting concerned.';


--
-- Name: COLUMN meeting_regions.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_regions.meeting_id IS 'The meeting.';


--
-- Name: COLUMN meeting_regions.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meeting_regions.region_id IS 'A region it concerned.';


--
-- Name: meetings; Type: TABLE; Schema: core
--

CREATE TABLE core.meetings (
    id bigint NOT NULL,
    key text NOT NULL,
    place text,
    date_year smallint,
    date_month smallint,
    date_day smallint,
    date date,
    date_earliest date,
    date_latest date,
    date_basis text DEFAULT 'unknown'::text NOT NULL,
    date_note text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    note text,
    date_citation jsonb,
    CONSTRAINT ck_meetings_date_basis CHECK ((date_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_meetings_date_citation_object CHECK ((jsonb_typeof(date_citation) = 'object'::text)),
    CONSTRAINT ck_meetings_date_complete CHECK (((date IS NOT NULL) = ((date_year IS NOT NULL) AND (date_month IS NOT NULL) AND (date_day IS NOT NULL)))),
    CONSTRAINT ck_meetings_date_day_month CHECK (((date_day IS NULL) OR (date_month IS NOT NULL))),
    CONSTRAINT ck_meetings_date_day_range CHECK (((date_day >= 1) AND (date_day <= 31))),
    CONSTRAINT ck_meetings_date_external_citation CHECK (((date_basis <> 'external'::text) OR (date_citation IS NOT NULL))),
    CONSTRAINT ck_meetings_date_inferred_note CHECK (((date_basis <> 'inferred'::text) OR (date_note IS NOT NULL))),
    CONSTRAINT ck_meetings_date_interval CHECK ((date_earliest <= date_latest)),
    CONSTRAINT ck_meetings_date_month_range CHECK (((date_month >= 1) AND (date_month <= 12))),
    CONSTRAINT ck_meetings_date_unknown_empty CHECK (((date_basis <> 'unknown'::text) OR ((date_year IS NULL) AND (date_month IS NULL) AND (date_day IS NULL)))),
    CONSTRAINT ck_meetings_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote)))))
);



--
-- Name: TABLE meetings; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.meetings IS 'Who met whom, when and where, from which source.';


--
-- Name: COLUMN meetings.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN meetings.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.key IS 'Curated slug, unique within its source.';


--
-- Name: COLUMN meetings.place; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.place IS 'Where, as the text says; NULL when not stated.';


--
-- Name: COLUMN meetings.date_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_year IS 'Year, when known (stated, inferred or external; see date_basis).';


--
-- Name: COLUMN meetings.date_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_month IS 'Month 1-12, when known.';


--
-- Name: COLUMN meetings.date_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_day IS 'Day of month, when known.';


--
-- Name: COLUMN meetings.date; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date IS 'The full date, only when year, month and day are all known.';


--
-- Name: COLUMN meetings.date_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_earliest IS 'Earliest day the known parts allow (''2017'' gives 2017-01-01).';


--
-- Name: COLUMN meetings.date_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_latest IS 'Latest day the known parts allow (''2017'' gives 2017-12-31).';


--
-- Name: COLUMN meetings.date_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_basis IS 'How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.';


--
-- Name: COLUMN meetings.date_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_note IS 'Why an inferred date was inferred; what the text says otherwise.';


--
-- Name: COLUMN meetings.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN meetings.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN meetings.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN meetings.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN meetings.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN meetings.date_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.meetings.date_citation IS 'For an external date: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: meetings_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.meetings ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.meetings_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: official_mentions; Type: TABLE; Schema: core
--

CREATE TABLE core.official_mentions (
    id bigint NOT NULL,
    official_id bigint NOT NULL,
    post_id bigint,
    name_as_written text NOT NULL,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    note text,
    CONSTRAINT ck_official_mentions_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote)))))
);



--
-- Name: TABLE official_mentions; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.official_mentions IS 'Where a person is named, with the post the text gives them.';


--
-- Name: COLUMN official_mentions.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN official_mentions.official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.official_id IS 'The person named.';


--
-- Name: COLUMN official_mentions.post_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.post_id IS 'The post the text gives them; NULL if none.';


--
-- Name: COLUMN official_mentions.name_as_written; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.name_as_written IS 'The spelling found in the quote.';


--
-- Name: COLUMN official_mentions.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN official_mentions.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN official_mentions.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN official_mentions.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN official_mentions.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_mentions.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: official_mentions_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.official_mentions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.official_mentions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: official_names; Type: TABLE; Schema: core
--

CREATE TABLE core.official_names (
    id bigint NOT NULL,
    official_id bigint NOT NULL,
    name text NOT NULL,
    is_preferred boolean NOT NULL
);



--
-- Name: TABLE official_names; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.official_names IS 'Spellings of officials'' names (Starovoit and Starovoyt are one person).';


--
-- Name: COLUMN official_names.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_names.id IS 'Surrogate key.';


--
-- Name: COLUMN official_names.official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_names.official_id IS 'The person.';


--
-- Name: COLUMN official_names.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_names.name IS 'One spelling of the name.';


--
-- Name: COLUMN official_names.is_preferred; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.official_names.is_preferred IS 'True for the spelling in officials.name.';


--
-- Name: official_names_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.official_names ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.official_names_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: officials; Type: TABLE; Schema: core
--

CREATE TABLE core.officials (
    id bigint NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    country character varying(2) NOT NULL,
    note text,
    citation jsonb,
    CONSTRAINT ck_officials_citation_object CHECK ((jsonb_typeof(citation) = 'object'::text)),
    CONSTRAINT ck_officials_country_code CHECK (((country)::text ~ '^[A-Z]{2}$'::text))
);



--
-- Name: TABLE officials; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.officials IS 'Persons named in the articles, one row per person whatever the spelling.';


--
-- Name: COLUMN officials.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN officials.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.key IS 'Curated slug, e.g. ''roman-starovoit''.';


--
-- Name: COLUMN officials.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.name IS 'Preferred spelling of the name.';


--
-- Name: COLUMN officials.country; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.country IS 'ISO 3166-1 alpha-2 country served.';


--
-- Name: COLUMN officials.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.note IS 'Curator''s note on this entry (free text), when there is one.';


--
-- Name: COLUMN officials.citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.officials.citation IS 'Outside source for what no article states, a jsonb object {url, publication, says}.';


--
-- Name: officials_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.officials ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.officials_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: posts; Type: TABLE; Schema: core
--

CREATE TABLE core.posts (
    id bigint NOT NULL,
    key text NOT NULL,
    title text NOT NULL,
    body text,
    region_id bigint NOT NULL
);



--
-- Name: TABLE posts; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.posts IS 'Public offices, e.g. ''Governor of Kursk Oblast''; held through holdings.';


--
-- Name: COLUMN posts.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.posts.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN posts.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.posts.key IS 'Curated slug, e.g. ''governor-kursk-oblast''.';


--
-- Name: COLUMN posts.title; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.posts.title IS 'The office''s title.';


--
-- Name: COLUMN posts.body; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.posts.body IS 'The body the office belongs to.';


--
-- Name: COLUMN posts.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.posts.region_id IS 'Jurisdiction: a country or a region.';


--
-- Name: posts_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.posts ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.posts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: proposal_enterprises; Type: TABLE; Schema: core
--

CREATE TABLE core.proposal_enterprises (
    proposal_id bigint NOT NULL,
    enterprise_id bigint NOT NULL
);



--
-- Name: TABLE proposal_enterprises; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.proposal_enterprises IS 'Enterprises involved in each proposal.';


--
-- Name: COLUMN proposal_enterprises.proposal_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposal_enterprises.proposal_id IS 'The proposal.';


--
-- Name: COLUMN proposal_enterprises.enterprise_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposal_enterprises.enterprise_id IS 'An enterprise involved.';


--
-- Name: proposals; Type: TABLE; Schema: core
--

CREATE TABLE core.proposals (
    id bigint NOT NULL,
    key text NOT NULL,
    title text NOT NULL,
    sector_id bigint NOT NULL,
    status text NOT NULL,
    region_id bigint,
    meeting_id bigint,
    proposed_by_official_id bigint,
    proposed_by_side text,
    amount_low numeric(18,2),
    amount_high numeric(18,2),
    currency character varying(3),
    amount_qualifier text,
    amount_text text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    proposed_year smallint,
    proposed_month smallint,
    proposed_day smallint,
    proposed_earliest date,
    proposed_latest date,
    proposed_basis text,
    proposed_note text,
    proposed_citation jsonb,
    timeframe_label text,
    timeframe_start date,
    timeframe_end date,
    timeframe_kind text,
    timeframe_months smallint,
    timeframe_basis text,
    timeframe_note text,
    timeframe_citation jsonb,
    timeframe_start_precision text,
    timeframe_end_precision text,
    note text,
    source_error boolean DEFAULT false NOT NULL,
    source_error_note text,
    corrected_low numeric(18,2),
    corrected_high numeric(18,2),
    corrected_best numeric(18,2),
    corrected_text text,
    corrected_citation jsonb,
    amount_best numeric(18,2),
    amount_qualifier_words text,
    amount_status text,
    CONSTRAINT ck_proposals_amount_best_bounds CHECK (((amount_low <= amount_best) AND (amount_best <= amount_high))),
    CONSTRAINT ck_proposals_amount_bounds CHECK ((amount_low <= amount_high)),
    CONSTRAINT ck_proposals_amount_qualifier CHECK ((amount_qualifier = ANY (ARRAY['exact'::text, 'approximately'::text, 'nearly'::text, 'over'::text, 'under'::text, 'up_to'::text, 'range'::text]))),
    CONSTRAINT ck_proposals_amount_status CHECK ((amount_status = ANY (ARRAY['actual'::text, 'estimate'::text, 'forecast'::text, 'target'::text, 'allocation'::text, 'amount'::text]))),
    CONSTRAINT ck_proposals_amount_status_amount CHECK (((amount_status IS NULL) OR (amount_text IS NOT NULL))),
    CONSTRAINT ck_proposals_amount_text CHECK (((amount_text IS NULL) = ((amount_low IS NULL) AND (amount_high IS NULL)))),
    CONSTRAINT ck_proposals_corrected_bounds CHECK ((corrected_low <= corrected_high)),
    CONSTRAINT ck_proposals_corrected_citation_object CHECK ((jsonb_typeof(corrected_citation) = 'object'::text)),
    CONSTRAINT ck_proposals_corrected_needs_error CHECK ((source_error OR ((corrected_text IS NULL) AND (corrected_low IS NULL) AND (corrected_high IS NULL) AND (corrected_citation IS NULL)))),
    CONSTRAINT ck_proposals_proposed_basis CHECK ((proposed_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_proposals_proposed_by_side CHECK ((proposed_by_side = ANY (ARRAY['BY'::text, 'RU'::text, 'both'::text]))),
    CONSTRAINT ck_proposals_proposed_citation_object CHECK ((jsonb_typeof(proposed_citation) = 'object'::text)),
    CONSTRAINT ck_proposals_proposed_day_month CHECK (((proposed_day IS NULL) OR (proposed_month IS NOT NULL))),
    CONSTRAINT ck_proposals_proposed_day_range CHECK (((proposed_day >= 1) AND (proposed_day <= 31))),
    CONSTRAINT ck_proposals_proposed_external_citation CHECK (((proposed_basis <> 'external'::text) OR (proposed_citation IS NOT NULL))),
    CONSTRAINT ck_proposals_proposed_inferred_note CHECK (((proposed_basis <> 'inferred'::text) OR (proposed_note IS NOT NULL))),
    CONSTRAINT ck_proposals_proposed_interval CHECK ((proposed_earliest <= proposed_latest)),
    CONSTRAINT ck_proposals_proposed_month_range CHECK (((proposed_month >= 1) AND (proposed_month <= 12))),
    CONSTRAINT ck_proposals_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_proposals_source_error_amount CHECK (((NOT source_error) OR (amount_text IS NOT NULL))),
    CONSTRAINT ck_proposals_source_error_note CHECK ((source_error = (source_error_note IS NOT NULL))),
    CONSTRAINT ck_proposals_status CHECK ((status = ANY (ARRAY['proposed'::text, 'under_discussion'::text, 'planned'::text, 'agreed'::text, 'ongoing'::text, 'completed'::text]))),
    CONSTRAINT ck_proposals_timeframe_basis CHECK ((timeframe_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_proposals_timeframe_citation_object CHECK ((jsonb_typeof(timeframe_citation) = 'object'::text)),
    CONSTRAINT ck_proposals_timeframe_end_precision CHECK ((timeframe_end_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_proposals_timeframe_external_citation CHECK (((timeframe_basis <> 'external'::text) OR (timeframe_citation IS NOT NULL))),
    CONSTRAINT ck_proposals_timeframe_inferred_note CHECK (((timeframe_basis <> 'inferred'::text) OR (timeframe_note IS NOT NULL))),
    CONSTRAINT ck_proposals_timeframe_kind CHECK ((timeframe_kind = ANY (ARRAY['calendar_year'::text, 'part_year'::text, 'multi_year'::text, 'unknown'::text]))),
    CONSTRAINT ck_proposals_timeframe_months_positive CHECK ((timeframe_months > 0)),
    CONSTRAINT ck_proposals_timeframe_order CHECK ((timeframe_start <= timeframe_end)),
    CONSTRAINT ck_proposals_timeframe_start_precision CHECK ((timeframe_start_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text])))
);



--
-- Name: TABLE proposals; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.proposals IS 'Proposals, plans, agreements and running projects, with money if stated.';


--
-- Name: COLUMN proposals.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN proposals.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.key IS 'Curated slug, unique within its source.';


--
-- Name: COLUMN proposals.title; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.title IS 'Curator''s one-line summary.';


--
-- Name: COLUMN proposals.sector_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.sector_id IS 'Sector.';


--
-- Name: COLUMN proposals.status; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.status IS 'proposed, under_discussion, planned, agreed, ongoing (already under way) or completed.';


--
-- Name: COLUMN proposals.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.region_id IS 'The Russian region concerned; NULL for Belarus-Russia as a whole.';


--
-- Name: COLUMN proposals.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.meeting_id IS 'Meeting it was made at.';


--
-- Name: COLUMN proposals.proposed_by_official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_by_official_id IS 'Person who made it, when one person did.';


--
-- Name: COLUMN proposals.proposed_by_side; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_by_side IS 'BY, RU or both; NULL when the text does not say.';


--
-- Name: COLUMN proposals.amount_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_low IS 'Lower bound in currency units (NULL for ''nearly'', ''under'', ''up to'').';


--
-- Name: COLUMN proposals.amount_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_high IS 'Upper bound in currency units (NULL for ''over X'').';


--
-- Name: COLUMN proposals.currency; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.currency IS 'ISO 4217 code, e.g. USD.';


--
-- Name: COLUMN proposals.amount_qualifier; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_qualifier IS 'Class of the qualifier: exact, approximately, nearly, over, under, up_to, range.';


--
-- Name: COLUMN proposals.amount_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_text IS 'The amount exactly as written in the quote, e.g. ''about $1.5 billion''.';


--
-- Name: COLUMN proposals.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN proposals.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN proposals.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN proposals.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN proposals.proposed_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_year IS 'Year it was proposed, when given apart from its meeting''s date (else NULL: the meeting''s date applies, not copied here).';


--
-- Name: COLUMN proposals.proposed_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_month IS 'Month proposed.';


--
-- Name: COLUMN proposals.proposed_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_day IS 'Day proposed.';


--
-- Name: COLUMN proposals.proposed_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_earliest IS 'Earliest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_latest IS 'Latest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_basis IS 'How the proposal date is known: stated, inferred, external or unknown; NULL when the meeting''s date applies.';


--
-- Name: COLUMN proposals.proposed_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_note IS 'Why an inferred proposal date was inferred.';


--
-- Name: COLUMN proposals.proposed_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.proposed_citation IS 'For an external proposal date: the outside source {url, publication, says}.';


--
-- Name: COLUMN proposals.timeframe_label; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_label IS 'When it is to happen, as stated, e.g. ''next year or the year after''.';


--
-- Name: COLUMN proposals.timeframe_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_start IS 'First day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_end IS 'Last day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_kind IS 'calendar_year, part_year, multi_year or unknown (a label with no interval).';


--
-- Name: COLUMN proposals.timeframe_months; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_months IS 'Whole months of the timeframe, or the months stated.';


--
-- Name: COLUMN proposals.timeframe_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_basis IS 'How the timeframe''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN proposals.timeframe_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_note IS 'Why an inferred timeframe was inferred.';


--
-- Name: COLUMN proposals.timeframe_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_citation IS 'For an external timeframe: the outside source {url, publication, says}.';


--
-- Name: COLUMN proposals.timeframe_start_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_start_precision IS 'Precision of the timeframe''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.timeframe_end_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.timeframe_end_precision IS 'Precision of the timeframe''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN proposals.source_error; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.source_error IS 'True when the value as written is a probable error of the source.';


--
-- Name: COLUMN proposals.source_error_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.source_error_note IS 'Why the value is taken for a source error (required when source_error).';


--
-- Name: COLUMN proposals.corrected_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.corrected_low IS 'Lower bound of the value as it should read, when given.';


--
-- Name: COLUMN proposals.corrected_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.corrected_high IS 'Upper bound of the value as it should read, when given.';


--
-- Name: COLUMN proposals.corrected_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.corrected_best IS 'Best single value of the value as it should read, when given.';


--
-- Name: COLUMN proposals.corrected_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.corrected_text IS 'The value as it should read, e.g. ''$3 billion'', when given.';


--
-- Name: COLUMN proposals.corrected_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.corrected_citation IS 'Outside evidence for the corrected value, a jsonb object {url, publication, says}.';


--
-- Name: COLUMN proposals.amount_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_best IS 'Best single value: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN proposals.amount_qualifier_words; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_qualifier_words IS 'The qualifier''s words as written, e.g. ''about''; NULL when none.';


--
-- Name: COLUMN proposals.amount_status; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.proposals.amount_status IS 'What the money is: amount (named: an investment, a contract value), allocation (set aside), or actual, estimate, forecast, target; NULL when there is no amount.';


--
-- Name: proposals_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.proposals ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.proposals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: quantities; Type: TABLE; Schema: core
--

CREATE TABLE core.quantities (
    id bigint NOT NULL,
    key text NOT NULL,
    region_id bigint,
    what text NOT NULL,
    unit text NOT NULL,
    value_low numeric(20,4),
    value_high numeric(20,4),
    value_best numeric(20,4),
    value_qualifier text NOT NULL,
    value_qualifier_words text,
    value_text text NOT NULL,
    status text DEFAULT 'actual'::text NOT NULL,
    proposal_id bigint,
    meeting_id bigint,
    twinning_id bigint,
    statement_id bigint,
    trade_figure_id bigint,
    period_label text,
    period_start date,
    period_end date,
    period_kind text,
    period_months smallint,
    period_basis text,
    period_note text,
    period_citation jsonb,
    period_start_precision text,
    period_end_precision text,
    note text,
    source_error boolean DEFAULT false NOT NULL,
    source_error_note text,
    corrected_low numeric(18,2),
    corrected_high numeric(18,2),
    corrected_best numeric(18,2),
    corrected_text text,
    corrected_citation jsonb,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    CONSTRAINT ck_quantities_corrected_bounds CHECK ((corrected_low <= corrected_high)),
    CONSTRAINT ck_quantities_corrected_citation_object CHECK ((jsonb_typeof(corrected_citation) = 'object'::text)),
    CONSTRAINT ck_quantities_corrected_needs_error CHECK ((source_error OR ((corrected_text IS NULL) AND (corrected_low IS NULL) AND (corrected_high IS NULL) AND (corrected_citation IS NULL)))),
    CONSTRAINT ck_quantities_one_link CHECK ((num_nonnulls(proposal_id, meeting_id, twinning_id, statement_id, trade_figure_id) <= 1)),
    CONSTRAINT ck_quantities_period_basis CHECK ((period_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_quantities_period_citation_object CHECK ((jsonb_typeof(period_citation) = 'object'::text)),
    CONSTRAINT ck_quantities_period_end_precision CHECK ((period_end_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_quantities_period_external_citation CHECK (((period_basis <> 'external'::text) OR (period_citation IS NOT NULL))),
    CONSTRAINT ck_quantities_period_inferred_note CHECK (((period_basis <> 'inferred'::text) OR (period_note IS NOT NULL))),
    CONSTRAINT ck_quantities_period_kind CHECK ((period_kind = ANY (ARRAY['calendar_year'::text, 'part_year'::text, 'multi_year'::text, 'unknown'::text]))),
    CONSTRAINT ck_quantities_period_months_positive CHECK ((period_months > 0)),
    CONSTRAINT ck_quantities_period_order CHECK ((period_start <= period_end)),
    CONSTRAINT ck_quantities_period_start_precision CHECK ((period_start_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_quantities_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_quantities_source_error_note CHECK ((source_error = (source_error_note IS NOT NULL))),
    CONSTRAINT ck_quantities_status CHECK ((status = ANY (ARRAY['actual'::text, 'estimate'::text, 'forecast'::text, 'target'::text, 'allocation'::text, 'amount'::text]))),
    CONSTRAINT ck_quantities_unit_lower CHECK ((unit ~ '^[a-z]+([ -][a-z]+)*$'::text)),
    CONSTRAINT ck_quantities_value_best_bounds CHECK (((value_low <= value_best) AND (value_best <= value_high))),
    CONSTRAINT ck_quantities_value_bounds CHECK ((value_low <= value_high)),
    CONSTRAINT ck_quantities_value_present CHECK (((value_low IS NOT NULL) OR (value_high IS NOT NULL))),
    CONSTRAINT ck_quantities_value_qualifier CHECK ((value_qualifier = ANY (ARRAY['exact'::text, 'approximately'::text, 'nearly'::text, 'over'::text, 'under'::text, 'up_to'::text, 'range'::text])))
);



--
-- Name: TABLE quantities; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.quantities IS 'Quantities that are not money (units made, delivered, planned), with status.';


--
-- Name: COLUMN quantities.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN quantities.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.key IS 'Curated slug, unique across the seeds folder.';


--
-- Name: COLUMN quantities.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.region_id IS 'The Russian region concerned; NULL for none.';


--
-- Name: COLUMN quantities.what; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.what IS 'What is counted, in the curator''s words.';


--
-- Name: COLUMN quantities.unit; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.unit IS 'Unit counted: a singular lower-case noun.';


--
-- Name: COLUMN quantities.value_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_low IS 'Lower bound (NULL for ''nearly'', ''under'', ''up to'').';


--
-- Name: COLUMN quantities.value_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_high IS 'Upper bound (NULL for ''over X'').';


--
-- Name: COLUMN quantities.value_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_best IS 'Best single value: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN quantities.value_qualifier; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN quantities.value_qualifier_words; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_qualifier_words IS 'The qualifier''s words as written, e.g. ''about''; NULL when none.';


--
-- Name: COLUMN quantities.value_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.value_text IS 'The quantity exactly as written, e.g. ''150 tractors''.';


--
-- Name: COLUMN quantities.status; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.status IS 'actual, estimate, forecast, target, allocation or amount.';


--
-- Name: COLUMN quantities.proposal_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.proposal_id IS 'Proposal it belongs to.';


--
-- Name: COLUMN quantities.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.meeting_id IS 'Meeting it belongs to.';


--
-- Name: COLUMN quantities.twinning_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.twinning_id IS 'Twinning agreement it belongs to.';


--
-- Name: COLUMN quantities.statement_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.statement_id IS 'Statement it belongs to.';


--
-- Name: COLUMN quantities.trade_figure_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.trade_figure_id IS 'Trade figure it belongs to.';


--
-- Name: COLUMN quantities.period_label; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_label IS 'The period as stated, e.g. ''by 2025''.';


--
-- Name: COLUMN quantities.period_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_start IS 'First day, when known.';


--
-- Name: COLUMN quantities.period_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_end IS 'Last day, when known.';


--
-- Name: COLUMN quantities.period_kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_kind IS 'calendar_year, part_year, multi_year or unknown.';


--
-- Name: COLUMN quantities.period_months; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN quantities.period_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_basis IS 'How the period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN quantities.period_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN quantities.period_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_citation IS 'For an external period: the outside source {url, publication, says}.';


--
-- Name: COLUMN quantities.period_start_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_start_precision IS 'Precision of the period''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN quantities.period_end_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.period_end_precision IS 'Precision of the period''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN quantities.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN quantities.source_error; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.source_error IS 'True when the value as written is a probable error of the source.';


--
-- Name: COLUMN quantities.source_error_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.source_error_note IS 'Why the value is taken for a source error (required when source_error).';


--
-- Name: COLUMN quantities.corrected_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.corrected_low IS 'Lower bound of the value as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.corrected_high IS 'Upper bound of the value as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.corrected_best IS 'Best single value of the value as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.corrected_text IS 'The value as it should read, e.g. ''$3 billion'', when given.';


--
-- Name: COLUMN quantities.corrected_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.corrected_citation IS 'Outside evidence for the corrected value, a jsonb object {url, publication, says}.';


--
-- Name: COLUMN quantities.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN quantities.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN quantities.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN quantities.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.quantities.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: quantities_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.quantities ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.quantities_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: region_names; Type: TABLE; Schema: core
--

CREATE TABLE core.region_names (
    id bigint NOT NULL,
    region_id bigint NOT NULL,
    name text NOT NULL,
    lang character varying(2) NOT NULL
);



--
-- Name: TABLE region_names; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.region_names IS 'Other names of regions (Russian names included), used to find them.';


--
-- Name: COLUMN region_names.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.region_names.id IS 'Surrogate key.';


--
-- Name: COLUMN region_names.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.region_names.region_id IS 'The region so named.';


--
-- Name: COLUMN region_names.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.region_names.name IS 'The other name, e.g. ''Курская область''.';


--
-- Name: COLUMN region_names.lang; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.region_names.lang IS 'ISO 639-1 language of the name: ''ru'' for Cyrillic, else ''en''.';


--
-- Name: region_names_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.region_names ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.region_names_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: regions; Type: TABLE; Schema: core
--

CREATE TABLE core.regions (
    id bigint NOT NULL,
    key text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    country character varying(2) NOT NULL,
    parent_id bigint,
    iso_code text,
    note text,
    citation jsonb,
    CONSTRAINT ck_regions_citation_object CHECK ((jsonb_typeof(citation) = 'object'::text)),
    CONSTRAINT ck_regions_country_code CHECK (((country)::text ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT ck_regions_iso_code_format CHECK ((iso_code ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'::text)),
    CONSTRAINT ck_regions_kind CHECK ((kind = ANY (ARRAY['country'::text, 'federal_city'::text, 'oblast'::text, 'district'::text, 'city'::text])))
);



--
-- Name: TABLE regions; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.regions IS 'Countries, oblasts, districts and cities named in the articles.';


--
-- Name: COLUMN regions.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN regions.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.key IS 'Curated slug, e.g. ''kursk-oblast''.';


--
-- Name: COLUMN regions.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.name IS 'Preferred English name.';


--
-- Name: COLUMN regions.kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.kind IS 'country, federal_city, oblast, district or city.';


--
-- Name: COLUMN regions.country; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.country IS 'ISO 3166-1 alpha-2 country it belongs to.';


--
-- Name: COLUMN regions.parent_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.parent_id IS 'Enclosing region, e.g. the country of an oblast.';


--
-- Name: COLUMN regions.iso_code; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.iso_code IS 'ISO 3166-1 or 3166-2 code where one exists, e.g. RU-KRS.';


--
-- Name: COLUMN regions.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.note IS 'Curator''s note on this entry (free text), when there is one.';


--
-- Name: COLUMN regions.citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.regions.citation IS 'Outside source for what no article states, a jsonb object {url, publication, says}.';


--
-- Name: regions_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.regions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.regions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sectors; Type: TABLE; Schema: core
--

CREATE TABLE core.sectors (
    id bigint NOT NULL,
    key text NOT NULL,
    name text NOT NULL
);



--
-- Name: TABLE sectors; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.sectors IS 'Economic sectors used to group enterprises and proposals.';


--
-- Name: COLUMN sectors.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sectors.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN sectors.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sectors.key IS 'Curated slug, e.g. ''machine-building''.';


--
-- Name: COLUMN sectors.name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sectors.name IS 'Readable name.';


--
-- Name: sectors_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.sectors ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.sectors_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: source_dates; Type: TABLE; Schema: core
--

CREATE TABLE core.source_dates (
    id bigint NOT NULL,
    source_id bigint NOT NULL,
    role text NOT NULL,
    year smallint,
    month smallint,
    day smallint,
    earliest date,
    latest date,
    basis text DEFAULT 'unknown'::text NOT NULL,
    note text,
    citation jsonb,
    quote text,
    quote_start integer,
    quote_end integer,
    CONSTRAINT ck_source_dates_basis CHECK ((basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_source_dates_citation_object CHECK ((jsonb_typeof(citation) = 'object'::text)),
    CONSTRAINT ck_source_dates_day_month CHECK (((day IS NULL) OR (month IS NOT NULL))),
    CONSTRAINT ck_source_dates_day_range CHECK (((day >= 1) AND (day <= 31))),
    CONSTRAINT ck_source_dates_external_citation CHECK (((basis <> 'external'::text) OR (citation IS NOT NULL))),
    CONSTRAINT ck_source_dates_inferred_note CHECK (((basis <> 'inferred'::text) OR (note IS NOT NULL))),
    CONSTRAINT ck_source_dates_interval CHECK ((earliest <= latest)),
    CONSTRAINT ck_source_dates_month_range CHECK (((month >= 1) AND (month <= 12))),
    CONSTRAINT ck_source_dates_quote_complete CHECK ((((quote IS NULL) = (quote_start IS NULL)) AND ((quote IS NULL) = (quote_end IS NULL)))),
    CONSTRAINT ck_source_dates_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_source_dates_role CHECK ((role = ANY (ARRAY['dateline'::text, 'page'::text]))),
    CONSTRAINT ck_source_dates_unknown_empty CHECK (((basis <> 'unknown'::text) OR ((year IS NULL) AND (month IS NULL) AND (day IS NULL))))
);



--
-- Name: TABLE source_dates; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.source_dates IS 'Dates an article carries besides its publication date (sources.date_*): its dateline''s own date, or a page''s own date (e.g. when it was captured).';


--
-- Name: COLUMN source_dates.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN source_dates.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.source_id IS 'The article.';


--
-- Name: COLUMN source_dates.role; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.role IS 'dateline (the dateline''s own date) or page (the page''s own date).';


--
-- Name: COLUMN source_dates.year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.year IS 'Year, when known.';


--
-- Name: COLUMN source_dates.month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.month IS 'Month 1-12, when known.';


--
-- Name: COLUMN source_dates.day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.day IS 'Day of month, when known.';


--
-- Name: COLUMN source_dates.earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.earliest IS 'Earliest day the known parts allow; NULL without a year.';


--
-- Name: COLUMN source_dates.latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.latest IS 'Latest day the known parts allow; NULL without a year.';


--
-- Name: COLUMN source_dates.basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.basis IS 'How the date is known: stated, inferred (see note), external (see citation) or unknown.';


--
-- Name: COLUMN source_dates.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.note IS 'Why an inferred date was inferred; any other remark.';


--
-- Name: COLUMN source_dates.citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.citation IS 'For an external date: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: COLUMN source_dates.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.quote IS 'Verbatim words of the article that give the date, if any.';


--
-- Name: COLUMN source_dates.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.quote_start IS 'Offset of the quote''s first character in sources.body (0-based).';


--
-- Name: COLUMN source_dates.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.source_dates.quote_end IS 'Offset just past the quote''s last character.';


--
-- Name: source_dates_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.source_dates ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.source_dates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sources; Type: TABLE; Schema: core
--

CREATE TABLE core.sources (
    id bigint NOT NULL,
    key text NOT NULL,
    file_name text NOT NULL,
    title text,
    publisher text,
    dateline text,
    sha256 text NOT NULL,
    facts_sha256 text NOT NULL,
    body text NOT NULL,
    date_year smallint,
    date_month smallint,
    date_day smallint,
    date date,
    date_earliest date,
    date_latest date,
    date_basis text DEFAULT 'unknown'::text NOT NULL,
    date_note text,
    input_sha256 text DEFAULT ''::text NOT NULL,
    date_citation jsonb,
    search_vector tsvector GENERATED ALWAYS AS (core.search_vector(title, body)) STORED NOT NULL,
    CONSTRAINT ck_sources_date_basis CHECK ((date_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_sources_date_citation_object CHECK ((jsonb_typeof(date_citation) = 'object'::text)),
    CONSTRAINT ck_sources_date_complete CHECK (((date IS NOT NULL) = ((date_year IS NOT NULL) AND (date_month IS NOT NULL) AND (date_day IS NOT NULL)))),
    CONSTRAINT ck_sources_date_day_month CHECK (((date_day IS NULL) OR (date_month IS NOT NULL))),
    CONSTRAINT ck_sources_date_day_range CHECK (((date_day >= 1) AND (date_day <= 31))),
    CONSTRAINT ck_sources_date_external_citation CHECK (((date_basis <> 'external'::text) OR (date_citation IS NOT NULL))),
    CONSTRAINT ck_sources_date_inferred_note CHECK (((date_basis <> 'inferred'::text) OR (date_note IS NOT NULL))),
    CONSTRAINT ck_sources_date_interval CHECK ((date_earliest <= date_latest)),
    CONSTRAINT ck_sources_date_month_range CHECK (((date_month >= 1) AND (date_month <= 12))),
    CONSTRAINT ck_sources_date_unknown_empty CHECK (((date_basis <> 'unknown'::text) OR ((date_year IS NULL) AND (date_month IS NULL) AND (date_day IS NULL)))),
    CONSTRAINT ck_sources_sha256_hex CHECK ((sha256 ~ '^[0-9a-f]{64}$'::text))
);



--
-- Name: TABLE sources; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.sources IS 'Articles: full text, publication date (possibly partial) and fingerprint.';


--
-- Name: COLUMN sources.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN sources.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.key IS 'File name without extension.';


--
-- Name: COLUMN sources.file_name; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.file_name IS 'Name of the article file in seeds/.';


--
-- Name: COLUMN sources.title; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.title IS 'Headline as printed; NULL when the text has none.';


--
-- Name: COLUMN sources.publisher; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.publisher IS 'Publisher, only when the text names it (e.g. BelTA).';


--
-- Name: COLUMN sources.dateline; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.dateline IS 'Place of the dateline, e.g. MOSCOW.';


--
-- Name: COLUMN sources.sha256; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.sha256 IS 'SHA-256 of the article file''s bytes.';


--
-- Name: COLUMN sources.facts_sha256; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.facts_sha256 IS 'Hash of the resolved curated facts; an unchanged source is skipped.';


--
-- Name: COLUMN sources.body; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.body IS 'The full article text, unchanged.';


--
-- Name: COLUMN sources.date_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_year IS 'Year, when known (stated, inferred or external; see date_basis).';


--
-- Name: COLUMN sources.date_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_month IS 'Month 1-12, when known.';


--
-- Name: COLUMN sources.date_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_day IS 'Day of month, when known.';


--
-- Name: COLUMN sources.date; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date IS 'The full date, only when year, month and day are all known.';


--
-- Name: COLUMN sources.date_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_earliest IS 'Earliest day the known parts allow (''2017'' gives 2017-01-01).';


--
-- Name: COLUMN sources.date_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_latest IS 'Latest day the known parts allow (''2017'' gives 2017-12-31).';


--
-- Name: COLUMN sources.date_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_basis IS 'How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.';


--
-- Name: COLUMN sources.date_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_note IS 'Why an inferred date was inferred; what the text says otherwise.';


--
-- Name: COLUMN sources.input_sha256; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.input_sha256 IS 'Hash of the article''s files, the shared files and the validator when it was loaded: a load does not read an article again while this still matches.';


--
-- Name: COLUMN sources.date_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.date_citation IS 'For an external date: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: COLUMN sources.search_vector; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.sources.search_vector IS 'English full-text index of the title and of the body without page furniture and repeated paragraphs, with the words of dotted names (generated by core.search_vector).';


--
-- Name: sources_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.sources ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.sources_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: statements; Type: TABLE; Schema: core
--

CREATE TABLE core.statements (
    id bigint NOT NULL,
    key text NOT NULL,
    kind text NOT NULL,
    speaker_official_id bigint,
    side text,
    summary text NOT NULL,
    region_id bigint,
    sector_id bigint,
    meeting_id bigint,
    note text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    CONSTRAINT ck_statements_kind CHECK ((kind = ANY (ARRAY['intention'::text, 'assessment'::text, 'commitment'::text, 'claim'::text]))),
    CONSTRAINT ck_statements_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_statements_side CHECK ((side = ANY (ARRAY['BY'::text, 'RU'::text])))
);



--
-- Name: TABLE statements; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.statements IS 'Statements: intentions, assessments, commitments and claims, by whom.';


--
-- Name: COLUMN statements.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN statements.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.key IS 'Curated slug, unique across the seeds folder.';


--
-- Name: COLUMN statements.kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.kind IS 'intention, assessment, commitment or claim.';


--
-- Name: COLUMN statements.speaker_official_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.speaker_official_id IS 'Who said it, when the text names one person.';


--
-- Name: COLUMN statements.side; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.side IS 'BY or RU: whose statement it is; NULL when not known.';


--
-- Name: COLUMN statements.summary; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.summary IS 'Curator''s one-line summary.';


--
-- Name: COLUMN statements.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.region_id IS 'The Russian region concerned; NULL for none.';


--
-- Name: COLUMN statements.sector_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.sector_id IS 'Sector concerned, when one is.';


--
-- Name: COLUMN statements.meeting_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.meeting_id IS 'Meeting it was made at.';


--
-- Name: COLUMN statements.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN statements.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN statements.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN statements.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN statements.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.statements.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: statements_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.statements ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.statements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: trade_figures; Type: TABLE; Schema: core
--

CREATE TABLE core.trade_figures (
    id bigint NOT NULL,
    key text NOT NULL,
    region_id bigint NOT NULL,
    partner_country character varying(2) DEFAULT 'BY'::character varying NOT NULL,
    flow text NOT NULL,
    period_label text,
    period_start date,
    period_end date,
    value_low numeric(18,2),
    value_high numeric(18,2),
    currency character varying(3) NOT NULL,
    value_qualifier text NOT NULL,
    value_text text NOT NULL,
    change_pct numeric(7,2),
    compared_label text,
    compared_start date,
    compared_end date,
    note text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    status text DEFAULT 'actual'::text NOT NULL,
    value_best numeric(18,2),
    value_qualifier_words text,
    period_kind text,
    period_months smallint,
    period_basis text,
    period_note text,
    period_citation jsonb,
    period_start_precision text,
    period_end_precision text,
    compared_kind text,
    compared_months smallint,
    compared_basis text,
    compared_note text,
    compared_citation jsonb,
    compared_start_precision text,
    compared_end_precision text,
    change_low_pct numeric(9,2),
    change_high_pct numeric(9,2),
    change_best_pct numeric(9,2),
    change_qualifier text,
    change_qualifier_words text,
    change_text text,
    change_direction text,
    prior_value_low numeric(18,2),
    prior_value_high numeric(18,2),
    rank text DEFAULT 'normal'::text NOT NULL,
    same_as_id bigint,
    source_error boolean DEFAULT false NOT NULL,
    source_error_note text,
    corrected_low numeric(18,2),
    corrected_high numeric(18,2),
    corrected_best numeric(18,2),
    corrected_text text,
    corrected_citation jsonb,
    CONSTRAINT ck_trade_figures_change_best_bounds CHECK (((change_low_pct <= change_best_pct) AND (change_best_pct <= change_high_pct))),
    CONSTRAINT ck_trade_figures_change_bounds CHECK ((change_low_pct <= change_high_pct)),
    CONSTRAINT ck_trade_figures_change_direction CHECK ((change_direction = ANY (ARRAY['increase'::text, 'decrease'::text, 'unchanged'::text]))),
    CONSTRAINT ck_trade_figures_change_magnitudes CHECK (((change_low_pct >= (0)::numeric) AND (change_high_pct >= (0)::numeric) AND (change_best_pct >= (0)::numeric))),
    CONSTRAINT ck_trade_figures_change_qualifier CHECK ((change_qualifier = ANY (ARRAY['exact'::text, 'approximately'::text, 'nearly'::text, 'over'::text, 'under'::text, 'up_to'::text, 'range'::text]))),
    CONSTRAINT ck_trade_figures_change_text_direction CHECK (((change_direction IS NOT NULL) OR (change_text IS NULL))),
    CONSTRAINT ck_trade_figures_compared_basis CHECK ((compared_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_trade_figures_compared_citation_object CHECK ((jsonb_typeof(compared_citation) = 'object'::text)),
    CONSTRAINT ck_trade_figures_compared_end_precision CHECK ((compared_end_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_trade_figures_compared_external_citation CHECK (((compared_basis <> 'external'::text) OR (compared_citation IS NOT NULL))),
    CONSTRAINT ck_trade_figures_compared_inferred_note CHECK (((compared_basis <> 'inferred'::text) OR (compared_note IS NOT NULL))),
    CONSTRAINT ck_trade_figures_compared_kind CHECK ((compared_kind = ANY (ARRAY['calendar_year'::text, 'part_year'::text, 'multi_year'::text, 'unknown'::text]))),
    CONSTRAINT ck_trade_figures_compared_months_positive CHECK ((compared_months > 0)),
    CONSTRAINT ck_trade_figures_compared_order CHECK ((compared_start <= compared_end)),
    CONSTRAINT ck_trade_figures_compared_start_precision CHECK ((compared_start_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_trade_figures_corrected_bounds CHECK ((corrected_low <= corrected_high)),
    CONSTRAINT ck_trade_figures_corrected_citation_object CHECK ((jsonb_typeof(corrected_citation) = 'object'::text)),
    CONSTRAINT ck_trade_figures_corrected_needs_error CHECK ((source_error OR ((corrected_text IS NULL) AND (corrected_low IS NULL) AND (corrected_high IS NULL) AND (corrected_citation IS NULL)))),
    CONSTRAINT ck_trade_figures_flow CHECK ((flow = ANY (ARRAY['turnover'::text, 'exports'::text, 'imports'::text]))),
    CONSTRAINT ck_trade_figures_period_basis CHECK ((period_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_trade_figures_period_citation_object CHECK ((jsonb_typeof(period_citation) = 'object'::text)),
    CONSTRAINT ck_trade_figures_period_end_precision CHECK ((period_end_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_trade_figures_period_external_citation CHECK (((period_basis <> 'external'::text) OR (period_citation IS NOT NULL))),
    CONSTRAINT ck_trade_figures_period_inferred_note CHECK (((period_basis <> 'inferred'::text) OR (period_note IS NOT NULL))),
    CONSTRAINT ck_trade_figures_period_kind CHECK ((period_kind = ANY (ARRAY['calendar_year'::text, 'part_year'::text, 'multi_year'::text, 'unknown'::text]))),
    CONSTRAINT ck_trade_figures_period_months_positive CHECK ((period_months > 0)),
    CONSTRAINT ck_trade_figures_period_order CHECK ((period_start <= period_end)),
    CONSTRAINT ck_trade_figures_period_start_precision CHECK ((period_start_precision = ANY (ARRAY['day'::text, 'month'::text, 'quarter'::text, 'half'::text, 'year'::text]))),
    CONSTRAINT ck_trade_figures_prior_value_bounds CHECK ((prior_value_low <= prior_value_high)),
    CONSTRAINT ck_trade_figures_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_trade_figures_rank CHECK ((rank = ANY (ARRAY['preferred'::text, 'normal'::text, 'deprecated'::text]))),
    CONSTRAINT ck_trade_figures_same_as_other CHECK ((same_as_id <> id)),
    CONSTRAINT ck_trade_figures_source_error_note CHECK ((source_error = (source_error_note IS NOT NULL))),
    CONSTRAINT ck_trade_figures_status CHECK ((status = ANY (ARRAY['actual'::text, 'estimate'::text, 'forecast'::text, 'target'::text, 'allocation'::text, 'amount'::text]))),
    CONSTRAINT ck_trade_figures_value_best_bounds CHECK (((value_low <= value_best) AND (value_best <= value_high))),
    CONSTRAINT ck_trade_figures_value_bounds CHECK ((value_low <= value_high)),
    CONSTRAINT ck_trade_figures_value_present CHECK (((value_low IS NOT NULL) OR (value_high IS NOT NULL))),
    CONSTRAINT ck_trade_figures_value_qualifier CHECK ((value_qualifier = ANY (ARRAY['exact'::text, 'approximately'::text, 'nearly'::text, 'over'::text, 'under'::text, 'up_to'::text, 'range'::text])))
);



--
-- Name: TABLE trade_figures; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.trade_figures IS 'Trade turnover, exports or imports between Belarus and a region.';


--
-- Name: COLUMN trade_figures.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN trade_figures.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.key IS 'Curated slug, unique within its source.';


--
-- Name: COLUMN trade_figures.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.region_id IS 'The Russian region traded with.';


--
-- Name: COLUMN trade_figures.partner_country; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.partner_country IS 'The other party''s country (ISO 3166-1 alpha-2).';


--
-- Name: COLUMN trade_figures.flow; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.flow IS 'turnover, exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_figures.period_label; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_label IS 'The period as stated, e.g. ''January-September 2017''; NULL if not stated.';


--
-- Name: COLUMN trade_figures.period_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_start IS 'First day, when known.';


--
-- Name: COLUMN trade_figures.period_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_end IS 'Last day, when known.';


--
-- Name: COLUMN trade_figures.value_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_low IS 'Lower bound in currency units (= value_high for a point value; NULL for ''nearly'', ''under'', ''up to'').';


--
-- Name: COLUMN trade_figures.value_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_high IS 'Upper bound in currency units (NULL for ''over X'').';


--
-- Name: COLUMN trade_figures.currency; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.currency IS 'ISO 4217 code, e.g. USD.';


--
-- Name: COLUMN trade_figures.value_qualifier; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN trade_figures.value_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_text IS 'The value exactly as written.';


--
-- Name: COLUMN trade_figures.change_pct; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_pct IS 'Stated change in percent against compared_*, e.g. 40.5.';


--
-- Name: COLUMN trade_figures.compared_label; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_label IS 'The comparison period as stated, e.g. ''the same period of 2016''.';


--
-- Name: COLUMN trade_figures.compared_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_start IS 'First day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.compared_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_end IS 'Last day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.note IS 'Curator''s note on the figure.';


--
-- Name: COLUMN trade_figures.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN trade_figures.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN trade_figures.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN trade_figures.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN trade_figures.status; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.status IS 'actual or estimate (trade history), forecast, target, allocation or amount.';


--
-- Name: COLUMN trade_figures.value_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_best IS 'Best single value: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN trade_figures.value_qualifier_words; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.value_qualifier_words IS 'The qualifier''s words as written, e.g. ''about''; NULL when none.';


--
-- Name: COLUMN trade_figures.period_kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_kind IS 'calendar_year, part_year, multi_year or unknown (derived from the interval or months).';


--
-- Name: COLUMN trade_figures.period_months; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.period_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_basis IS 'How the period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN trade_figures.period_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN trade_figures.period_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_citation IS 'For an external period: the outside source {url, publication, says}.';


--
-- Name: COLUMN trade_figures.period_start_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_start_precision IS 'Precision of the period''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.period_end_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.period_end_precision IS 'Precision of the period''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.compared_kind; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_kind IS 'calendar_year, part_year, multi_year or unknown (derived from the interval or months).';


--
-- Name: COLUMN trade_figures.compared_months; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_months IS 'Whole months of the comparison period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.compared_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_basis IS 'How the comparison period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN trade_figures.compared_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_note IS 'Why an inferred comparison period was inferred.';


--
-- Name: COLUMN trade_figures.compared_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_citation IS 'For an external comparison period: the outside source {url, publication, says}.';


--
-- Name: COLUMN trade_figures.compared_start_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_start_precision IS 'Precision of the comparison period''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.compared_end_precision; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.compared_end_precision IS 'Precision of the comparison period''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.change_low_pct; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_low_pct IS 'Lower bound of the change''s magnitude in percent (>= 0).';


--
-- Name: COLUMN trade_figures.change_high_pct; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_high_pct IS 'Upper bound of the change''s magnitude in percent (>= 0).';


--
-- Name: COLUMN trade_figures.change_best_pct; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_best_pct IS 'Best single magnitude of the change in percent (>= 0).';


--
-- Name: COLUMN trade_figures.change_qualifier; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_qualifier IS 'Class of the change''s qualifier: exact, approximately, nearly, over, under, up_to, range; NULL for a direction with no number.';


--
-- Name: COLUMN trade_figures.change_qualifier_words; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_qualifier_words IS 'The change''s qualifier words as written, e.g. ''more than''.';


--
-- Name: COLUMN trade_figures.change_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_text IS 'The change exactly as written, e.g. ''went up 40.5%''.';


--
-- Name: COLUMN trade_figures.change_direction; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.change_direction IS 'increase, decrease or unchanged.';


--
-- Name: COLUMN trade_figures.prior_value_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.prior_value_low IS 'Lower bound of the value the change implies for compared_* (rounded outward; NULL when open).';


--
-- Name: COLUMN trade_figures.prior_value_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.prior_value_high IS 'Upper bound of the value the change implies for compared_* (rounded outward; NULL when open).';


--
-- Name: COLUMN trade_figures.rank; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.rank IS 'preferred, normal or deprecated within its figure group (as Wikidata ranks).';


--
-- Name: COLUMN trade_figures.same_as_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.same_as_id IS 'A figure of another article this one reports the same quantity as.';


--
-- Name: COLUMN trade_figures.source_error; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.source_error IS 'True when the value as written is a probable error of the source.';


--
-- Name: COLUMN trade_figures.source_error_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.source_error_note IS 'Why the value is taken for a source error (required when source_error).';


--
-- Name: COLUMN trade_figures.corrected_low; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.corrected_low IS 'Lower bound of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_high; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.corrected_high IS 'Upper bound of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_best; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.corrected_best IS 'Best single value of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_text; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.corrected_text IS 'The value as it should read, e.g. ''$3 billion'', when given.';


--
-- Name: COLUMN trade_figures.corrected_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_figures.corrected_citation IS 'Outside evidence for the corrected value, a jsonb object {url, publication, says}.';


--
-- Name: trade_figures_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.trade_figures ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.trade_figures_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: trade_goods; Type: TABLE; Schema: core
--

CREATE TABLE core.trade_goods (
    id bigint NOT NULL,
    region_id bigint NOT NULL,
    direction text NOT NULL,
    goods text NOT NULL,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    note text,
    CONSTRAINT ck_trade_goods_direction CHECK ((direction = ANY (ARRAY['exports'::text, 'imports'::text]))),
    CONSTRAINT ck_trade_goods_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote)))))
);



--
-- Name: TABLE trade_goods; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.trade_goods IS 'Goods named as traded between Belarus and a region, by direction.';


--
-- Name: COLUMN trade_goods.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN trade_goods.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.region_id IS 'The Russian region traded with.';


--
-- Name: COLUMN trade_goods.direction; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.direction IS 'exports (from Belarus to the region) or imports (into Belarus).';


--
-- Name: COLUMN trade_goods.goods; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.goods IS 'The goods, as named in the quote.';


--
-- Name: COLUMN trade_goods.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN trade_goods.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN trade_goods.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN trade_goods.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN trade_goods.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.trade_goods.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: trade_goods_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.trade_goods ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.trade_goods_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: twinning_agreements; Type: TABLE; Schema: core
--

CREATE TABLE core.twinning_agreements (
    id bigint NOT NULL,
    key text NOT NULL,
    status text NOT NULL,
    units_count integer,
    date_year smallint,
    date_month smallint,
    date_day smallint,
    date date,
    date_earliest date,
    date_latest date,
    date_basis text DEFAULT 'unknown'::text NOT NULL,
    date_note text,
    source_id bigint NOT NULL,
    quote text NOT NULL,
    quote_start integer NOT NULL,
    quote_end integer NOT NULL,
    level text,
    units_count_by integer,
    units_count_ru integer,
    renews_id bigint,
    original_year smallint,
    original_month smallint,
    original_day smallint,
    original_earliest date,
    original_latest date,
    original_basis text,
    original_note text,
    original_citation jsonb,
    note text,
    date_citation jsonb,
    CONSTRAINT ck_twinning_agreements_date_basis CHECK ((date_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_twinning_agreements_date_citation_object CHECK ((jsonb_typeof(date_citation) = 'object'::text)),
    CONSTRAINT ck_twinning_agreements_date_complete CHECK (((date IS NOT NULL) = ((date_year IS NOT NULL) AND (date_month IS NOT NULL) AND (date_day IS NOT NULL)))),
    CONSTRAINT ck_twinning_agreements_date_day_month CHECK (((date_day IS NULL) OR (date_month IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_date_day_range CHECK (((date_day >= 1) AND (date_day <= 31))),
    CONSTRAINT ck_twinning_agreements_date_external_citation CHECK (((date_basis <> 'external'::text) OR (date_citation IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_date_inferred_note CHECK (((date_basis <> 'inferred'::text) OR (date_note IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_date_interval CHECK ((date_earliest <= date_latest)),
    CONSTRAINT ck_twinning_agreements_date_month_range CHECK (((date_month >= 1) AND (date_month <= 12))),
    CONSTRAINT ck_twinning_agreements_date_unknown_empty CHECK (((date_basis <> 'unknown'::text) OR ((date_year IS NULL) AND (date_month IS NULL) AND (date_day IS NULL)))),
    CONSTRAINT ck_twinning_agreements_level CHECK ((level = ANY (ARRAY['district'::text, 'city'::text, 'oblast'::text]))),
    CONSTRAINT ck_twinning_agreements_original_basis CHECK ((original_basis = ANY (ARRAY['stated'::text, 'inferred'::text, 'external'::text, 'unknown'::text]))),
    CONSTRAINT ck_twinning_agreements_original_citation_object CHECK ((jsonb_typeof(original_citation) = 'object'::text)),
    CONSTRAINT ck_twinning_agreements_original_day_month CHECK (((original_day IS NULL) OR (original_month IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_original_day_range CHECK (((original_day >= 1) AND (original_day <= 31))),
    CONSTRAINT ck_twinning_agreements_original_external_citation CHECK (((original_basis <> 'external'::text) OR (original_citation IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_original_inferred_note CHECK (((original_basis <> 'inferred'::text) OR (original_note IS NOT NULL))),
    CONSTRAINT ck_twinning_agreements_original_interval CHECK ((original_earliest <= original_latest)),
    CONSTRAINT ck_twinning_agreements_original_month_range CHECK (((original_month >= 1) AND (original_month <= 12))),
    CONSTRAINT ck_twinning_agreements_quote_offsets CHECK (((quote_start >= 0) AND (quote_end = (quote_start + char_length(quote))))),
    CONSTRAINT ck_twinning_agreements_renews_other CHECK ((renews_id <> id)),
    CONSTRAINT ck_twinning_agreements_status CHECK ((status = ANY (ARRAY['planned'::text, 'signed'::text, 'renewed'::text]))),
    CONSTRAINT ck_twinning_agreements_units_count_by_positive CHECK ((units_count_by > 0)),
    CONSTRAINT ck_twinning_agreements_units_count_positive CHECK ((units_count > 0)),
    CONSTRAINT ck_twinning_agreements_units_count_ru_positive CHECK ((units_count_ru > 0))
);



--
-- Name: TABLE twinning_agreements; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.twinning_agreements IS 'Twinning agreements between districts or cities: how many, status, date.';


--
-- Name: COLUMN twinning_agreements.id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.id IS 'Surrogate key, stable across loads.';


--
-- Name: COLUMN twinning_agreements.key; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.key IS 'Curated slug, unique within its source.';


--
-- Name: COLUMN twinning_agreements.status; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.status IS 'planned, signed or renewed.';


--
-- Name: COLUMN twinning_agreements.units_count; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.units_count IS 'Number of districts or municipalities paired, when stated.';


--
-- Name: COLUMN twinning_agreements.date_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_year IS 'Year, when known (stated, inferred or external; see date_basis).';


--
-- Name: COLUMN twinning_agreements.date_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_month IS 'Month 1-12, when known.';


--
-- Name: COLUMN twinning_agreements.date_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_day IS 'Day of month, when known.';


--
-- Name: COLUMN twinning_agreements.date; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date IS 'The full date, only when year, month and day are all known.';


--
-- Name: COLUMN twinning_agreements.date_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_earliest IS 'Earliest day the known parts allow (''2017'' gives 2017-01-01).';


--
-- Name: COLUMN twinning_agreements.date_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_latest IS 'Latest day the known parts allow (''2017'' gives 2017-12-31).';


--
-- Name: COLUMN twinning_agreements.date_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_basis IS 'How the date is known: stated (in the text), inferred (see date_note), external (see date_citation) or unknown.';


--
-- Name: COLUMN twinning_agreements.date_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_note IS 'Why an inferred date was inferred; what the text says otherwise.';


--
-- Name: COLUMN twinning_agreements.source_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.source_id IS 'The article this fact was read from.';


--
-- Name: COLUMN twinning_agreements.quote; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.quote IS 'Verbatim words of the source that support this fact.';


--
-- Name: COLUMN twinning_agreements.quote_start; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.quote_start IS 'Offset of the quote''s first character in sources.body (0-based, in characters).';


--
-- Name: COLUMN twinning_agreements.quote_end; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.quote_end IS 'Offset just past the quote''s last character: body[quote_start:quote_end] = quote.';


--
-- Name: COLUMN twinning_agreements.level; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.level IS 'district, city or oblast; NULL when not stated.';


--
-- Name: COLUMN twinning_agreements.units_count_by; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.units_count_by IS 'Number of Belarusian units twinned, when stated.';


--
-- Name: COLUMN twinning_agreements.units_count_ru; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.units_count_ru IS 'Number of Russian units twinned, when stated.';


--
-- Name: COLUMN twinning_agreements.renews_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.renews_id IS 'The agreement this one renews, when it is recorded.';


--
-- Name: COLUMN twinning_agreements.original_year; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_year IS 'Year of the renewed agreement''s first signing, when known.';


--
-- Name: COLUMN twinning_agreements.original_month; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_month IS 'Month of the first signing.';


--
-- Name: COLUMN twinning_agreements.original_day; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_day IS 'Day of the first signing.';


--
-- Name: COLUMN twinning_agreements.original_earliest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_earliest IS 'Earliest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning_agreements.original_latest; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_latest IS 'Latest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning_agreements.original_basis; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_basis IS 'How the first signing''s date is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN twinning_agreements.original_note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_note IS 'Why an inferred first-signing date was inferred.';


--
-- Name: COLUMN twinning_agreements.original_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.original_citation IS 'For an external first-signing date: the outside source {url, publication, says}.';


--
-- Name: COLUMN twinning_agreements.note; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.note IS 'Curator''s note on this fact (free text), when there is one.';


--
-- Name: COLUMN twinning_agreements.date_citation; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_agreements.date_citation IS 'For an external date: the outside source, a jsonb object {url, publication, says}.';


--
-- Name: twinning_agreements_id_seq; Type: SEQUENCE; Schema: core
--

ALTER TABLE core.twinning_agreements ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME core.twinning_agreements_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: twinning_regions; Type: TABLE; Schema: core
--

CREATE TABLE core.twinning_regions (
    twinning_id bigint NOT NULL,
    region_id bigint NOT NULL,
    side text NOT NULL,
    CONSTRAINT ck_twinning_regions_side CHECK ((side = ANY (ARRAY['BY'::text, 'RU'::text])))
);



--
-- Name: TABLE twinning_regions; Type: COMMENT; Schema: core
--

COMMENT ON TABLE core.twinning_regions IS 'Regions on each side of a twinning agreement.';


--
-- Name: COLUMN twinning_regions.twinning_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_regions.twinning_id IS 'The agreement.';


--
-- Name: COLUMN twinning_regions.region_id; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_regions.region_id IS 'A region on one side.';


--
-- Name: COLUMN twinning_regions.side; Type: COMMENT; Schema: core
--

COMMENT ON COLUMN core.twinning_regions.side IS 'BY or RU.';


--
-- Name: attestations; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.attestations (
    attestation_id bigint,
    kind text,
    target_id bigint,
    target_key text,
    is_defining boolean,
    defined_in_source_id bigint,
    defined_in_file text,
    note text,
    source_id bigint,
    source_file text,
    quote text,
    date_for_axis date,
    date_precision text,
    date_source text,
    meeting_id bigint,
    proposal_id bigint,
    trade_figure_id bigint,
    twinning_id bigint,
    statement_id bigint,
    attestation_key text NOT NULL
);



--
-- Name: TABLE attestations; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.attestations IS 'Which articles report each fact: one row for the article defining it (is_defining) and one per article attesting it; the rows behind the sources_count and reported_by columns. Key: attestation_key (attestation_id is NULL on defining rows). Not additive: count rows per fact for the number of sources. Time axis: date_for_axis, the date of the article whose words the row holds (rows of undated articles fall out of time filters).';


--
-- Name: COLUMN attestations.attestation_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.attestation_id IS 'Id of the attestation; NULL on the defining article''s row.';


--
-- Name: COLUMN attestations.kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.kind IS 'What is attested: meeting, proposal, trade_figure, twinning or statement.';


--
-- Name: COLUMN attestations.target_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.target_id IS 'Id of the fact in its view (reporting.meetings, .proposals, .trade_figures, .twinning, .statements).';


--
-- Name: COLUMN attestations.target_key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.target_key IS 'Curated key of the fact, unique across the seeds folder.';


--
-- Name: COLUMN attestations.is_defining; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.is_defining IS 'True on the row of the article that defines the fact (its own quote is the first attestation).';


--
-- Name: COLUMN attestations.defined_in_source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.defined_in_source_id IS 'Id of the source defining the fact (reporting.sources).';


--
-- Name: COLUMN attestations.defined_in_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.defined_in_file IS 'Article file defining the fact.';


--
-- Name: COLUMN attestations.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.note IS 'Curator''s note on the attestation (on the defining row: on the fact).';


--
-- Name: COLUMN attestations.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.source_id IS 'Id of the source whose words these are (reporting.sources).';


--
-- Name: COLUMN attestations.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN attestations.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN attestations.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.date_for_axis IS 'Date to plot the row at: the publication date of the article whose words these are, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN attestations.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN attestations.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN attestations.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.meeting_id IS 'Id of the meeting attested (reporting.meetings) when kind is meeting; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.proposal_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.proposal_id IS 'Id of the proposal attested (reporting.proposals) when kind is proposal; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.trade_figure_id IS 'Id of the trade figure attested (reporting.trade_figures) when kind is trade_figure; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.twinning_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.twinning_id IS 'Id of the twinning attested (reporting.twinning) when kind is twinning; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.statement_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.statement_id IS 'Id of the statement attested (reporting.statements) when kind is statement; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.attestation_key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.attestations.attestation_key IS 'Unique key of the row, stable across loads: ''defining-<kind>-<target_id>'' for the defining article''s row, ''attestation-<attestation_id>'' for an attesting one.';


--
-- Name: changes; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.changes (
    load_id bigint NOT NULL,
    loaded_at timestamp with time zone,
    relation text NOT NULL,
    row_id bigint,
    row_key text NOT NULL,
    operation text
);



--
-- Name: TABLE changes; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.changes IS 'Every row each load inserted, updated or deleted, one row per row and load: SELECT * FROM reporting.changes WHERE load_id > N is what changed since load N. relation names the core table and row_id is the row''s id there, which the reporting relation showing that table carries as its id (reporting.twinning for twinning_agreements, reporting.post_holders.holding_id for holdings). Ids stay stable across loads: an updated row keeps its id, a deleted id is never reused. Not additive: count rows (one per row and load).';


--
-- Name: COLUMN changes.load_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.load_id IS 'The load (reporting.loads.load_id).';


--
-- Name: COLUMN changes.loaded_at; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.loaded_at IS 'When that load finished.';


--
-- Name: COLUMN changes.relation; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.relation IS 'The core table the row is in, e.g. meetings, trade_figures, twinning_agreements.';


--
-- Name: COLUMN changes.row_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.row_id IS 'The row''s id in core.<relation>, the id of the reporting relation showing it (reporting.twinning.id for twinning_agreements); NULL for link tables without an id (meeting_regions, proposal_enterprises, twinning_regions), whose row_key names both ends.';


--
-- Name: COLUMN changes.row_key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.row_key IS 'The row''s natural key as JSON text, an object of column to value (cast to jsonb to read a field: row_key::jsonb ->> ''key''); it still identifies a deleted row.';


--
-- Name: COLUMN changes.operation; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.changes.operation IS 'insert (a new row), update (values changed, same id) or delete (the row is gone).';


--
-- Name: enterprise_mentions; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.enterprise_mentions (
    mention_id bigint NOT NULL,
    enterprise_id bigint,
    enterprise text,
    enterprise_country character varying(2),
    enterprise_sector text,
    russian_region text,
    russian_region_code text,
    name_as_written text,
    source_id bigint,
    source_file text,
    quote text,
    note text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint
);



--
-- Name: TABLE enterprise_mentions; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.enterprise_mentions IS 'Enterprises named in the articles: one row per mention. Not additive: count rows or distinct enterprise_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';


--
-- Name: COLUMN enterprise_mentions.mention_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.mention_id IS 'Id of the mention.';


--
-- Name: COLUMN enterprise_mentions.enterprise_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_id IS 'Id of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.enterprise IS 'Preferred name of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise_sector; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.enterprise_sector IS 'Main sector of the enterprise, where known.';


--
-- Name: COLUMN enterprise_mentions.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.russian_region IS 'Russian region the mention concerns.';


--
-- Name: COLUMN enterprise_mentions.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN enterprise_mentions.name_as_written; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.name_as_written IS 'The name or alias as the text writes it.';


--
-- Name: COLUMN enterprise_mentions.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.source_id IS 'Id of the source.';


--
-- Name: COLUMN enterprise_mentions.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN enterprise_mentions.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN enterprise_mentions.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.note IS 'Curator''s note on the mention, when there is one.';


--
-- Name: COLUMN enterprise_mentions.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN enterprise_mentions.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN enterprise_mentions.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN enterprise_mentions.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_mentions.russian_region_id IS 'Id of the Russian region the mention concerns (reporting.regions.region_id).';


--
-- Name: enterprise_names; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.enterprise_names (
    enterprise_name_id bigint NOT NULL,
    enterprise_id bigint,
    name text,
    is_preferred boolean
);



--
-- Name: TABLE enterprise_names; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.enterprise_names IS 'Spellings of enterprises: one row per name (the rows behind reporting.enterprises.other_names, plus the preferred name). Not additive.';


--
-- Name: COLUMN enterprise_names.enterprise_name_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_names.enterprise_name_id IS 'Id of the name.';


--
-- Name: COLUMN enterprise_names.enterprise_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_names.enterprise_id IS 'Id of the enterprise (reporting.enterprises).';


--
-- Name: COLUMN enterprise_names.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_names.name IS 'The name as the articles or the curator spell it.';


--
-- Name: COLUMN enterprise_names.is_preferred; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprise_names.is_preferred IS 'True for the preferred name (reporting.enterprises.name).';


--
-- Name: enterprises; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.enterprises (
    enterprise_id bigint NOT NULL,
    key text,
    name text,
    kind text,
    kind_label text,
    country character varying(2),
    region_id bigint,
    region text,
    region_code text,
    sector text,
    other_names text,
    mentions_count integer,
    proposals_count integer,
    note text,
    citation_url text,
    citation_publication text,
    citation_says text
);



--
-- Name: TABLE enterprises; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.enterprises IS 'Enterprises, companies and state bodies named in the articles: one row each. Mentions are in reporting.enterprise_mentions, proposals involving them in reporting.proposal_enterprises, other spellings one row each in reporting.enterprise_names. Not additive.';


--
-- Name: COLUMN enterprises.enterprise_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.enterprise_id IS 'Id of the enterprise; reporting.enterprise_mentions and reporting.proposal_enterprises point here.';


--
-- Name: COLUMN enterprises.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.key IS 'Curated key, unique across the seeds folder.';


--
-- Name: COLUMN enterprises.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.name IS 'Preferred name.';


--
-- Name: COLUMN enterprises.kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.kind IS 'company, state_body or other.';


--
-- Name: COLUMN enterprises.kind_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.kind_label IS 'kind in words, for display.';


--
-- Name: COLUMN enterprises.country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN enterprises.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.region_id IS 'Id of the region it is based in (reporting.regions.region_id), when recorded.';


--
-- Name: COLUMN enterprises.region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.region IS 'Name of the region it is based in, when recorded.';


--
-- Name: COLUMN enterprises.region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.region_code IS 'ISO 3166 code of that region.';


--
-- Name: COLUMN enterprises.sector; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.sector IS 'Main sector, when known.';


--
-- Name: COLUMN enterprises.other_names; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.other_names IS 'Other spellings seen in the articles, separated by ''; '' (one row each in reporting.enterprise_names).';


--
-- Name: COLUMN enterprises.mentions_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.mentions_count IS 'Mentions in the articles (rows of reporting.enterprise_mentions).';


--
-- Name: COLUMN enterprises.proposals_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.proposals_count IS 'Proposals involving it (rows of reporting.proposal_enterprises).';


--
-- Name: COLUMN enterprises.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.note IS 'Curator''s note on the enterprise: what no article states, with the citation that supports it.';


--
-- Name: COLUMN enterprises.citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN enterprises.citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN enterprises.citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.enterprises.citation_says IS 'What the outside source says.';


--
-- Name: loads; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.loads (
    load_id bigint NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    input_sha256 text,
    full_load boolean,
    added integer,
    changed integer,
    removed integer,
    coopdb_version text
);



--
-- Name: TABLE loads; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.loads IS 'One row per coopdb load that changed the database (a load that changed nothing records no row), in order: what changed in each is in reporting.changes. A consumer remembers the last load_id it read and asks for the changes after it. added, changed and removed are additive over loads (their sum is the rows written since the first load).';


--
-- Name: COLUMN loads.load_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.load_id IS 'Load number, increasing; reporting.changes.load_id refers to it.';


--
-- Name: COLUMN loads.started_at; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.started_at IS 'When the load began.';


--
-- Name: COLUMN loads.finished_at; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.finished_at IS 'When the load had written its last row; it became visible then.';


--
-- Name: COLUMN loads.input_sha256; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.input_sha256 IS 'SHA-256 over every loaded article''s key and input fingerprint (its files, the shared files, the validator): two loads with the same value loaded the same input.';


--
-- Name: COLUMN loads.full_load; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.full_load IS 'True for coopdb load --full, which compares every article and repairs rows changed by hand.';


--
-- Name: COLUMN loads.added; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.added IS 'Rows inserted, over all core tables (reporting.changes has one row each).';


--
-- Name: COLUMN loads.changed; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.changed IS 'Rows updated, over all core tables.';


--
-- Name: COLUMN loads.removed; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.removed IS 'Rows deleted, over all core tables.';


--
-- Name: COLUMN loads.coopdb_version; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.loads.coopdb_version IS 'Version of coopdb that ran the load.';


--
-- Name: meeting_participants; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.meeting_participants (
    participant_id bigint NOT NULL,
    meeting_id bigint,
    official_id bigint,
    official text,
    title text,
    side text,
    year integer,
    month integer,
    day integer,
    date_basis text,
    source_id bigint,
    source_file text,
    quote text,
    note text,
    date_for_axis date,
    date_precision text,
    date_source text,
    meeting_date date,
    russian_region text,
    russian_region_code text,
    russian_region_id bigint,
    date_basis_label text,
    side_label text
);



--
-- Name: TABLE meeting_participants; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.meeting_participants IS 'Participants of meetings: one row per person per meeting, with the meeting''s date and region. Time axis: date_for_axis, the meeting''s (participants of undated meetings fall out of time filters). Not additive: count rows (a person at two meetings counts twice).';


--
-- Name: COLUMN meeting_participants.participant_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.participant_id IS 'Id of the participation.';


--
-- Name: COLUMN meeting_participants.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.meeting_id IS 'Id of the meeting (reporting.meetings).';


--
-- Name: COLUMN meeting_participants.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN meeting_participants.official; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.official IS 'Name of the person (preferred spelling).';


--
-- Name: COLUMN meeting_participants.title; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.title IS 'Post the person held at the meeting.';


--
-- Name: COLUMN meeting_participants.side; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.side IS 'BY (Belarusian) or RU (Russian) side.';


--
-- Name: COLUMN meeting_participants.year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.year IS 'Year of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.month IS 'Month of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.day IS 'Day of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.date_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.date_basis IS 'stated, inferred or unknown.';


--
-- Name: COLUMN meeting_participants.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.source_id IS 'Id of the source.';


--
-- Name: COLUMN meeting_participants.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN meeting_participants.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN meeting_participants.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.note IS 'Curator''s note on the participation, when there is one.';


--
-- Name: COLUMN meeting_participants.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.date_for_axis IS 'Date to plot the row at: the date of its meeting, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN meeting_participants.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN meeting_participants.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.date_source IS 'Where date_for_axis comes from: meeting (the meeting''s date, as reporting.meetings.date_for_axis); none when undated.';


--
-- Name: COLUMN meeting_participants.meeting_date; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.meeting_date IS 'Full date of the meeting, only when year, month and day are known.';


--
-- Name: COLUMN meeting_participants.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.russian_region IS 'Russian region(s) the meeting concerned, separated by ''; '' (one row each in reporting.meeting_regions).';


--
-- Name: COLUMN meeting_participants.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN meeting_participants.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.russian_region_id IS 'Id of the meeting''s Russian region (reporting.regions.region_id) when it concerns exactly one; NULL for none or several.';


--
-- Name: COLUMN meeting_participants.date_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: COLUMN meeting_participants.side_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_participants.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: meeting_regions; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.meeting_regions (
    meeting_region_id text NOT NULL,
    meeting_id bigint,
    region_id bigint,
    region text,
    region_code text,
    region_country character varying(2)
);



--
-- Name: TABLE meeting_regions; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.meeting_regions IS 'Regions each meeting concerned: one row per meeting and region (the rows behind reporting.meetings.russian_region). Not additive: count rows, a meeting concerning two regions counts under each.';


--
-- Name: COLUMN meeting_regions.meeting_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.meeting_region_id IS 'Key of the row: meeting_id and region_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN meeting_regions.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.meeting_id IS 'Id of the meeting (reporting.meetings).';


--
-- Name: COLUMN meeting_regions.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.region_id IS 'Id of the region (reporting.regions).';


--
-- Name: COLUMN meeting_regions.region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.region IS 'Preferred English name of the region.';


--
-- Name: COLUMN meeting_regions.region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.region_code IS 'ISO 3166 code of the region.';


--
-- Name: COLUMN meeting_regions.region_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meeting_regions.region_country IS 'ISO 3166-1 alpha-2 country of the region: RU or BY.';


--
-- Name: meetings; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.meetings (
    meeting_id bigint NOT NULL,
    year integer,
    month integer,
    day integer,
    meeting_date date,
    date_earliest date,
    date_latest date,
    date_basis text,
    date_note text,
    place text,
    russian_region text,
    russian_region_code text,
    participants text,
    source_id bigint,
    source_file text,
    quote text,
    key text,
    note text,
    date_citation_url text,
    date_citation_publication text,
    date_citation_says text,
    sources_count integer,
    reported_by text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint,
    date_basis_label text,
    belarusian_region_id bigint
);



--
-- Name: TABLE meetings; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.meetings IS 'Meetings between Belarusian and Russian officials: one row per meeting. Time axis: date_for_axis (undated meetings have none and fall out of time filters). Not additive: count meetings; the lists participants, russian_region and reported_by have one row per element in reporting.meeting_participants, reporting.meeting_regions and reporting.attestations.';


--
-- Name: COLUMN meetings.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.meeting_id IS 'Id of the meeting.';


--
-- Name: COLUMN meetings.year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.year IS 'Year, when known (see date_basis).';


--
-- Name: COLUMN meetings.month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.month IS 'Month (1-12), when known.';


--
-- Name: COLUMN meetings.day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.day IS 'Day of month, when known.';


--
-- Name: COLUMN meetings.meeting_date; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.meeting_date IS 'Full date, only when year, month and day are all known.';


--
-- Name: COLUMN meetings.date_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_earliest IS 'Earliest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN meetings.date_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_latest IS 'Latest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN meetings.date_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_basis IS 'stated (in the text), inferred (see date_note) or unknown.';


--
-- Name: COLUMN meetings.date_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_note IS 'Why an inferred date was inferred.';


--
-- Name: COLUMN meetings.place; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.place IS 'Where, as the text says; NULL when not stated.';


--
-- Name: COLUMN meetings.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.russian_region IS 'Russian region(s) the meeting concerned.';


--
-- Name: COLUMN meetings.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN meetings.participants; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.participants IS 'Participants as ''Name (title held then)'', separated by ''; ''.';


--
-- Name: COLUMN meetings.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.source_id IS 'Id of the source (reporting.sources).';


--
-- Name: COLUMN meetings.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN meetings.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN meetings.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.key IS 'Curated key of the meeting, unique across the seeds folder (other articles attest it by it).';


--
-- Name: COLUMN meetings.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.note IS 'Curator''s note on the meeting, when there is one.';


--
-- Name: COLUMN meetings.date_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_citation_url IS 'For an external date: address of the outside source.';


--
-- Name: COLUMN meetings.date_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_citation_publication IS 'For an external date: the outside publication named.';


--
-- Name: COLUMN meetings.date_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_citation_says IS 'For an external date: what the outside source states.';


--
-- Name: COLUMN meetings.sources_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.sources_count IS 'Articles reporting the meeting: the defining one and each attesting one (reporting.attestations).';


--
-- Name: COLUMN meetings.reported_by; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.reported_by IS 'Files of those articles, separated by ''; ''.';


--
-- Name: COLUMN meetings.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_for_axis IS 'Date to plot the row at: the meeting''s date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN meetings.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN meetings.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_source IS 'Where date_for_axis comes from: own (the meeting''s date; a meeting takes no date from its article, whose date is not the meeting''s); none when undated.';


--
-- Name: COLUMN meetings.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id) when the meeting concerns exactly one; NULL for none or several (all are in reporting.meeting_regions).';


--
-- Name: COLUMN meetings.date_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: COLUMN meetings.belarusian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.meetings.belarusian_region_id IS 'Id of the Belarusian region (reporting.regions.region_id) when the meeting concerns exactly one; NULL for none or several.';


--
-- Name: official_mentions; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.official_mentions (
    official_mention_id bigint NOT NULL,
    official_id bigint,
    official text,
    official_country character varying(2),
    post_id bigint,
    post text,
    name_as_written text,
    date_for_axis date,
    date_precision text,
    date_source text,
    source_id bigint,
    source_file text,
    quote text,
    note text
);



--
-- Name: TABLE official_mentions; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.official_mentions IS 'Persons named in the articles, whether or not they took part in a meeting: one row per mention (Vladimir Putin named in passing is here, not in reporting.meeting_participants). Not additive: count rows or distinct official_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';


--
-- Name: COLUMN official_mentions.official_mention_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.official_mention_id IS 'Id of the mention.';


--
-- Name: COLUMN official_mentions.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN official_mentions.official; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.official IS 'Preferred spelling of the person''s name.';


--
-- Name: COLUMN official_mentions.official_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.official_country IS 'ISO 3166-1 alpha-2 country the person serves.';


--
-- Name: COLUMN official_mentions.post_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.post_id IS 'Id of the post the article gives the person (reporting.posts), when it gives one.';


--
-- Name: COLUMN official_mentions.post; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.post IS 'Title of that post.';


--
-- Name: COLUMN official_mentions.name_as_written; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.name_as_written IS 'The name as the article writes it.';


--
-- Name: COLUMN official_mentions.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN official_mentions.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN official_mentions.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN official_mentions.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.source_id IS 'Id of the source.';


--
-- Name: COLUMN official_mentions.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN official_mentions.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN official_mentions.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_mentions.note IS 'Curator''s note on the mention, when there is one.';


--
-- Name: official_names; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.official_names (
    official_name_id bigint NOT NULL,
    official_id bigint,
    name text,
    is_preferred boolean
);



--
-- Name: TABLE official_names; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.official_names IS 'Spellings of persons: one row per name (the rows behind reporting.officials.other_names, plus the preferred name). Not additive.';


--
-- Name: COLUMN official_names.official_name_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_names.official_name_id IS 'Id of the name.';


--
-- Name: COLUMN official_names.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_names.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN official_names.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_names.name IS 'The name as an article spells it.';


--
-- Name: COLUMN official_names.is_preferred; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.official_names.is_preferred IS 'True for the preferred spelling (reporting.officials.name).';


--
-- Name: officials; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.officials (
    official_id bigint NOT NULL,
    name text,
    other_names text,
    country character varying(2),
    positions text,
    note text,
    citation_url text,
    citation_publication text,
    citation_says text,
    acting_positions text
);



--
-- Name: TABLE officials; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.officials IS 'Persons: one row per official, with every spelling and every post. The lists other_names and positions (acting_positions) have one row per element in reporting.official_names and reporting.post_holders; mentions in articles are in reporting.official_mentions. Not additive.';


--
-- Name: COLUMN officials.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.official_id IS 'Id of the person.';


--
-- Name: COLUMN officials.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.name IS 'Preferred spelling of the name.';


--
-- Name: COLUMN officials.other_names; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.other_names IS 'Other spellings seen in the articles, separated by ''; ''.';


--
-- Name: COLUMN officials.country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.country IS 'ISO 3166-1 alpha-2 country the person serves.';


--
-- Name: COLUMN officials.positions; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.positions IS 'Posts held, separated by ''; ''.';


--
-- Name: COLUMN officials.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.note IS 'Curator''s note on the person: what no article states, with the citation that supports it.';


--
-- Name: COLUMN officials.citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN officials.citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN officials.citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.citation_says IS 'What the outside source says.';


--
-- Name: COLUMN officials.acting_positions; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.officials.acting_positions IS 'Posts held as acting (interim) holder, separated by ''; ''.';


--
-- Name: post_holders; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.post_holders (
    holding_id bigint NOT NULL,
    post_id bigint,
    post_key text,
    post text,
    body text,
    post_region text,
    post_region_code text,
    post_country character varying(2),
    official_id bigint,
    official text,
    term integer,
    acting boolean,
    start_year integer,
    start_month integer,
    start_day integer,
    start_earliest date,
    start_latest date,
    start_basis text,
    start_note text,
    start_citation_url text,
    start_citation_publication text,
    start_citation_says text,
    end_year integer,
    end_month integer,
    end_day integer,
    end_earliest date,
    end_latest date,
    end_basis text,
    end_note text,
    end_citation_url text,
    end_citation_publication text,
    end_citation_says text,
    note text,
    holder_number integer,
    holders_count integer,
    date_for_axis date,
    date_precision text,
    date_source text,
    start_precision text,
    end_precision text,
    region_id bigint,
    start_basis_label text,
    end_basis_label text
);



--
-- Name: TABLE post_holders; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.post_holders IS 'Who held which post, and when: one row per tenure (the holdings of persons: person, post, the post''s region, start and end with their precision, acting), in order of succession within each post. It is also the relation behind reporting.officials.positions and acting_positions, one row per element. Who held post P on day D: WHERE post_id = P AND D BETWEEN start_latest AND coalesce(end_earliest, ''infinity'') (surely) or D BETWEEN start_earliest AND coalesce(end_latest, ''infinity'') (possibly); who came first: ORDER BY holder_number. Not additive. Time axis: date_for_axis, the start (tenures with an unknown start fall out of time filters).';


--
-- Name: COLUMN post_holders.holding_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.holding_id IS 'Id of the tenure.';


--
-- Name: COLUMN post_holders.post_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post_id IS 'Id of the post.';


--
-- Name: COLUMN post_holders.post_key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post_key IS 'Curated key of the post.';


--
-- Name: COLUMN post_holders.post; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post IS 'Title of the post.';


--
-- Name: COLUMN post_holders.body; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.body IS 'The body the office belongs to, when recorded.';


--
-- Name: COLUMN post_holders.post_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post_region IS 'Jurisdiction of the post: a country or a region.';


--
-- Name: COLUMN post_holders.post_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post_region_code IS 'ISO 3166 code of the jurisdiction.';


--
-- Name: COLUMN post_holders.post_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.post_country IS 'ISO 3166-1 alpha-2 country of the jurisdiction.';


--
-- Name: COLUMN post_holders.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.official_id IS 'Id of the holder.';


--
-- Name: COLUMN post_holders.official; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.official IS 'Preferred spelling of the holder''s name.';


--
-- Name: COLUMN post_holders.term; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.term IS '1 for the holder''s first tenure of this post, 2 for the second, ...';


--
-- Name: COLUMN post_holders.acting; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.acting IS 'True for an acting (interim) holder.';


--
-- Name: COLUMN post_holders.start_year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_year IS 'Year the tenure began, when known.';


--
-- Name: COLUMN post_holders.start_month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_month IS 'Month it began, when known.';


--
-- Name: COLUMN post_holders.start_day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_day IS 'Day it began, when known.';


--
-- Name: COLUMN post_holders.start_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_earliest IS 'Earliest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN post_holders.start_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_latest IS 'Latest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN post_holders.start_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN post_holders.start_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_note IS 'Why an inferred start was inferred.';


--
-- Name: COLUMN post_holders.start_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_citation_url IS 'For an external start: the outside source''s address.';


--
-- Name: COLUMN post_holders.start_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_citation_publication IS 'For an external start: the outside publication.';


--
-- Name: COLUMN post_holders.start_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_citation_says IS 'For an external start: what the outside source says.';


--
-- Name: COLUMN post_holders.end_year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_year IS 'Year the tenure ended, when known.';


--
-- Name: COLUMN post_holders.end_month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_month IS 'Month it ended, when known.';


--
-- Name: COLUMN post_holders.end_day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_day IS 'Day it ended, when known.';


--
-- Name: COLUMN post_holders.end_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_earliest IS 'Earliest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN post_holders.end_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_latest IS 'Latest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN post_holders.end_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN post_holders.end_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_note IS 'Why an inferred end was inferred.';


--
-- Name: COLUMN post_holders.end_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_citation_url IS 'For an external end: the outside source''s address.';


--
-- Name: COLUMN post_holders.end_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_citation_publication IS 'For an external end: the outside publication.';


--
-- Name: COLUMN post_holders.end_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_citation_says IS 'For an external end: what the outside source says.';


--
-- Name: COLUMN post_holders.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.note IS 'Curator''s note on the tenure, when there is one.';


--
-- Name: COLUMN post_holders.holder_number; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.holder_number IS 'Place of the tenure in the post''s succession: 1 came first (by earliest start; unknown starts last).';


--
-- Name: COLUMN post_holders.holders_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.holders_count IS 'Number of tenures of this post recorded.';


--
-- Name: COLUMN post_holders.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.date_for_axis IS 'Date to plot the row at: the day the tenure began, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN post_holders.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN post_holders.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.date_source IS 'Where date_for_axis comes from: own (the tenure''s start); none when undated.';


--
-- Name: COLUMN post_holders.start_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_precision IS 'How much of the start is known: day, month, quarter, half or year; none when unknown.';


--
-- Name: COLUMN post_holders.end_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_precision IS 'How much of the end is known: day, month, quarter, half or year; none when unknown or ongoing.';


--
-- Name: COLUMN post_holders.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.region_id IS 'Id of the post''s jurisdiction (reporting.regions.region_id): a country or a region.';


--
-- Name: COLUMN post_holders.start_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.start_basis_label IS 'start_basis in words, for display.';


--
-- Name: COLUMN post_holders.end_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.post_holders.end_basis_label IS 'end_basis in words, for display.';


--
-- Name: posts; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.posts (
    post_id bigint NOT NULL,
    key text,
    title text,
    body text,
    region_id bigint,
    region text,
    region_code text,
    country character varying(2),
    holders_count integer
);



--
-- Name: TABLE posts; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.posts IS 'Posts (offices) persons hold: one row per post; its tenures are in reporting.post_holders. Not additive.';


--
-- Name: COLUMN posts.post_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.post_id IS 'Id of the post; reporting.post_holders, reporting.official_mentions point here.';


--
-- Name: COLUMN posts.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.key IS 'Curated key of the post.';


--
-- Name: COLUMN posts.title; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.title IS 'Title of the post.';


--
-- Name: COLUMN posts.body; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.body IS 'The body the office belongs to, when recorded.';


--
-- Name: COLUMN posts.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.region_id IS 'Id of its jurisdiction (reporting.regions.region_id): a country or a region.';


--
-- Name: COLUMN posts.region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.region IS 'Name of the jurisdiction.';


--
-- Name: COLUMN posts.region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.region_code IS 'ISO 3166 code of the jurisdiction.';


--
-- Name: COLUMN posts.country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.country IS 'ISO 3166-1 alpha-2 country of the jurisdiction.';


--
-- Name: COLUMN posts.holders_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.posts.holders_count IS 'Tenures of the post recorded (rows of reporting.post_holders).';


--
-- Name: proposal_enterprises; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.proposal_enterprises (
    proposal_enterprise_id text NOT NULL,
    proposal_id bigint,
    enterprise_id bigint,
    enterprise text,
    enterprise_country character varying(2),
    russian_region_id bigint
);



--
-- Name: TABLE proposal_enterprises; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.proposal_enterprises IS 'Enterprises involved in proposals: one row per proposal and enterprise (the rows behind reporting.proposals.enterprises). Not additive: count rows; a proposal naming three enterprises counts under each. Date: join reporting.proposals on proposal_id for date_for_axis.';


--
-- Name: COLUMN proposal_enterprises.proposal_enterprise_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.proposal_enterprise_id IS 'Key of the row: proposal_id and enterprise_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN proposal_enterprises.proposal_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.proposal_id IS 'Id of the proposal (reporting.proposals).';


--
-- Name: COLUMN proposal_enterprises.enterprise_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.enterprise_id IS 'Id of the enterprise (reporting.enterprises).';


--
-- Name: COLUMN proposal_enterprises.enterprise; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.enterprise IS 'Preferred name of the enterprise.';


--
-- Name: COLUMN proposal_enterprises.enterprise_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.enterprise_country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN proposal_enterprises.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposal_enterprises.russian_region_id IS 'Id of the proposal''s Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';


--
-- Name: proposals; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.proposals (
    proposal_id bigint NOT NULL,
    russian_region text,
    russian_region_code text,
    title text,
    sector text,
    status text,
    proposed_by text,
    proposed_by_side text,
    enterprises text,
    amount_usd numeric,
    amount_low_usd numeric,
    amount_high_usd numeric,
    amount_qualifier text,
    amount_text text,
    meeting_id bigint,
    source_id bigint,
    source_file text,
    quote text,
    key text,
    note text,
    proposed_date_from text,
    proposed_year integer,
    proposed_month integer,
    proposed_day integer,
    proposed_earliest date,
    proposed_latest date,
    proposed_basis text,
    proposed_note text,
    proposed_citation_url text,
    proposed_citation_publication text,
    proposed_citation_says text,
    timeframe_label text,
    timeframe_start date,
    timeframe_end date,
    timeframe_kind text,
    timeframe_months integer,
    timeframe_basis text,
    timeframe_note text,
    timeframe_citation_url text,
    timeframe_citation_publication text,
    timeframe_citation_says text,
    timeframe_start_precision text,
    timeframe_end_precision text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint,
    official_id bigint,
    status_label text,
    proposed_by_side_label text,
    proposed_basis_label text
);



--
-- Name: TABLE proposals; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.proposals IS 'Proposals, plans, agreements and running projects: one row per proposal. Time axis: date_for_axis (its own date, else its meeting''s, else its article''s; undated proposals fall out of time filters). The amount columns are not additive across statuses (a proposal is not money spent); enterprises has one row per element in reporting.proposal_enterprises.';


--
-- Name: COLUMN proposals.proposal_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposal_id IS 'Id of the proposal.';


--
-- Name: COLUMN proposals.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.russian_region IS 'Russian region concerned; NULL for Belarus-Russia as a whole.';


--
-- Name: COLUMN proposals.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN proposals.title; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.title IS 'Curator''s one-line summary.';


--
-- Name: COLUMN proposals.sector; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.sector IS 'Sector.';


--
-- Name: COLUMN proposals.status; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.status IS 'proposed, under_discussion, planned, agreed, ongoing or completed.';


--
-- Name: COLUMN proposals.proposed_by; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_by IS 'Person who made it, when one person did.';


--
-- Name: COLUMN proposals.proposed_by_side; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_by_side IS 'BY, RU or both; NULL when not stated.';


--
-- Name: COLUMN proposals.enterprises; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.enterprises IS 'Enterprises involved, separated by ''; ''.';


--
-- Name: COLUMN proposals.amount_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.amount_usd IS 'Amount in US dollars when the text gives a single value.';


--
-- Name: COLUMN proposals.amount_low_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.amount_low_usd IS 'Lower bound of the amount in US dollars.';


--
-- Name: COLUMN proposals.amount_high_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.amount_high_usd IS 'Upper bound of the amount in US dollars.';


--
-- Name: COLUMN proposals.amount_qualifier; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.amount_qualifier IS 'exact, approximately, over, up_to or range.';


--
-- Name: COLUMN proposals.amount_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.amount_text IS 'The amount exactly as written.';


--
-- Name: COLUMN proposals.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.meeting_id IS 'Meeting it was made at (reporting.meetings), if any.';


--
-- Name: COLUMN proposals.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.source_id IS 'Id of the source.';


--
-- Name: COLUMN proposals.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN proposals.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN proposals.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.key IS 'Curated key, unique across the folder.';


--
-- Name: COLUMN proposals.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.note IS 'Curator''s note on the proposal, when there is one.';


--
-- Name: COLUMN proposals.proposed_date_from; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_date_from IS '''proposal'' when the proposal gives its own date; ''meeting'' when the proposed_* columns are its meeting''s date (the default, not copied into the proposal); NULL when neither.';


--
-- Name: COLUMN proposals.proposed_year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_year IS 'Year it was proposed: its own, else its meeting''s (see proposed_date_from).';


--
-- Name: COLUMN proposals.proposed_month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_month IS 'Month it was proposed, when known.';


--
-- Name: COLUMN proposals.proposed_day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_day IS 'Day it was proposed, when known.';


--
-- Name: COLUMN proposals.proposed_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_earliest IS 'Earliest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_latest IS 'Latest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_basis IS 'How the proposal date is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN proposals.proposed_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_note IS 'Why an inferred proposal date was inferred.';


--
-- Name: COLUMN proposals.proposed_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_citation_url IS 'For an external proposal date: the outside source''s address.';


--
-- Name: COLUMN proposals.proposed_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_citation_publication IS 'For an external proposal date: the outside publication.';


--
-- Name: COLUMN proposals.proposed_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_citation_says IS 'For an external proposal date: what the outside source says.';


--
-- Name: COLUMN proposals.timeframe_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_label IS 'When it is to happen, as written (e.g. ''next year or the year after'').';


--
-- Name: COLUMN proposals.timeframe_start; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_start IS 'First day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_end; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_end IS 'Last day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_kind IS 'calendar_year, part_year, multi_year or unknown (a label with no interval, such as ''in the coming years'').';


--
-- Name: COLUMN proposals.timeframe_months; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_months IS 'Whole months of the timeframe, or the months stated.';


--
-- Name: COLUMN proposals.timeframe_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_basis IS 'How the timeframe''s interval is known: stated, inferred (a relative label resolved against the meeting''s or the article''s date), external or unknown.';


--
-- Name: COLUMN proposals.timeframe_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_note IS 'Why an inferred timeframe was inferred.';


--
-- Name: COLUMN proposals.timeframe_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_citation_url IS 'For an external timeframe: the outside source''s address.';


--
-- Name: COLUMN proposals.timeframe_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_citation_publication IS 'For an external timeframe: the outside publication.';


--
-- Name: COLUMN proposals.timeframe_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_citation_says IS 'For an external timeframe: what the outside source says.';


--
-- Name: COLUMN proposals.timeframe_start_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_start_precision IS 'Precision of the timeframe''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.timeframe_end_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.timeframe_end_precision IS 'Precision of the timeframe''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.date_for_axis IS 'Date to plot the row at: the date it was proposed, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN proposals.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN proposals.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.date_source IS 'Where date_for_axis comes from: own (the proposal''s own date), meeting (its meeting''s), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN proposals.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';


--
-- Name: COLUMN proposals.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.official_id IS 'Id of the person who made it (reporting.officials), when one person did.';


--
-- Name: COLUMN proposals.status_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.status_label IS 'status in words, for display.';


--
-- Name: COLUMN proposals.proposed_by_side_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_by_side_label IS 'proposed_by_side in words: Belarus, Russia or Both sides.';


--
-- Name: COLUMN proposals.proposed_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.proposals.proposed_basis_label IS 'proposed_basis in words, for display.';


--
-- Name: quantities; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.quantities (
    quantity_id bigint NOT NULL,
    key text,
    russian_region text,
    russian_region_code text,
    russian_region_id bigint,
    what text,
    unit text,
    value_low numeric(20,4),
    value_high numeric(20,4),
    value_best numeric(20,4),
    value_qualifier text,
    value_qualifier_words text,
    value_text text,
    status text,
    proposal_id bigint,
    meeting_id bigint,
    twinning_id bigint,
    statement_id bigint,
    trade_figure_id bigint,
    period_label text,
    period_start date,
    period_end date,
    period_kind text,
    period_months integer,
    period_basis text,
    period_note text,
    source_error boolean,
    source_error_note text,
    corrected_low numeric(18,2),
    corrected_high numeric(18,2),
    corrected_best numeric(18,2),
    corrected_text text,
    note text,
    source_id bigint,
    source_file text,
    quote text,
    date_for_axis date,
    date_precision text,
    date_source text,
    status_label text,
    period_basis_label text
);



--
-- Name: TABLE quantities; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.quantities IS 'Quantities that are not money (tractors, buses, hectares): one row per quantity quoted. Additive only within one unit, status and period kind, and not across figures reporting the same thing twice. Time axis: date_for_axis (its period''s start, else its meeting''s date, else its article''s; undated rows fall out of time filters).';


--
-- Name: COLUMN quantities.quantity_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.quantity_id IS 'Id of the quantity.';


--
-- Name: COLUMN quantities.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.key IS 'Curated key, unique across the seeds folder.';


--
-- Name: COLUMN quantities.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.russian_region IS 'Region concerned; NULL for none.';


--
-- Name: COLUMN quantities.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN quantities.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.russian_region_id IS 'Id of the region concerned.';


--
-- Name: COLUMN quantities.what; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.what IS 'What is counted, in the curator''s words.';


--
-- Name: COLUMN quantities.unit; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.unit IS 'Unit counted: a singular lower-case noun.';


--
-- Name: COLUMN quantities.value_low; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_low IS 'Lower bound (NULL for ''nearly'', ''under'', ''up to''); = high for a point value.';


--
-- Name: COLUMN quantities.value_high; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_high IS 'Upper bound (NULL for ''over X'').';


--
-- Name: COLUMN quantities.value_best; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_best IS 'Best single value: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN quantities.value_qualifier; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN quantities.value_qualifier_words; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_qualifier_words IS 'The qualifier''s words as written, e.g. ''over''; NULL when none.';


--
-- Name: COLUMN quantities.value_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.value_text IS 'The quantity exactly as written, e.g. ''150 tractors''.';


--
-- Name: COLUMN quantities.status; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.status IS 'actual, estimate, forecast, target, allocation or amount.';


--
-- Name: COLUMN quantities.proposal_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.proposal_id IS 'Proposal it belongs to, if any.';


--
-- Name: COLUMN quantities.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.meeting_id IS 'Meeting it belongs to, if any.';


--
-- Name: COLUMN quantities.twinning_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.twinning_id IS 'Twinning agreement it belongs to, if any.';


--
-- Name: COLUMN quantities.statement_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.statement_id IS 'Statement it belongs to, if any.';


--
-- Name: COLUMN quantities.trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.trade_figure_id IS 'Trade figure it belongs to, if any.';


--
-- Name: COLUMN quantities.period_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_label IS 'The period as stated, e.g. ''by 2025''.';


--
-- Name: COLUMN quantities.period_start; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_start IS 'First day of the period, when known.';


--
-- Name: COLUMN quantities.period_end; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_end IS 'Last day of the period, when known.';


--
-- Name: COLUMN quantities.period_kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_kind IS 'calendar_year, part_year, multi_year or unknown.';


--
-- Name: COLUMN quantities.period_months; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN quantities.period_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_basis IS 'How the period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN quantities.period_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN quantities.source_error; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.source_error IS 'True when the quantity as written is a probable error of the source (kept as written).';


--
-- Name: COLUMN quantities.source_error_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.source_error_note IS 'Why the quantity is taken for a source error.';


--
-- Name: COLUMN quantities.corrected_low; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.corrected_low IS 'Lower bound of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_high; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.corrected_high IS 'Upper bound of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_best; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.corrected_best IS 'Best single value of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.corrected_text IS 'The quantity as it should read, when given.';


--
-- Name: COLUMN quantities.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.note IS 'Curator''s note.';


--
-- Name: COLUMN quantities.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.source_id IS 'Id of the source.';


--
-- Name: COLUMN quantities.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN quantities.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN quantities.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.date_for_axis IS 'Date to plot the row at: the first day of its period, else its meeting''s date, else its article''s, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN quantities.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN quantities.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.date_source IS 'Where date_for_axis comes from: own (its period), meeting (its meeting''s date), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN quantities.status_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.status_label IS 'status in words, for display.';


--
-- Name: COLUMN quantities.period_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.quantities.period_basis_label IS 'period_basis in words, for display.';


--
-- Name: region_names; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.region_names (
    region_name_id bigint NOT NULL,
    region_id bigint,
    name text,
    lang character varying(2)
);



--
-- Name: TABLE region_names; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.region_names IS 'Other names of regions, Russian ones included: one row per name (the rows behind reporting.regions.other_names). Not additive.';


--
-- Name: COLUMN region_names.region_name_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.region_names.region_name_id IS 'Id of the name.';


--
-- Name: COLUMN region_names.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.region_names.region_id IS 'Id of the region (reporting.regions).';


--
-- Name: COLUMN region_names.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.region_names.name IS 'The name.';


--
-- Name: COLUMN region_names.lang; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.region_names.lang IS 'ISO 639-1 language of the name.';


--
-- Name: regions; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.regions (
    region_id bigint NOT NULL,
    name text,
    kind text,
    country character varying(2),
    iso_code text,
    parent text,
    other_names text,
    note text,
    citation_url text,
    citation_publication text,
    citation_says text
);



--
-- Name: TABLE regions; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.regions IS 'Countries, oblasts and cities: one row per region. other_names has one row per name in reporting.region_names. Not additive.';


--
-- Name: COLUMN regions.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.region_id IS 'Id of the region.';


--
-- Name: COLUMN regions.name; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.name IS 'Preferred English name.';


--
-- Name: COLUMN regions.kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.kind IS 'country, federal_city, oblast, district or city.';


--
-- Name: COLUMN regions.country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.country IS 'ISO 3166-1 alpha-2 country.';


--
-- Name: COLUMN regions.iso_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.iso_code IS 'ISO 3166-1 or 3166-2 code, where one exists (e.g. RU-KRS).';


--
-- Name: COLUMN regions.parent; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.parent IS 'Name of the enclosing region.';


--
-- Name: COLUMN regions.other_names; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.other_names IS 'Other names, Russian ones included, separated by ''; ''.';


--
-- Name: COLUMN regions.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.note IS 'Curator''s note on the region: what no article states, with the citation that supports it.';


--
-- Name: COLUMN regions.citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN regions.citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN regions.citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.regions.citation_says IS 'What the outside source says.';


--
-- Name: source_dates; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.source_dates (
    source_date_id bigint NOT NULL,
    role text,
    year integer,
    month integer,
    day integer,
    earliest date,
    latest date,
    basis text,
    note text,
    citation_url text,
    citation_publication text,
    citation_says text,
    source_id bigint,
    source_file text,
    quote text,
    date_for_axis date,
    date_precision text,
    date_source text,
    basis_label text
);



--
-- Name: TABLE source_dates; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.source_dates IS 'Dates an article carries besides its publication date (reporting.sources): its dateline''s own date, its page''s own date. Not additive. Time axis: date_for_axis (a date without a year has none and falls out of time filters).';


--
-- Name: COLUMN source_dates.source_date_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.source_date_id IS 'Id of the date.';


--
-- Name: COLUMN source_dates.role; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.role IS 'dateline (the dateline''s own date) or page (the page''s own date, e.g. when it was captured).';


--
-- Name: COLUMN source_dates.year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.year IS 'Year, when known (see basis).';


--
-- Name: COLUMN source_dates.month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.month IS 'Month (1-12), when known.';


--
-- Name: COLUMN source_dates.day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.day IS 'Day of month, when known.';


--
-- Name: COLUMN source_dates.earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.earliest IS 'Earliest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN source_dates.latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.latest IS 'Latest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN source_dates.basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.basis IS 'stated (in the quote), inferred (see note), external (see citation_*) or unknown.';


--
-- Name: COLUMN source_dates.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.note IS 'Why an inferred date was inferred; any other remark.';


--
-- Name: COLUMN source_dates.citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.citation_url IS 'For an external date: address of the outside source.';


--
-- Name: COLUMN source_dates.citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.citation_publication IS 'For an external date: the outside publication named.';


--
-- Name: COLUMN source_dates.citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.citation_says IS 'For an external date: what the outside source states.';


--
-- Name: COLUMN source_dates.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.source_id IS 'Id of the source.';


--
-- Name: COLUMN source_dates.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN source_dates.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN source_dates.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.date_for_axis IS 'Date to plot the row at: this date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN source_dates.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN source_dates.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.date_source IS 'Where date_for_axis comes from: own (this date); none when undated.';


--
-- Name: COLUMN source_dates.basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.source_dates.basis_label IS 'basis in words, for display.';


--
-- Name: sources; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.sources (
    source_id bigint NOT NULL,
    source_file text,
    title text,
    publisher text,
    dateline text,
    published_year integer,
    published_month integer,
    published_day integer,
    published_date date,
    published_basis text,
    sha256 text,
    text text,
    published_earliest date,
    published_latest date,
    published_note text,
    published_citation_url text,
    published_citation_publication text,
    published_citation_says text,
    date_for_axis date,
    date_precision text,
    date_source text,
    published_basis_label text
);



--
-- Name: TABLE sources; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.sources IS 'Articles: one row per source, with its full text. published_year is NULL where the article states no year of publication (coopdb never guesses one); such articles have no date_for_axis and fall out of time filters, and so do the facts that take their date from them. Not additive.';


--
-- Name: COLUMN sources.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.source_id IS 'Id of the source; facts in other views point here.';


--
-- Name: COLUMN sources.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.source_file IS 'Name of the article file in the curated seeds.';


--
-- Name: COLUMN sources.title; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.title IS 'Headline as printed; NULL when the article has none.';


--
-- Name: COLUMN sources.publisher; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.publisher IS 'Publisher, only when the text names it.';


--
-- Name: COLUMN sources.dateline; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.dateline IS 'Place of the dateline (e.g. MOSCOW), when there is one.';


--
-- Name: COLUMN sources.published_year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_year IS 'Year of publication, when known.';


--
-- Name: COLUMN sources.published_month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_month IS 'Month of publication (1-12), when known.';


--
-- Name: COLUMN sources.published_day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_day IS 'Day of publication, when known.';


--
-- Name: COLUMN sources.published_date; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_date IS 'Full publication date, only when year, month and day are known.';


--
-- Name: COLUMN sources.published_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_basis IS 'stated, inferred or unknown.';


--
-- Name: COLUMN sources.sha256; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.sha256 IS 'SHA-256 of the article file, to check it was not altered.';


--
-- Name: COLUMN sources.text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.text IS 'The full article text, unchanged.';


--
-- Name: COLUMN sources.published_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_earliest IS 'Earliest day the known parts of the publication date allow (NULL without a year).';


--
-- Name: COLUMN sources.published_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_latest IS 'Latest day the known parts of the publication date allow (NULL without a year).';


--
-- Name: COLUMN sources.published_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_note IS 'Why an inferred publication date was inferred; any other remark.';


--
-- Name: COLUMN sources.published_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_citation_url IS 'For an external publication date: address of the outside source.';


--
-- Name: COLUMN sources.published_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_citation_publication IS 'For an external publication date: the outside publication named.';


--
-- Name: COLUMN sources.published_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_citation_says IS 'For an external publication date: what the outside source states.';


--
-- Name: COLUMN sources.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.date_for_axis IS 'Date to plot the row at: its publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN sources.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN sources.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.date_source IS 'Where date_for_axis comes from: own (its publication date); none when undated.';


--
-- Name: COLUMN sources.published_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.sources.published_basis_label IS 'published_basis in words, for display.';


--
-- Name: statements; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.statements (
    statement_id bigint NOT NULL,
    key text,
    kind text,
    speaker text,
    speaker_official_id bigint,
    side text,
    summary text,
    russian_region text,
    russian_region_code text,
    sector text,
    meeting_id bigint,
    note text,
    source_id bigint,
    source_file text,
    quote text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint,
    official_id bigint,
    side_label text
);



--
-- Name: TABLE statements; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.statements IS 'Statements: intentions, assessments, commitments and claims, one row each. Not additive: count rows. Time axis: date_for_axis (its meeting''s date, else its article''s; undated statements fall out of time filters).';


--
-- Name: COLUMN statements.statement_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.statement_id IS 'Id of the statement.';


--
-- Name: COLUMN statements.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.key IS 'Curated key of the statement, unique across the seeds folder.';


--
-- Name: COLUMN statements.kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.kind IS 'intention, assessment, commitment or claim.';


--
-- Name: COLUMN statements.speaker; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.speaker IS 'Who made it (preferred spelling), when the text names one person.';


--
-- Name: COLUMN statements.speaker_official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.speaker_official_id IS 'Id of the speaker (reporting.officials), when named.';


--
-- Name: COLUMN statements.side; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.side IS 'BY or RU: whose statement it is (the speaker''s country unless stated); NULL when not known.';


--
-- Name: COLUMN statements.summary; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.summary IS 'Curator''s one-line summary.';


--
-- Name: COLUMN statements.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.russian_region IS 'Russian region concerned; NULL for none.';


--
-- Name: COLUMN statements.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN statements.sector; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.sector IS 'Sector concerned, when one is.';


--
-- Name: COLUMN statements.meeting_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.meeting_id IS 'Meeting it was made at (reporting.meetings), if any; possibly another article''s.';


--
-- Name: COLUMN statements.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.note IS 'Curator''s note on the statement, when there is one.';


--
-- Name: COLUMN statements.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.source_id IS 'Id of the source.';


--
-- Name: COLUMN statements.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN statements.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN statements.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.date_for_axis IS 'Date to plot the row at: the date of its meeting, else of its article, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN statements.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN statements.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.date_source IS 'Where date_for_axis comes from: meeting (its meeting''s date), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN statements.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.russian_region_id IS 'Id of the Russian region concerned (reporting.regions.region_id); NULL for none.';


--
-- Name: COLUMN statements.official_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.official_id IS 'Id of the speaker (reporting.officials), when named: the same as speaker_official_id, named for joins.';


--
-- Name: COLUMN statements.side_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.statements.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: trade_by_year; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.trade_by_year (
    trade_year_id text NOT NULL,
    russian_region_id bigint,
    russian_region text,
    russian_region_code text,
    flow text,
    year integer,
    value_low_usd numeric,
    value_high_usd numeric,
    value_best_usd numeric,
    figures_count integer,
    sources_count integer,
    sources_disagree boolean,
    figure_status text,
    preferred_trade_figure_id bigint,
    date_for_axis date,
    date_precision text,
    date_source text
);



--
-- Name: TABLE trade_by_year; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.trade_by_year IS 'Calendar-year trade between Belarus and each Russian region: one row per region, flow and year, from actual and estimated figures in US dollars for exactly one calendar year (reporting.trade_figures with period_kind calendar_year; part years, multi-year and undated figures are left out). Additive: value_best_usd may be summed over regions and years within one flow (never add turnover to exports or imports); sums of value_low_usd and value_high_usd bound the sum. Every row has a date_for_axis (1 January of its year), so none falls out of a time filter.';


--
-- Name: COLUMN trade_by_year.trade_year_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.trade_year_id IS 'Key of the row: russian_region_id, flow and year joined by ''-'' (e.g. ''3-turnover-2021'').';


--
-- Name: COLUMN trade_by_year.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id).';


--
-- Name: COLUMN trade_by_year.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_by_year.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_by_year.flow; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.flow IS 'turnover, exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_by_year.year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.year IS 'Calendar year.';


--
-- Name: COLUMN trade_by_year.value_low_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.value_low_usd IS 'Lowest lower bound the figures give, in US dollars; NULL when one of them is open below.';


--
-- Name: COLUMN trade_by_year.value_high_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.value_high_usd IS 'Highest upper bound the figures give, in US dollars; NULL when one of them is open above.';


--
-- Name: COLUMN trade_by_year.value_best_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.value_best_usd IS 'Best single value in US dollars: the preferred figure''s, else the mean of the figures'' best values (rounded to the cent). Safe to sum within one flow.';


--
-- Name: COLUMN trade_by_year.figures_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.figures_count IS 'Trade figures counted.';


--
-- Name: COLUMN trade_by_year.sources_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.sources_count IS 'Articles reporting those figures: defining and attesting ones (reporting.attestations), each counted once.';


--
-- Name: COLUMN trade_by_year.sources_disagree; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.sources_disagree IS 'True when the figures give different values for the same region, flow and year.';


--
-- Name: COLUMN trade_by_year.figure_status; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.figure_status IS 'actual when every figure counted is actual; estimate when one is an estimate.';


--
-- Name: COLUMN trade_by_year.preferred_trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.preferred_trade_figure_id IS 'The figure ranked preferred among them (reporting.trade_figures), when one is.';


--
-- Name: COLUMN trade_by_year.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.date_for_axis IS '1 January of the year: never NULL, so no row falls out of a time filter.';


--
-- Name: COLUMN trade_by_year.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.date_precision IS 'Always year.';


--
-- Name: COLUMN trade_by_year.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_by_year.date_source IS 'Always own (the figures'' period).';


--
-- Name: trade_figure_groups; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.trade_figure_groups (
    trade_figure_id bigint NOT NULL,
    figure_group_id bigint,
    group_size integer,
    rank text,
    source_id bigint,
    value_text text,
    values_differ boolean,
    preferred_trade_figure_id bigint
);



--
-- Name: TABLE trade_figure_groups; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.trade_figure_groups IS 'Trade figures grouped by what they report: one row per figure, with its group; sources disagree where values_differ. Not additive: to sum trade, use reporting.trade_by_year, which counts each calendar-year quantity once.';


--
-- Name: COLUMN trade_figure_groups.trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.trade_figure_id IS 'Id of the trade figure.';


--
-- Name: COLUMN trade_figure_groups.figure_group_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.figure_group_id IS 'Id of the figure group: the smallest trade figure id in it.';


--
-- Name: COLUMN trade_figure_groups.group_size; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.group_size IS 'Figures in the group (1: alone).';


--
-- Name: COLUMN trade_figure_groups.rank; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.rank IS 'preferred, normal or deprecated.';


--
-- Name: COLUMN trade_figure_groups.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.source_id IS 'Id of the figure''s source.';


--
-- Name: COLUMN trade_figure_groups.value_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.value_text IS 'The figure''s value as written.';


--
-- Name: COLUMN trade_figure_groups.values_differ; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.values_differ IS 'True when the figures of the group give different values: the sources disagree.';


--
-- Name: COLUMN trade_figure_groups.preferred_trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figure_groups.preferred_trade_figure_id IS 'The group''s preferred figure, when one is ranked preferred (at most one is).';


--
-- Name: trade_figures; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.trade_figures (
    trade_figure_id bigint NOT NULL,
    russian_region text,
    russian_region_code text,
    partner_country character varying(2),
    flow text,
    period_label text,
    period_start date,
    period_end date,
    value_low_usd numeric,
    value_high_usd numeric,
    value_qualifier text,
    is_approximate boolean,
    value_text text,
    change_pct numeric(7,2),
    compared_with text,
    compared_start date,
    compared_end date,
    prior_value_low_usd numeric,
    prior_value_high_usd numeric,
    note text,
    source_id bigint,
    source_file text,
    quote text,
    russian_region_id bigint,
    figure_status text,
    value_best_usd numeric,
    value_qualifier_words text,
    change_low_pct numeric(9,2),
    change_high_pct numeric(9,2),
    change_best_pct numeric(9,2),
    change_qualifier text,
    change_direction text,
    change_text text,
    period_kind text,
    period_months integer,
    period_basis text,
    period_note text,
    rank text,
    same_as_trade_figure_id bigint,
    source_error boolean,
    source_error_note text,
    corrected_low_usd numeric,
    corrected_high_usd numeric,
    corrected_text text,
    currency character varying(3),
    is_trade_history boolean,
    change_qualifier_words text,
    period_start_precision text,
    period_end_precision text,
    compared_kind text,
    compared_months integer,
    compared_basis text,
    compared_note text,
    corrected_best_usd numeric,
    date_for_axis date,
    date_precision text,
    date_source text,
    figure_status_label text,
    period_basis_label text,
    period_kind_label text
);



--
-- Name: TABLE trade_figures; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.trade_figures IS 'Trade between Belarus and Russian regions: one row per figure quoted. Not additive as it stands: figures cover different periods (period_kind, period_months), statuses (figure_status) and often the same quantity twice (reporting.trade_figure_groups); sum reporting.trade_by_year instead. Time axis: date_for_axis, the start of the period (figures without one fall out of time filters).';


--
-- Name: COLUMN trade_figures.trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.trade_figure_id IS 'Id of the trade figure.';


--
-- Name: COLUMN trade_figures.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_figures.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_figures.partner_country; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.partner_country IS 'The other party (BY).';


--
-- Name: COLUMN trade_figures.flow; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.flow IS 'turnover, exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_figures.period_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_label IS 'The period as stated; NULL when the text states none.';


--
-- Name: COLUMN trade_figures.period_start; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_start IS 'First day of the period, when known.';


--
-- Name: COLUMN trade_figures.period_end; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_end IS 'Last day of the period, when known.';


--
-- Name: COLUMN trade_figures.value_low_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_low_usd IS 'Lower bound in US dollars (not millions); = high for a point value.';


--
-- Name: COLUMN trade_figures.value_high_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_high_usd IS 'Upper bound in US dollars (not millions).';


--
-- Name: COLUMN trade_figures.value_qualifier; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN trade_figures.is_approximate; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.is_approximate IS 'True when the text called the value approximate.';


--
-- Name: COLUMN trade_figures.value_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_text IS 'The value exactly as written.';


--
-- Name: COLUMN trade_figures.change_pct; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_pct IS 'Stated change in percent against the comparison period.';


--
-- Name: COLUMN trade_figures.compared_with; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_with IS 'The comparison period as stated.';


--
-- Name: COLUMN trade_figures.compared_start; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_start IS 'First day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.compared_end; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_end IS 'Last day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.prior_value_low_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.prior_value_low_usd IS 'Lower bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';


--
-- Name: COLUMN trade_figures.prior_value_high_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.prior_value_high_usd IS 'Upper bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';


--
-- Name: COLUMN trade_figures.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.note IS 'Curator''s note.';


--
-- Name: COLUMN trade_figures.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.source_id IS 'Id of the source.';


--
-- Name: COLUMN trade_figures.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN trade_figures.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN trade_figures.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.russian_region_id IS 'Id of the Russian region.';


--
-- Name: COLUMN trade_figures.figure_status; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.figure_status IS 'actual or estimate (trade history), forecast or target (shown apart from history).';


--
-- Name: COLUMN trade_figures.value_best_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_best_usd IS 'Best single value in US dollars: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN trade_figures.value_qualifier_words; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.value_qualifier_words IS 'The qualifier''s words as written (e.g. ''nearly''); NULL when none.';


--
-- Name: COLUMN trade_figures.change_low_pct; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_low_pct IS 'Lower bound of the change''s magnitude in percent (>= 0; NULL when open).';


--
-- Name: COLUMN trade_figures.change_high_pct; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_high_pct IS 'Upper bound of the change''s magnitude in percent (>= 0; NULL when open).';


--
-- Name: COLUMN trade_figures.change_best_pct; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_best_pct IS 'Best single magnitude of the change in percent (>= 0).';


--
-- Name: COLUMN trade_figures.change_qualifier; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_qualifier IS 'Class of the change''s qualifier (exact, approximately, nearly, over, under, up_to, range); NULL for a direction with no number.';


--
-- Name: COLUMN trade_figures.change_direction; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_direction IS 'increase, decrease or unchanged.';


--
-- Name: COLUMN trade_figures.change_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_text IS 'The change exactly as written, e.g. ''went up 40.5%''.';


--
-- Name: COLUMN trade_figures.period_kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_kind IS 'calendar_year, part_year, multi_year or unknown (derived from the interval or months).';


--
-- Name: COLUMN trade_figures.period_months; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.period_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_basis IS 'How the period''s interval is known: stated, inferred (see period_note), external or unknown.';


--
-- Name: COLUMN trade_figures.period_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN trade_figures.rank; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.rank IS 'preferred, normal or deprecated within its figure group (see reporting.trade_figure_groups).';


--
-- Name: COLUMN trade_figures.same_as_trade_figure_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.same_as_trade_figure_id IS 'A figure of another article this one reports the same quantity as.';


--
-- Name: COLUMN trade_figures.source_error; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.source_error IS 'True when the value as written is a probable error of the source (kept as written).';


--
-- Name: COLUMN trade_figures.source_error_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.source_error_note IS 'Why the value is taken for a source error.';


--
-- Name: COLUMN trade_figures.corrected_low_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.corrected_low_usd IS 'Lower bound in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_high_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.corrected_high_usd IS 'Upper bound in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_text; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.corrected_text IS 'The value as it should read, e.g. ''$3 billion'', when given.';


--
-- Name: COLUMN trade_figures.currency; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.currency IS 'ISO 4217 code of the value (the _usd columns are NULL for other currencies).';


--
-- Name: COLUMN trade_figures.is_trade_history; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.is_trade_history IS 'True for actual and estimate figures: what sums and trade by year use.';


--
-- Name: COLUMN trade_figures.change_qualifier_words; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.change_qualifier_words IS 'The change''s qualifier words as written, e.g. ''more than''.';


--
-- Name: COLUMN trade_figures.period_start_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_start_precision IS 'Precision of the period''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.period_end_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_end_precision IS 'Precision of the period''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.compared_kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_kind IS 'Kind of the comparison period: calendar_year, part_year, multi_year or unknown.';


--
-- Name: COLUMN trade_figures.compared_months; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_months IS 'Whole months of the comparison period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.compared_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_basis IS 'How the comparison period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN trade_figures.compared_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.compared_note IS 'Why an inferred comparison period was inferred.';


--
-- Name: COLUMN trade_figures.corrected_best_usd; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.corrected_best_usd IS 'Best single value in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.date_for_axis IS 'Date to plot the row at: the first day of the figure''s period, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN trade_figures.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN trade_figures.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.date_source IS 'Where date_for_axis comes from: own (the figure''s period; a figure takes no date from its article: an undated figure is not the article''s year); none when undated.';


--
-- Name: COLUMN trade_figures.figure_status_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.figure_status_label IS 'figure_status in words, for display.';


--
-- Name: COLUMN trade_figures.period_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_basis_label IS 'period_basis in words, for display.';


--
-- Name: COLUMN trade_figures.period_kind_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_figures.period_kind_label IS 'period_kind in words, for display.';


--
-- Name: trade_goods; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.trade_goods (
    trade_good_id bigint NOT NULL,
    russian_region text,
    russian_region_code text,
    direction text,
    goods text,
    source_id bigint,
    source_file text,
    quote text,
    note text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint
);



--
-- Name: TABLE trade_goods; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.trade_goods IS 'Goods named as traded between Belarus and a Russian region: one row per good. Not additive (no amounts): count rows. Time axis: date_for_axis, the article''s date (rows of undated articles fall out of time filters).';


--
-- Name: COLUMN trade_goods.trade_good_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.trade_good_id IS 'Id of the row.';


--
-- Name: COLUMN trade_goods.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_goods.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_goods.direction; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.direction IS 'exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_goods.goods; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.goods IS 'The goods, as named.';


--
-- Name: COLUMN trade_goods.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.source_id IS 'Id of the source.';


--
-- Name: COLUMN trade_goods.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN trade_goods.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN trade_goods.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.note IS 'Curator''s note.';


--
-- Name: COLUMN trade_goods.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN trade_goods.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN trade_goods.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN trade_goods.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.trade_goods.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id).';


--
-- Name: twinning; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.twinning (
    twinning_id bigint NOT NULL,
    russian_region text,
    russian_region_code text,
    belarusian_regions text,
    districts_count integer,
    status text,
    year integer,
    month integer,
    day integer,
    date_earliest date,
    date_latest date,
    date_basis text,
    source_id bigint,
    source_file text,
    quote text,
    key text,
    note text,
    level text,
    units_count_by integer,
    units_count_ru integer,
    renews_id bigint,
    renews_key text,
    original_year integer,
    original_month integer,
    original_day integer,
    original_earliest date,
    original_latest date,
    original_basis text,
    original_note text,
    original_citation_url text,
    original_citation_publication text,
    original_citation_says text,
    date_note text,
    date_citation_url text,
    date_citation_publication text,
    date_citation_says text,
    date_for_axis date,
    date_precision text,
    date_source text,
    russian_region_id bigint,
    belarusian_region_id bigint,
    status_label text,
    date_basis_label text
);



--
-- Name: TABLE twinning; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.twinning IS 'Twinning agreements between districts or cities: one row per agreement. Time axis: date_for_axis with date_precision (''planned in 2022'' is 2022-01-01 with precision year; undated agreements fall out of time filters). districts_count is additive only over agreements of one status that do not renew one another; the region lists have one row per element in reporting.twinning_regions.';


--
-- Name: COLUMN twinning.twinning_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.twinning_id IS 'Id of the agreement.';


--
-- Name: COLUMN twinning.russian_region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.russian_region IS 'Russian region(s) whose districts are twinned.';


--
-- Name: COLUMN twinning.russian_region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN twinning.belarusian_regions; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.belarusian_regions IS 'Belarusian region(s) named; ''Belarus'' when only the country is.';


--
-- Name: COLUMN twinning.districts_count; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.districts_count IS 'Number of districts or municipalities paired, when stated.';


--
-- Name: COLUMN twinning.status; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.status IS 'planned, signed or renewed.';


--
-- Name: COLUMN twinning.year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.year IS 'Year, when known.';


--
-- Name: COLUMN twinning.month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.month IS 'Month, when known.';


--
-- Name: COLUMN twinning.day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.day IS 'Day, when known.';


--
-- Name: COLUMN twinning.date_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_earliest IS 'Earliest day the known parts allow.';


--
-- Name: COLUMN twinning.date_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_latest IS 'Latest day the known parts allow.';


--
-- Name: COLUMN twinning.date_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN twinning.source_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.source_id IS 'Id of the source.';


--
-- Name: COLUMN twinning.source_file; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN twinning.quote; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN twinning.key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.key IS 'Curated key, unique across the folder.';


--
-- Name: COLUMN twinning.note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.note IS 'Curator''s note on the agreement, when there is one.';


--
-- Name: COLUMN twinning.level; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.level IS 'What is twinned: district, city or oblast; NULL when the text does not say.';


--
-- Name: COLUMN twinning.units_count_by; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.units_count_by IS 'Number of Belarusian districts or cities twinned, when stated.';


--
-- Name: COLUMN twinning.units_count_ru; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.units_count_ru IS 'Number of Russian districts or cities twinned, when stated.';


--
-- Name: COLUMN twinning.renews_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.renews_id IS 'The agreement this one renews (its twinning_id), when it is recorded.';


--
-- Name: COLUMN twinning.renews_key; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.renews_key IS 'Key of the agreement this one renews.';


--
-- Name: COLUMN twinning.original_year; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_year IS 'Year the renewed agreement was first signed, when known.';


--
-- Name: COLUMN twinning.original_month; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_month IS 'Month of the first signing, when known.';


--
-- Name: COLUMN twinning.original_day; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_day IS 'Day of the first signing, when known.';


--
-- Name: COLUMN twinning.original_earliest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_earliest IS 'Earliest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning.original_latest; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_latest IS 'Latest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning.original_basis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_basis IS 'How the first signing''s date is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN twinning.original_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_note IS 'Why an inferred first-signing date was inferred.';


--
-- Name: COLUMN twinning.original_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_citation_url IS 'For an external first-signing date: the outside source''s address.';


--
-- Name: COLUMN twinning.original_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_citation_publication IS 'For an external first-signing date: the outside publication.';


--
-- Name: COLUMN twinning.original_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.original_citation_says IS 'For an external first-signing date: what the outside source says.';


--
-- Name: COLUMN twinning.date_note; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_note IS 'Why an inferred date was inferred.';


--
-- Name: COLUMN twinning.date_citation_url; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_citation_url IS 'For an external date: the outside source''s address.';


--
-- Name: COLUMN twinning.date_citation_publication; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_citation_publication IS 'For an external date: the outside publication.';


--
-- Name: COLUMN twinning.date_citation_says; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_citation_says IS 'For an external date: what the outside source says.';


--
-- Name: COLUMN twinning.date_for_axis; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_for_axis IS 'Date to plot the row at: the agreement''s date (planned: when it is to be signed), the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN twinning.date_precision; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN twinning.date_source; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_source IS 'Where date_for_axis comes from: own (the agreement''s date); none when undated.';


--
-- Name: COLUMN twinning.russian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';


--
-- Name: COLUMN twinning.belarusian_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.belarusian_region_id IS 'Id of the Belarusian region (reporting.regions.region_id, possibly the country Belarus) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';


--
-- Name: COLUMN twinning.status_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.status_label IS 'status in words, for display.';


--
-- Name: COLUMN twinning.date_basis_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: twinning_regions; Type: TABLE; Schema: reporting
--

CREATE TABLE reporting.twinning_regions (
    twinning_region_id text NOT NULL,
    twinning_id bigint,
    region_id bigint,
    side text,
    side_label text,
    region text,
    region_code text,
    region_kind text
);



--
-- Name: TABLE twinning_regions; Type: COMMENT; Schema: reporting
--

COMMENT ON TABLE reporting.twinning_regions IS 'Regions named by twinning agreements: one row per agreement and region, either side (the rows behind reporting.twinning.russian_region and belarusian_regions). Not additive: count rows or distinct twinning_id. Date: join reporting.twinning on twinning_id for date_for_axis.';


--
-- Name: COLUMN twinning_regions.twinning_region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.twinning_region_id IS 'Key of the row: twinning_id and region_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN twinning_regions.twinning_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.twinning_id IS 'Id of the agreement (reporting.twinning).';


--
-- Name: COLUMN twinning_regions.region_id; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.region_id IS 'Id of the region (reporting.regions); the country Belarus when the article names no oblast.';


--
-- Name: COLUMN twinning_regions.side; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.side IS 'BY (Belarusian side) or RU (Russian side).';


--
-- Name: COLUMN twinning_regions.side_label; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: COLUMN twinning_regions.region; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.region IS 'Preferred English name of the region.';


--
-- Name: COLUMN twinning_regions.region_code; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.region_code IS 'ISO 3166 code of the region.';


--
-- Name: COLUMN twinning_regions.region_kind; Type: COMMENT; Schema: reporting
--

COMMENT ON COLUMN reporting.twinning_regions.region_kind IS 'country, federal_city, oblast, district or city.';


--
-- Name: attestations; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.attestations AS
 WITH target AS NOT MATERIALIZED (
         SELECT 'meeting'::text AS kind,
            meetings.id,
            meetings.key,
            meetings.source_id,
            meetings.note,
            meetings.quote
           FROM core.meetings
        UNION ALL
         SELECT 'proposal'::text AS text,
            proposals.id,
            proposals.key,
            proposals.source_id,
            proposals.note,
            proposals.quote
           FROM core.proposals
        UNION ALL
         SELECT 'trade_figure'::text AS text,
            trade_figures.id,
            trade_figures.key,
            trade_figures.source_id,
            trade_figures.note,
            trade_figures.quote
           FROM core.trade_figures
        UNION ALL
         SELECT 'twinning'::text AS text,
            twinning_agreements.id,
            twinning_agreements.key,
            twinning_agreements.source_id,
            twinning_agreements.note,
            twinning_agreements.quote
           FROM core.twinning_agreements
        UNION ALL
         SELECT 'statement'::text AS text,
            statements.id,
            statements.key,
            statements.source_id,
            statements.note,
            statements.quote
           FROM core.statements
        )
 SELECT NULL::bigint AS attestation_id,
    t.kind,
    t.id AS target_id,
    t.key AS target_key,
    true AS is_defining,
    t.source_id AS defined_in_source_id,
    d.file_name AS defined_in_file,
    t.note,
    t.source_id,
    d.file_name AS source_file,
    t.quote,
    d.date_earliest AS date_for_axis,
        CASE
            WHEN (d.date_earliest IS NULL) THEN 'none'::text
            WHEN (d.date_earliest = COALESCE(d.date_latest, d.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (d.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (d.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (d.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (d.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (d.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (d.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM d.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM d.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (d.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
        CASE
            WHEN (t.kind = 'meeting'::text) THEN t.id
            ELSE NULL::bigint
        END AS meeting_id,
        CASE
            WHEN (t.kind = 'proposal'::text) THEN t.id
            ELSE NULL::bigint
        END AS proposal_id,
        CASE
            WHEN (t.kind = 'trade_figure'::text) THEN t.id
            ELSE NULL::bigint
        END AS trade_figure_id,
        CASE
            WHEN (t.kind = 'twinning'::text) THEN t.id
            ELSE NULL::bigint
        END AS twinning_id,
        CASE
            WHEN (t.kind = 'statement'::text) THEN t.id
            ELSE NULL::bigint
        END AS statement_id,
    ((('defining-'::text || t.kind) || '-'::text) || (t.id)::text) AS attestation_key
   FROM (target t
     JOIN core.sources d ON ((d.id = t.source_id)))
UNION ALL
 SELECT a.id AS attestation_id,
    t.kind,
    t.id AS target_id,
    t.key AS target_key,
    false AS is_defining,
    t.source_id AS defined_in_source_id,
    d.file_name AS defined_in_file,
    a.note,
    a.source_id,
    s.file_name AS source_file,
    a.quote,
    s.date_earliest AS date_for_axis,
        CASE
            WHEN (s.date_earliest IS NULL) THEN 'none'::text
            WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
        CASE
            WHEN (t.kind = 'meeting'::text) THEN t.id
            ELSE NULL::bigint
        END AS meeting_id,
        CASE
            WHEN (t.kind = 'proposal'::text) THEN t.id
            ELSE NULL::bigint
        END AS proposal_id,
        CASE
            WHEN (t.kind = 'trade_figure'::text) THEN t.id
            ELSE NULL::bigint
        END AS trade_figure_id,
        CASE
            WHEN (t.kind = 'twinning'::text) THEN t.id
            ELSE NULL::bigint
        END AS twinning_id,
        CASE
            WHEN (t.kind = 'statement'::text) THEN t.id
            ELSE NULL::bigint
        END AS statement_id,
    ('attestation-'::text || (a.id)::text) AS attestation_key
   FROM (((core.attestations a
     JOIN target t ON (((t.id = COALESCE(a.meeting_id, a.proposal_id, a.trade_figure_id, a.twinning_id, a.statement_id)) AND (t.kind =
        CASE
            WHEN (a.meeting_id IS NOT NULL) THEN 'meeting'::text
            WHEN (a.proposal_id IS NOT NULL) THEN 'proposal'::text
            WHEN (a.trade_figure_id IS NOT NULL) THEN 'trade_figure'::text
            WHEN (a.twinning_id IS NOT NULL) THEN 'twinning'::text
            ELSE 'statement'::text
        END))))
     JOIN core.sources d ON ((d.id = t.source_id)))
     JOIN core.sources s ON ((s.id = a.source_id)));



--
-- Name: VIEW attestations; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.attestations IS 'Which articles report each fact: one row for the article defining it (is_defining) and one per article attesting it; the rows behind the sources_count and reported_by columns. Key: attestation_key (attestation_id is NULL on defining rows). Not additive: count rows per fact for the number of sources. Time axis: date_for_axis, the date of the article whose words the row holds (rows of undated articles fall out of time filters).';


--
-- Name: COLUMN attestations.attestation_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.attestation_id IS 'Id of the attestation; NULL on the defining article''s row.';


--
-- Name: COLUMN attestations.kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.kind IS 'What is attested: meeting, proposal, trade_figure, twinning or statement.';


--
-- Name: COLUMN attestations.target_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.target_id IS 'Id of the fact in its view (reporting.meetings, .proposals, .trade_figures, .twinning, .statements).';


--
-- Name: COLUMN attestations.target_key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.target_key IS 'Curated key of the fact, unique across the seeds folder.';


--
-- Name: COLUMN attestations.is_defining; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.is_defining IS 'True on the row of the article that defines the fact (its own quote is the first attestation).';


--
-- Name: COLUMN attestations.defined_in_source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.defined_in_source_id IS 'Id of the source defining the fact (reporting.sources).';


--
-- Name: COLUMN attestations.defined_in_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.defined_in_file IS 'Article file defining the fact.';


--
-- Name: COLUMN attestations.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.note IS 'Curator''s note on the attestation (on the defining row: on the fact).';


--
-- Name: COLUMN attestations.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.source_id IS 'Id of the source whose words these are (reporting.sources).';


--
-- Name: COLUMN attestations.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN attestations.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN attestations.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.date_for_axis IS 'Date to plot the row at: the publication date of the article whose words these are, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN attestations.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN attestations.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN attestations.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.meeting_id IS 'Id of the meeting attested (reporting.meetings) when kind is meeting; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.proposal_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.proposal_id IS 'Id of the proposal attested (reporting.proposals) when kind is proposal; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.trade_figure_id IS 'Id of the trade figure attested (reporting.trade_figures) when kind is trade_figure; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.twinning_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.twinning_id IS 'Id of the twinning attested (reporting.twinning) when kind is twinning; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.statement_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.statement_id IS 'Id of the statement attested (reporting.statements) when kind is statement; NULL otherwise (the same as target_id, named for joins).';


--
-- Name: COLUMN attestations.attestation_key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.attestations.attestation_key IS 'Unique key of the row, stable across loads: ''defining-<kind>-<target_id>'' for the defining article''s row, ''attestation-<attestation_id>'' for an attesting one.';


--
-- Name: changes; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.changes AS
 SELECT c.load_id,
    l.finished_at AS loaded_at,
    c.relation,
    c.row_id,
    (c.row_key)::text AS row_key,
    c.operation
   FROM (core.changes c
     JOIN core.loads l ON ((l.id = c.load_id)));



--
-- Name: VIEW changes; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.changes IS 'Every row each load inserted, updated or deleted, one row per row and load: SELECT * FROM reporting.changes WHERE load_id > N is what changed since load N. relation names the core table and row_id is the row''s id there, which the reporting relation showing that table carries as its id (reporting.twinning for twinning_agreements, reporting.post_holders.holding_id for holdings). Ids stay stable across loads: an updated row keeps its id, a deleted id is never reused. Not additive: count rows (one per row and load).';


--
-- Name: COLUMN changes.load_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.load_id IS 'The load (reporting.loads.load_id).';


--
-- Name: COLUMN changes.loaded_at; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.loaded_at IS 'When that load finished.';


--
-- Name: COLUMN changes.relation; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.relation IS 'The core table the row is in, e.g. meetings, trade_figures, twinning_agreements.';


--
-- Name: COLUMN changes.row_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.row_id IS 'The row''s id in core.<relation>, the id of the reporting relation showing it (reporting.twinning.id for twinning_agreements); NULL for link tables without an id (meeting_regions, proposal_enterprises, twinning_regions), whose row_key names both ends.';


--
-- Name: COLUMN changes.row_key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.row_key IS 'The row''s natural key as JSON text, an object of column to value (cast to jsonb to read a field: row_key::jsonb ->> ''key''); it still identifies a deleted row.';


--
-- Name: COLUMN changes.operation; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.changes.operation IS 'insert (a new row), update (values changed, same id) or delete (the row is gone).';


--
-- Name: enterprise_mentions; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.enterprise_mentions AS
 SELECT m.id AS mention_id,
    e.id AS enterprise_id,
    e.name AS enterprise,
    e.country AS enterprise_country,
    sc.name AS enterprise_sector,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    m.name_as_written,
    m.source_id,
    s.file_name AS source_file,
    m.quote,
    m.note,
    s.date_earliest AS date_for_axis,
        CASE
            WHEN (s.date_earliest IS NULL) THEN 'none'::text
            WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
    m.region_id AS russian_region_id
   FROM ((((core.enterprise_mentions m
     JOIN core.enterprises e ON ((e.id = m.enterprise_id)))
     LEFT JOIN core.sectors sc ON ((sc.id = e.sector_id)))
     LEFT JOIN core.regions r ON ((r.id = m.region_id)))
     JOIN core.sources s ON ((s.id = m.source_id)));



--
-- Name: VIEW enterprise_mentions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.enterprise_mentions IS 'Enterprises named in the articles: one row per mention. Not additive: count rows or distinct enterprise_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';


--
-- Name: COLUMN enterprise_mentions.mention_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.mention_id IS 'Id of the mention.';


--
-- Name: COLUMN enterprise_mentions.enterprise_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.enterprise_id IS 'Id of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.enterprise IS 'Preferred name of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.enterprise_country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN enterprise_mentions.enterprise_sector; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.enterprise_sector IS 'Main sector of the enterprise, where known.';


--
-- Name: COLUMN enterprise_mentions.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.russian_region IS 'Russian region the mention concerns.';


--
-- Name: COLUMN enterprise_mentions.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN enterprise_mentions.name_as_written; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.name_as_written IS 'The name or alias as the text writes it.';


--
-- Name: COLUMN enterprise_mentions.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.source_id IS 'Id of the source.';


--
-- Name: COLUMN enterprise_mentions.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN enterprise_mentions.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN enterprise_mentions.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.note IS 'Curator''s note on the mention, when there is one.';


--
-- Name: COLUMN enterprise_mentions.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN enterprise_mentions.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN enterprise_mentions.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN enterprise_mentions.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_mentions.russian_region_id IS 'Id of the Russian region the mention concerns (reporting.regions.region_id).';


--
-- Name: enterprise_names; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.enterprise_names AS
 SELECT id AS enterprise_name_id,
    enterprise_id,
    name,
    is_preferred
   FROM core.enterprise_names n;



--
-- Name: VIEW enterprise_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.enterprise_names IS 'Spellings of enterprises: one row per name (the rows behind reporting.enterprises.other_names, plus the preferred name). Not additive.';


--
-- Name: COLUMN enterprise_names.enterprise_name_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_names.enterprise_name_id IS 'Id of the name.';


--
-- Name: COLUMN enterprise_names.enterprise_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_names.enterprise_id IS 'Id of the enterprise (reporting.enterprises).';


--
-- Name: COLUMN enterprise_names.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_names.name IS 'The name as the articles or the curator spell it.';


--
-- Name: COLUMN enterprise_names.is_preferred; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprise_names.is_preferred IS 'True for the preferred name (reporting.enterprises.name).';


--
-- Name: enterprises; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.enterprises AS
 SELECT e.id AS enterprise_id,
    e.key,
    e.name,
    e.kind,
        CASE e.kind
            WHEN 'company'::text THEN 'Company'::text
            WHEN 'state_body'::text THEN 'State body'::text
            WHEN 'other'::text THEN 'Other'::text
            ELSE NULL::text
        END AS kind_label,
    e.country,
    e.region_id,
    r.name AS region,
    r.iso_code AS region_code,
    sc.name AS sector,
    ( SELECT string_agg(n.name, '; '::text ORDER BY n.name) AS string_agg
           FROM core.enterprise_names n
          WHERE ((n.enterprise_id = e.id) AND (NOT n.is_preferred))) AS other_names,
    (( SELECT count(*) AS count
           FROM core.enterprise_mentions m
          WHERE (m.enterprise_id = e.id)))::integer AS mentions_count,
    (( SELECT count(*) AS count
           FROM core.proposal_enterprises pe
          WHERE (pe.enterprise_id = e.id)))::integer AS proposals_count,
    e.note,
    (e.citation ->> 'url'::text) AS citation_url,
    (e.citation ->> 'publication'::text) AS citation_publication,
    (e.citation ->> 'says'::text) AS citation_says
   FROM ((core.enterprises e
     LEFT JOIN core.regions r ON ((r.id = e.region_id)))
     LEFT JOIN core.sectors sc ON ((sc.id = e.sector_id)));



--
-- Name: VIEW enterprises; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.enterprises IS 'Enterprises, companies and state bodies named in the articles: one row each. Mentions are in reporting.enterprise_mentions, proposals involving them in reporting.proposal_enterprises, other spellings one row each in reporting.enterprise_names. Not additive.';


--
-- Name: COLUMN enterprises.enterprise_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.enterprise_id IS 'Id of the enterprise; reporting.enterprise_mentions and reporting.proposal_enterprises point here.';


--
-- Name: COLUMN enterprises.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.key IS 'Curated key, unique across the seeds folder.';


--
-- Name: COLUMN enterprises.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.name IS 'Preferred name.';


--
-- Name: COLUMN enterprises.kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.kind IS 'company, state_body or other.';


--
-- Name: COLUMN enterprises.kind_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.kind_label IS 'kind in words, for display.';


--
-- Name: COLUMN enterprises.country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN enterprises.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.region_id IS 'Id of the region it is based in (reporting.regions.region_id), when recorded.';


--
-- Name: COLUMN enterprises.region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.region IS 'Name of the region it is based in, when recorded.';


--
-- Name: COLUMN enterprises.region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.region_code IS 'ISO 3166 code of that region.';


--
-- Name: COLUMN enterprises.sector; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.sector IS 'Main sector, when known.';


--
-- Name: COLUMN enterprises.other_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.other_names IS 'Other spellings seen in the articles, separated by ''; '' (one row each in reporting.enterprise_names).';


--
-- Name: COLUMN enterprises.mentions_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.mentions_count IS 'Mentions in the articles (rows of reporting.enterprise_mentions).';


--
-- Name: COLUMN enterprises.proposals_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.proposals_count IS 'Proposals involving it (rows of reporting.proposal_enterprises).';


--
-- Name: COLUMN enterprises.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.note IS 'Curator''s note on the enterprise: what no article states, with the citation that supports it.';


--
-- Name: COLUMN enterprises.citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN enterprises.citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN enterprises.citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.enterprises.citation_says IS 'What the outside source says.';


--
-- Name: loads; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.loads AS
 SELECT id AS load_id,
    started_at,
    finished_at,
    input_sha256,
    full_load,
    added,
    changed,
    removed,
    coopdb_version
   FROM core.loads l;



--
-- Name: VIEW loads; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.loads IS 'One row per coopdb load that changed the database (a load that changed nothing records no row), in order: what changed in each is in reporting.changes. A consumer remembers the last load_id it read and asks for the changes after it. added, changed and removed are additive over loads (their sum is the rows written since the first load).';


--
-- Name: COLUMN loads.load_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.load_id IS 'Load number, increasing; reporting.changes.load_id refers to it.';


--
-- Name: COLUMN loads.started_at; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.started_at IS 'When the load began.';


--
-- Name: COLUMN loads.finished_at; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.finished_at IS 'When the load had written its last row; it became visible then.';


--
-- Name: COLUMN loads.input_sha256; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.input_sha256 IS 'SHA-256 over every loaded article''s key and input fingerprint (its files, the shared files, the validator): two loads with the same value loaded the same input.';


--
-- Name: COLUMN loads.full_load; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.full_load IS 'True for coopdb load --full, which compares every article and repairs rows changed by hand.';


--
-- Name: COLUMN loads.added; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.added IS 'Rows inserted, over all core tables (reporting.changes has one row each).';


--
-- Name: COLUMN loads.changed; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.changed IS 'Rows updated, over all core tables.';


--
-- Name: COLUMN loads.removed; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.removed IS 'Rows deleted, over all core tables.';


--
-- Name: COLUMN loads.coopdb_version; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.loads.coopdb_version IS 'Version of coopdb that ran the load.';


--
-- Name: meeting_participants; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.meeting_participants AS
 SELECT mp.id AS participant_id,
    mp.meeting_id,
    o.id AS official_id,
    o.name AS official,
    p.title,
    mp.side,
    (m.date_year)::integer AS year,
    (m.date_month)::integer AS month,
    (m.date_day)::integer AS day,
    m.date_basis,
    mp.source_id,
    s.file_name AS source_file,
    mp.quote,
    mp.note,
    m.date_earliest AS date_for_axis,
        CASE
            WHEN (m.date_earliest IS NULL) THEN 'none'::text
            WHEN (m.date_earliest = COALESCE(m.date_latest, m.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (m.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (m.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (m.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM m.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM m.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (m.date_earliest IS NOT NULL) THEN 'meeting'::text
            ELSE 'none'::text
        END AS date_source,
    m.date AS meeting_date,
    rr.russian_region,
    rr.russian_region_code,
    rr.russian_region_id,
        CASE m.date_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS date_basis_label,
        CASE mp.side
            WHEN 'BY'::text THEN 'Belarus'::text
            WHEN 'RU'::text THEN 'Russia'::text
            WHEN 'both'::text THEN 'Both sides'::text
            ELSE NULL::text
        END AS side_label
   FROM (((((core.meeting_participants mp
     JOIN core.meetings m ON ((m.id = mp.meeting_id)))
     JOIN core.officials o ON ((o.id = mp.official_id)))
     LEFT JOIN core.posts p ON ((p.id = mp.post_id)))
     JOIN core.sources s ON ((s.id = mp.source_id)))
     LEFT JOIN ( SELECT mr.meeting_id,
            string_agg(r.name, '; '::text ORDER BY r.name) AS russian_region,
            string_agg(r.iso_code, '; '::text ORDER BY r.name) AS russian_region_code,
                CASE
                    WHEN (count(*) = 1) THEN min(r.id)
                    ELSE NULL::bigint
                END AS russian_region_id
           FROM (core.meeting_regions mr
             JOIN core.regions r ON ((r.id = mr.region_id)))
          WHERE ((r.country)::text = 'RU'::text)
          GROUP BY mr.meeting_id) rr ON ((rr.meeting_id = m.id)));



--
-- Name: VIEW meeting_participants; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.meeting_participants IS 'Participants of meetings: one row per person per meeting, with the meeting''s date and region. Time axis: date_for_axis, the meeting''s (participants of undated meetings fall out of time filters). Not additive: count rows (a person at two meetings counts twice).';


--
-- Name: COLUMN meeting_participants.participant_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.participant_id IS 'Id of the participation.';


--
-- Name: COLUMN meeting_participants.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.meeting_id IS 'Id of the meeting (reporting.meetings).';


--
-- Name: COLUMN meeting_participants.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN meeting_participants.official; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.official IS 'Name of the person (preferred spelling).';


--
-- Name: COLUMN meeting_participants.title; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.title IS 'Post the person held at the meeting.';


--
-- Name: COLUMN meeting_participants.side; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.side IS 'BY (Belarusian) or RU (Russian) side.';


--
-- Name: COLUMN meeting_participants.year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.year IS 'Year of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.month IS 'Month of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.day IS 'Day of the meeting, when known.';


--
-- Name: COLUMN meeting_participants.date_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.date_basis IS 'stated, inferred or unknown.';


--
-- Name: COLUMN meeting_participants.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.source_id IS 'Id of the source.';


--
-- Name: COLUMN meeting_participants.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN meeting_participants.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN meeting_participants.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.note IS 'Curator''s note on the participation, when there is one.';


--
-- Name: COLUMN meeting_participants.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.date_for_axis IS 'Date to plot the row at: the date of its meeting, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN meeting_participants.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN meeting_participants.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.date_source IS 'Where date_for_axis comes from: meeting (the meeting''s date, as reporting.meetings.date_for_axis); none when undated.';


--
-- Name: COLUMN meeting_participants.meeting_date; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.meeting_date IS 'Full date of the meeting, only when year, month and day are known.';


--
-- Name: COLUMN meeting_participants.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.russian_region IS 'Russian region(s) the meeting concerned, separated by ''; '' (one row each in reporting.meeting_regions).';


--
-- Name: COLUMN meeting_participants.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN meeting_participants.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.russian_region_id IS 'Id of the meeting''s Russian region (reporting.regions.region_id) when it concerns exactly one; NULL for none or several.';


--
-- Name: COLUMN meeting_participants.date_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: COLUMN meeting_participants.side_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_participants.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: meeting_regions; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.meeting_regions AS
 SELECT (((mr.meeting_id)::text || '-'::text) || (mr.region_id)::text) AS meeting_region_id,
    mr.meeting_id,
    mr.region_id,
    r.name AS region,
    r.iso_code AS region_code,
    r.country AS region_country
   FROM (core.meeting_regions mr
     JOIN core.regions r ON ((r.id = mr.region_id)));



--
-- Name: VIEW meeting_regions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.meeting_regions IS 'Regions each meeting concerned: one row per meeting and region (the rows behind reporting.meetings.russian_region). Not additive: count rows, a meeting concerning two regions counts under each.';


--
-- Name: COLUMN meeting_regions.meeting_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.meeting_region_id IS 'Key of the row: meeting_id and region_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN meeting_regions.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.meeting_id IS 'Id of the meeting (reporting.meetings).';


--
-- Name: COLUMN meeting_regions.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.region_id IS 'Id of the region (reporting.regions).';


--
-- Name: COLUMN meeting_regions.region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.region IS 'Preferred English name of the region.';


--
-- Name: COLUMN meeting_regions.region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.region_code IS 'ISO 3166 code of the region.';


--
-- Name: COLUMN meeting_regions.region_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meeting_regions.region_country IS 'ISO 3166-1 alpha-2 country of the region: RU or BY.';


--
-- Name: meetings; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.meetings AS
 SELECT m.id AS meeting_id,
    (m.date_year)::integer AS year,
    (m.date_month)::integer AS month,
    (m.date_day)::integer AS day,
    m.date AS meeting_date,
    m.date_earliest,
    m.date_latest,
    m.date_basis,
    m.date_note,
    m.place,
    ( SELECT string_agg(r.name, '; '::text ORDER BY r.name) AS string_agg
           FROM (core.meeting_regions mr
             JOIN core.regions r ON ((r.id = mr.region_id)))
          WHERE ((mr.meeting_id = m.id) AND ((r.country)::text = 'RU'::text))) AS russian_region,
    ( SELECT string_agg(r.iso_code, '; '::text ORDER BY r.name) AS string_agg
           FROM (core.meeting_regions mr
             JOIN core.regions r ON ((r.id = mr.region_id)))
          WHERE ((mr.meeting_id = m.id) AND ((r.country)::text = 'RU'::text))) AS russian_region_code,
    ( SELECT string_agg((((o.name || ' ('::text) || COALESCE(p.title, 'no title stated'::text)) || ')'::text), '; '::text ORDER BY mp.side, o.name) AS string_agg
           FROM ((core.meeting_participants mp
             JOIN core.officials o ON ((o.id = mp.official_id)))
             LEFT JOIN core.posts p ON ((p.id = mp.post_id)))
          WHERE (mp.meeting_id = m.id)) AS participants,
    m.source_id,
    s.file_name AS source_file,
    m.quote,
    m.key,
    m.note,
    (m.date_citation ->> 'url'::text) AS date_citation_url,
    (m.date_citation ->> 'publication'::text) AS date_citation_publication,
    (m.date_citation ->> 'says'::text) AS date_citation_says,
    (1 + (( SELECT count(*) AS count
           FROM core.attestations a
          WHERE (a.meeting_id = m.id)))::integer) AS sources_count,
    ( SELECT string_agg(x.file_name, '; '::text ORDER BY x.file_name) AS string_agg
           FROM ( SELECT s.file_name
                UNION
                 SELECT o.file_name
                   FROM (core.attestations a
                     JOIN core.sources o ON ((o.id = a.source_id)))
                  WHERE (a.meeting_id = m.id)) x) AS reported_by,
    m.date_earliest AS date_for_axis,
        CASE
            WHEN (m.date_earliest IS NULL) THEN 'none'::text
            WHEN (m.date_earliest = COALESCE(m.date_latest, m.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (m.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (m.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (m.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM m.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM m.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (m.date_earliest IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
    ( SELECT min(x.region_id) AS min
           FROM (core.meeting_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.meeting_id = m.id) AND ((r.country)::text = 'RU'::text))
         HAVING (count(*) = 1)) AS russian_region_id,
        CASE m.date_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS date_basis_label,
    ( SELECT min(x.region_id) AS min
           FROM (core.meeting_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.meeting_id = m.id) AND ((r.country)::text = 'BY'::text))
         HAVING (count(*) = 1)) AS belarusian_region_id
   FROM (core.meetings m
     JOIN core.sources s ON ((s.id = m.source_id)));



--
-- Name: VIEW meetings; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.meetings IS 'Meetings between Belarusian and Russian officials: one row per meeting. Time axis: date_for_axis (undated meetings have none and fall out of time filters). Not additive: count meetings; the lists participants, russian_region and reported_by have one row per element in reporting.meeting_participants, reporting.meeting_regions and reporting.attestations.';


--
-- Name: COLUMN meetings.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.meeting_id IS 'Id of the meeting.';


--
-- Name: COLUMN meetings.year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.year IS 'Year, when known (see date_basis).';


--
-- Name: COLUMN meetings.month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.month IS 'Month (1-12), when known.';


--
-- Name: COLUMN meetings.day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.day IS 'Day of month, when known.';


--
-- Name: COLUMN meetings.meeting_date; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.meeting_date IS 'Full date, only when year, month and day are all known.';


--
-- Name: COLUMN meetings.date_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_earliest IS 'Earliest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN meetings.date_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_latest IS 'Latest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN meetings.date_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_basis IS 'stated (in the text), inferred (see date_note) or unknown.';


--
-- Name: COLUMN meetings.date_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_note IS 'Why an inferred date was inferred.';


--
-- Name: COLUMN meetings.place; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.place IS 'Where, as the text says; NULL when not stated.';


--
-- Name: COLUMN meetings.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.russian_region IS 'Russian region(s) the meeting concerned.';


--
-- Name: COLUMN meetings.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN meetings.participants; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.participants IS 'Participants as ''Name (title held then)'', separated by ''; ''.';


--
-- Name: COLUMN meetings.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.source_id IS 'Id of the source (reporting.sources).';


--
-- Name: COLUMN meetings.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN meetings.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN meetings.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.key IS 'Curated key of the meeting, unique across the seeds folder (other articles attest it by it).';


--
-- Name: COLUMN meetings.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.note IS 'Curator''s note on the meeting, when there is one.';


--
-- Name: COLUMN meetings.date_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_citation_url IS 'For an external date: address of the outside source.';


--
-- Name: COLUMN meetings.date_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_citation_publication IS 'For an external date: the outside publication named.';


--
-- Name: COLUMN meetings.date_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_citation_says IS 'For an external date: what the outside source states.';


--
-- Name: COLUMN meetings.sources_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.sources_count IS 'Articles reporting the meeting: the defining one and each attesting one (reporting.attestations).';


--
-- Name: COLUMN meetings.reported_by; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.reported_by IS 'Files of those articles, separated by ''; ''.';


--
-- Name: COLUMN meetings.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_for_axis IS 'Date to plot the row at: the meeting''s date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN meetings.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN meetings.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_source IS 'Where date_for_axis comes from: own (the meeting''s date; a meeting takes no date from its article, whose date is not the meeting''s); none when undated.';


--
-- Name: COLUMN meetings.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id) when the meeting concerns exactly one; NULL for none or several (all are in reporting.meeting_regions).';


--
-- Name: COLUMN meetings.date_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: COLUMN meetings.belarusian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.meetings.belarusian_region_id IS 'Id of the Belarusian region (reporting.regions.region_id) when the meeting concerns exactly one; NULL for none or several.';


--
-- Name: official_mentions; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.official_mentions AS
 SELECT om.id AS official_mention_id,
    om.official_id,
    o.name AS official,
    o.country AS official_country,
    om.post_id,
    p.title AS post,
    om.name_as_written,
    s.date_earliest AS date_for_axis,
        CASE
            WHEN (s.date_earliest IS NULL) THEN 'none'::text
            WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
    om.source_id,
    s.file_name AS source_file,
    om.quote,
    om.note
   FROM (((core.official_mentions om
     JOIN core.officials o ON ((o.id = om.official_id)))
     LEFT JOIN core.posts p ON ((p.id = om.post_id)))
     JOIN core.sources s ON ((s.id = om.source_id)));



--
-- Name: VIEW official_mentions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.official_mentions IS 'Persons named in the articles, whether or not they took part in a meeting: one row per mention (Vladimir Putin named in passing is here, not in reporting.meeting_participants). Not additive: count rows or distinct official_id. Time axis: date_for_axis, the article''s date (mentions in undated articles fall out of time filters).';


--
-- Name: COLUMN official_mentions.official_mention_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.official_mention_id IS 'Id of the mention.';


--
-- Name: COLUMN official_mentions.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN official_mentions.official; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.official IS 'Preferred spelling of the person''s name.';


--
-- Name: COLUMN official_mentions.official_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.official_country IS 'ISO 3166-1 alpha-2 country the person serves.';


--
-- Name: COLUMN official_mentions.post_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.post_id IS 'Id of the post the article gives the person (reporting.posts), when it gives one.';


--
-- Name: COLUMN official_mentions.post; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.post IS 'Title of that post.';


--
-- Name: COLUMN official_mentions.name_as_written; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.name_as_written IS 'The name as the article writes it.';


--
-- Name: COLUMN official_mentions.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN official_mentions.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN official_mentions.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN official_mentions.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.source_id IS 'Id of the source.';


--
-- Name: COLUMN official_mentions.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN official_mentions.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN official_mentions.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_mentions.note IS 'Curator''s note on the mention, when there is one.';


--
-- Name: official_names; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.official_names AS
 SELECT id AS official_name_id,
    official_id,
    name,
    is_preferred
   FROM core.official_names n;



--
-- Name: VIEW official_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.official_names IS 'Spellings of persons: one row per name (the rows behind reporting.officials.other_names, plus the preferred name). Not additive.';


--
-- Name: COLUMN official_names.official_name_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_names.official_name_id IS 'Id of the name.';


--
-- Name: COLUMN official_names.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_names.official_id IS 'Id of the person (reporting.officials).';


--
-- Name: COLUMN official_names.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_names.name IS 'The name as an article spells it.';


--
-- Name: COLUMN official_names.is_preferred; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.official_names.is_preferred IS 'True for the preferred spelling (reporting.officials.name).';


--
-- Name: officials; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.officials AS
 SELECT id AS official_id,
    name,
    ( SELECT string_agg(n.name, '; '::text ORDER BY n.name) AS string_agg
           FROM core.official_names n
          WHERE ((n.official_id = o.id) AND (NOT n.is_preferred))) AS other_names,
    country,
    ( SELECT string_agg(p.title, '; '::text ORDER BY h.start_earliest NULLS FIRST, p.title) AS string_agg
           FROM (core.holdings h
             JOIN core.posts p ON ((p.id = h.post_id)))
          WHERE (h.official_id = o.id)) AS positions,
    note,
    (citation ->> 'url'::text) AS citation_url,
    (citation ->> 'publication'::text) AS citation_publication,
    (citation ->> 'says'::text) AS citation_says,
    ( SELECT string_agg(p.title, '; '::text ORDER BY h.start_earliest NULLS FIRST, p.title) AS string_agg
           FROM (core.holdings h
             JOIN core.posts p ON ((p.id = h.post_id)))
          WHERE ((h.official_id = o.id) AND h.acting)) AS acting_positions
   FROM core.officials o;



--
-- Name: VIEW officials; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.officials IS 'Persons: one row per official, with every spelling and every post. The lists other_names and positions (acting_positions) have one row per element in reporting.official_names and reporting.post_holders; mentions in articles are in reporting.official_mentions. Not additive.';


--
-- Name: COLUMN officials.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.official_id IS 'Id of the person.';


--
-- Name: COLUMN officials.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.name IS 'Preferred spelling of the name.';


--
-- Name: COLUMN officials.other_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.other_names IS 'Other spellings seen in the articles, separated by ''; ''.';


--
-- Name: COLUMN officials.country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.country IS 'ISO 3166-1 alpha-2 country the person serves.';


--
-- Name: COLUMN officials.positions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.positions IS 'Posts held, separated by ''; ''.';


--
-- Name: COLUMN officials.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.note IS 'Curator''s note on the person: what no article states, with the citation that supports it.';


--
-- Name: COLUMN officials.citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN officials.citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN officials.citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.citation_says IS 'What the outside source says.';


--
-- Name: COLUMN officials.acting_positions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.officials.acting_positions IS 'Posts held as acting (interim) holder, separated by ''; ''.';


--
-- Name: post_holders; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.post_holders AS
 SELECT h.id AS holding_id,
    p.id AS post_id,
    p.key AS post_key,
    p.title AS post,
    p.body,
    r.name AS post_region,
    r.iso_code AS post_region_code,
    r.country AS post_country,
    o.id AS official_id,
    o.name AS official,
    (h.term)::integer AS term,
    h.acting,
    (h.start_year)::integer AS start_year,
    (h.start_month)::integer AS start_month,
    (h.start_day)::integer AS start_day,
    h.start_earliest,
    h.start_latest,
    h.start_basis,
    h.start_note,
    (h.start_citation ->> 'url'::text) AS start_citation_url,
    (h.start_citation ->> 'publication'::text) AS start_citation_publication,
    (h.start_citation ->> 'says'::text) AS start_citation_says,
    (h.end_year)::integer AS end_year,
    (h.end_month)::integer AS end_month,
    (h.end_day)::integer AS end_day,
    h.end_earliest,
    h.end_latest,
    h.end_basis,
    h.end_note,
    (h.end_citation ->> 'url'::text) AS end_citation_url,
    (h.end_citation ->> 'publication'::text) AS end_citation_publication,
    (h.end_citation ->> 'says'::text) AS end_citation_says,
    h.note,
    (row_number() OVER (PARTITION BY h.post_id ORDER BY h.start_earliest, h.start_latest, h.acting, o.name, h.term))::integer AS holder_number,
    (count(*) OVER (PARTITION BY h.post_id))::integer AS holders_count,
    h.start_earliest AS date_for_axis,
        CASE
            WHEN (h.start_earliest IS NULL) THEN 'none'::text
            WHEN (h.start_earliest = COALESCE(h.start_latest, h.start_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('month'::text, (h.start_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (h.start_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('year'::text, (h.start_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM h.start_earliest) <= (6)::numeric) = (EXTRACT(month FROM h.start_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (h.start_earliest IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
        CASE
            WHEN (h.start_earliest IS NULL) THEN 'none'::text
            WHEN (h.start_earliest = COALESCE(h.start_latest, h.start_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('month'::text, (h.start_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (h.start_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (h.start_earliest)::timestamp with time zone) = date_trunc('year'::text, (h.start_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM h.start_earliest) <= (6)::numeric) = (EXTRACT(month FROM h.start_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS start_precision,
        CASE
            WHEN (h.end_earliest IS NULL) THEN 'none'::text
            WHEN (h.end_earliest = COALESCE(h.end_latest, h.end_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (h.end_earliest)::timestamp with time zone) = date_trunc('month'::text, (h.end_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (h.end_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (h.end_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (h.end_earliest)::timestamp with time zone) = date_trunc('year'::text, (h.end_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM h.end_earliest) <= (6)::numeric) = (EXTRACT(month FROM h.end_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS end_precision,
    p.region_id,
        CASE h.start_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS start_basis_label,
        CASE h.end_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS end_basis_label
   FROM (((core.holdings h
     JOIN core.posts p ON ((p.id = h.post_id)))
     JOIN core.regions r ON ((r.id = p.region_id)))
     JOIN core.officials o ON ((o.id = h.official_id)))
  ORDER BY p.title, p.id, ((row_number() OVER (PARTITION BY h.post_id ORDER BY h.start_earliest, h.start_latest, h.acting, o.name, h.term))::integer);



--
-- Name: VIEW post_holders; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.post_holders IS 'Who held which post, and when: one row per tenure (the holdings of persons: person, post, the post''s region, start and end with their precision, acting), in order of succession within each post. It is also the relation behind reporting.officials.positions and acting_positions, one row per element. Who held post P on day D: WHERE post_id = P AND D BETWEEN start_latest AND coalesce(end_earliest, ''infinity'') (surely) or D BETWEEN start_earliest AND coalesce(end_latest, ''infinity'') (possibly); who came first: ORDER BY holder_number. Not additive. Time axis: date_for_axis, the start (tenures with an unknown start fall out of time filters).';


--
-- Name: COLUMN post_holders.holding_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.holding_id IS 'Id of the tenure.';


--
-- Name: COLUMN post_holders.post_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post_id IS 'Id of the post.';


--
-- Name: COLUMN post_holders.post_key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post_key IS 'Curated key of the post.';


--
-- Name: COLUMN post_holders.post; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post IS 'Title of the post.';


--
-- Name: COLUMN post_holders.body; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.body IS 'The body the office belongs to, when recorded.';


--
-- Name: COLUMN post_holders.post_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post_region IS 'Jurisdiction of the post: a country or a region.';


--
-- Name: COLUMN post_holders.post_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post_region_code IS 'ISO 3166 code of the jurisdiction.';


--
-- Name: COLUMN post_holders.post_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.post_country IS 'ISO 3166-1 alpha-2 country of the jurisdiction.';


--
-- Name: COLUMN post_holders.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.official_id IS 'Id of the holder.';


--
-- Name: COLUMN post_holders.official; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.official IS 'Preferred spelling of the holder''s name.';


--
-- Name: COLUMN post_holders.term; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.term IS '1 for the holder''s first tenure of this post, 2 for the second, ...';


--
-- Name: COLUMN post_holders.acting; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.acting IS 'True for an acting (interim) holder.';


--
-- Name: COLUMN post_holders.start_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_year IS 'Year the tenure began, when known.';


--
-- Name: COLUMN post_holders.start_month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_month IS 'Month it began, when known.';


--
-- Name: COLUMN post_holders.start_day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_day IS 'Day it began, when known.';


--
-- Name: COLUMN post_holders.start_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_earliest IS 'Earliest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN post_holders.start_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_latest IS 'Latest day the tenure can have begun; NULL when unknown.';


--
-- Name: COLUMN post_holders.start_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN post_holders.start_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_note IS 'Why an inferred start was inferred.';


--
-- Name: COLUMN post_holders.start_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_citation_url IS 'For an external start: the outside source''s address.';


--
-- Name: COLUMN post_holders.start_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_citation_publication IS 'For an external start: the outside publication.';


--
-- Name: COLUMN post_holders.start_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_citation_says IS 'For an external start: what the outside source says.';


--
-- Name: COLUMN post_holders.end_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_year IS 'Year the tenure ended, when known.';


--
-- Name: COLUMN post_holders.end_month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_month IS 'Month it ended, when known.';


--
-- Name: COLUMN post_holders.end_day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_day IS 'Day it ended, when known.';


--
-- Name: COLUMN post_holders.end_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_earliest IS 'Earliest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN post_holders.end_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_latest IS 'Latest day the tenure can have ended; NULL when unknown or ongoing.';


--
-- Name: COLUMN post_holders.end_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN post_holders.end_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_note IS 'Why an inferred end was inferred.';


--
-- Name: COLUMN post_holders.end_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_citation_url IS 'For an external end: the outside source''s address.';


--
-- Name: COLUMN post_holders.end_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_citation_publication IS 'For an external end: the outside publication.';


--
-- Name: COLUMN post_holders.end_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_citation_says IS 'For an external end: what the outside source says.';


--
-- Name: COLUMN post_holders.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.note IS 'Curator''s note on the tenure, when there is one.';


--
-- Name: COLUMN post_holders.holder_number; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.holder_number IS 'Place of the tenure in the post''s succession: 1 came first (by earliest start; unknown starts last).';


--
-- Name: COLUMN post_holders.holders_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.holders_count IS 'Number of tenures of this post recorded.';


--
-- Name: COLUMN post_holders.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.date_for_axis IS 'Date to plot the row at: the day the tenure began, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN post_holders.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN post_holders.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.date_source IS 'Where date_for_axis comes from: own (the tenure''s start); none when undated.';


--
-- Name: COLUMN post_holders.start_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_precision IS 'How much of the start is known: day, month, quarter, half or year; none when unknown.';


--
-- Name: COLUMN post_holders.end_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_precision IS 'How much of the end is known: day, month, quarter, half or year; none when unknown or ongoing.';


--
-- Name: COLUMN post_holders.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.region_id IS 'Id of the post''s jurisdiction (reporting.regions.region_id): a country or a region.';


--
-- Name: COLUMN post_holders.start_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.start_basis_label IS 'start_basis in words, for display.';


--
-- Name: COLUMN post_holders.end_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.post_holders.end_basis_label IS 'end_basis in words, for display.';


--
-- Name: posts; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.posts AS
 SELECT p.id AS post_id,
    p.key,
    p.title,
    p.body,
    p.region_id,
    r.name AS region,
    r.iso_code AS region_code,
    r.country,
    (( SELECT count(*) AS count
           FROM core.holdings h
          WHERE (h.post_id = p.id)))::integer AS holders_count
   FROM (core.posts p
     JOIN core.regions r ON ((r.id = p.region_id)));



--
-- Name: VIEW posts; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.posts IS 'Posts (offices) persons hold: one row per post; its tenures are in reporting.post_holders. Not additive.';


--
-- Name: COLUMN posts.post_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.post_id IS 'Id of the post; reporting.post_holders, reporting.official_mentions point here.';


--
-- Name: COLUMN posts.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.key IS 'Curated key of the post.';


--
-- Name: COLUMN posts.title; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.title IS 'Title of the post.';


--
-- Name: COLUMN posts.body; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.body IS 'The body the office belongs to, when recorded.';


--
-- Name: COLUMN posts.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.region_id IS 'Id of its jurisdiction (reporting.regions.region_id): a country or a region.';


--
-- Name: COLUMN posts.region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.region IS 'Name of the jurisdiction.';


--
-- Name: COLUMN posts.region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.region_code IS 'ISO 3166 code of the jurisdiction.';


--
-- Name: COLUMN posts.country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.country IS 'ISO 3166-1 alpha-2 country of the jurisdiction.';


--
-- Name: COLUMN posts.holders_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.posts.holders_count IS 'Tenures of the post recorded (rows of reporting.post_holders).';


--
-- Name: proposal_enterprises; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.proposal_enterprises AS
 SELECT (((pe.proposal_id)::text || '-'::text) || (pe.enterprise_id)::text) AS proposal_enterprise_id,
    pe.proposal_id,
    pe.enterprise_id,
    e.name AS enterprise,
    e.country AS enterprise_country,
    p.region_id AS russian_region_id
   FROM ((core.proposal_enterprises pe
     JOIN core.enterprises e ON ((e.id = pe.enterprise_id)))
     JOIN core.proposals p ON ((p.id = pe.proposal_id)));



--
-- Name: VIEW proposal_enterprises; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.proposal_enterprises IS 'Enterprises involved in proposals: one row per proposal and enterprise (the rows behind reporting.proposals.enterprises). Not additive: count rows; a proposal naming three enterprises counts under each. Date: join reporting.proposals on proposal_id for date_for_axis.';


--
-- Name: COLUMN proposal_enterprises.proposal_enterprise_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.proposal_enterprise_id IS 'Key of the row: proposal_id and enterprise_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN proposal_enterprises.proposal_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.proposal_id IS 'Id of the proposal (reporting.proposals).';


--
-- Name: COLUMN proposal_enterprises.enterprise_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.enterprise_id IS 'Id of the enterprise (reporting.enterprises).';


--
-- Name: COLUMN proposal_enterprises.enterprise; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.enterprise IS 'Preferred name of the enterprise.';


--
-- Name: COLUMN proposal_enterprises.enterprise_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.enterprise_country IS 'ISO 3166-1 alpha-2 country of the enterprise.';


--
-- Name: COLUMN proposal_enterprises.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposal_enterprises.russian_region_id IS 'Id of the proposal''s Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';


--
-- Name: proposals; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.proposals AS
 SELECT p.id AS proposal_id,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    p.title,
    sc.name AS sector,
    p.status,
    o.name AS proposed_by,
    p.proposed_by_side,
    ( SELECT string_agg(e.name, '; '::text ORDER BY e.name) AS string_agg
           FROM (core.proposal_enterprises pe
             JOIN core.enterprises e ON ((e.id = pe.enterprise_id)))
          WHERE (pe.proposal_id = p.id)) AS enterprises,
        CASE
            WHEN (((p.currency)::text = 'USD'::text) AND (p.amount_low = p.amount_high)) THEN p.amount_low
            ELSE NULL::numeric
        END AS amount_usd,
        CASE
            WHEN ((p.currency)::text = 'USD'::text) THEN p.amount_low
            ELSE NULL::numeric
        END AS amount_low_usd,
        CASE
            WHEN ((p.currency)::text = 'USD'::text) THEN p.amount_high
            ELSE NULL::numeric
        END AS amount_high_usd,
    p.amount_qualifier,
    p.amount_text,
    p.meeting_id,
    p.source_id,
    s.file_name AS source_file,
    p.quote,
    p.key,
    p.note,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN 'proposal'::text
            WHEN (m.id IS NOT NULL) THEN 'meeting'::text
            ELSE NULL::text
        END AS proposed_date_from,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN (p.proposed_year)::integer
            ELSE (m.date_year)::integer
        END AS proposed_year,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN (p.proposed_month)::integer
            ELSE (m.date_month)::integer
        END AS proposed_month,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN (p.proposed_day)::integer
            ELSE (m.date_day)::integer
        END AS proposed_day,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_earliest
            ELSE m.date_earliest
        END AS proposed_earliest,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_latest
            ELSE m.date_latest
        END AS proposed_latest,
    COALESCE(p.proposed_basis, m.date_basis) AS proposed_basis,
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_note
            ELSE m.date_note
        END AS proposed_note,
    (
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_citation
            ELSE m.date_citation
        END ->> 'url'::text) AS proposed_citation_url,
    (
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_citation
            ELSE m.date_citation
        END ->> 'publication'::text) AS proposed_citation_publication,
    (
        CASE
            WHEN (p.proposed_basis IS NOT NULL) THEN p.proposed_citation
            ELSE m.date_citation
        END ->> 'says'::text) AS proposed_citation_says,
    p.timeframe_label,
    p.timeframe_start,
    p.timeframe_end,
    p.timeframe_kind,
    (p.timeframe_months)::integer AS timeframe_months,
    p.timeframe_basis,
    p.timeframe_note,
    (p.timeframe_citation ->> 'url'::text) AS timeframe_citation_url,
    (p.timeframe_citation ->> 'publication'::text) AS timeframe_citation_publication,
    (p.timeframe_citation ->> 'says'::text) AS timeframe_citation_says,
    p.timeframe_start_precision,
    p.timeframe_end_precision,
        CASE
            WHEN (p.proposed_earliest IS NOT NULL) THEN p.proposed_earliest
            WHEN (m.date_earliest IS NOT NULL) THEN m.date_earliest
            WHEN (s.date_earliest IS NOT NULL) THEN s.date_earliest
            ELSE NULL::date
        END AS date_for_axis,
        CASE
            WHEN (p.proposed_earliest IS NOT NULL) THEN
            CASE
                WHEN (p.proposed_earliest IS NULL) THEN 'none'::text
                WHEN (p.proposed_earliest = COALESCE(p.proposed_latest, p.proposed_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (p.proposed_earliest)::timestamp with time zone) = date_trunc('month'::text, (p.proposed_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (p.proposed_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (p.proposed_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (p.proposed_earliest)::timestamp with time zone) = date_trunc('year'::text, (p.proposed_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM p.proposed_earliest) <= (6)::numeric) = (EXTRACT(month FROM p.proposed_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            WHEN (m.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (m.date_earliest IS NULL) THEN 'none'::text
                WHEN (m.date_earliest = COALESCE(m.date_latest, m.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (m.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (m.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (m.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (m.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM m.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM m.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            WHEN (s.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (s.date_earliest IS NULL) THEN 'none'::text
                WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            ELSE 'none'::text
        END AS date_precision,
        CASE
            WHEN (p.proposed_earliest IS NOT NULL) THEN 'own'::text
            WHEN (m.date_earliest IS NOT NULL) THEN 'meeting'::text
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
    p.region_id AS russian_region_id,
    p.proposed_by_official_id AS official_id,
        CASE p.status
            WHEN 'proposed'::text THEN 'Proposed'::text
            WHEN 'under_discussion'::text THEN 'Under discussion'::text
            WHEN 'planned'::text THEN 'Planned'::text
            WHEN 'agreed'::text THEN 'Agreed'::text
            WHEN 'ongoing'::text THEN 'Ongoing'::text
            WHEN 'completed'::text THEN 'Completed'::text
            ELSE NULL::text
        END AS status_label,
        CASE p.proposed_by_side
            WHEN 'BY'::text THEN 'Belarus'::text
            WHEN 'RU'::text THEN 'Russia'::text
            WHEN 'both'::text THEN 'Both sides'::text
            ELSE NULL::text
        END AS proposed_by_side_label,
        CASE COALESCE(p.proposed_basis, m.date_basis)
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS proposed_basis_label
   FROM (((((core.proposals p
     JOIN core.sectors sc ON ((sc.id = p.sector_id)))
     LEFT JOIN core.regions r ON ((r.id = p.region_id)))
     LEFT JOIN core.officials o ON ((o.id = p.proposed_by_official_id)))
     LEFT JOIN core.meetings m ON ((m.id = p.meeting_id)))
     JOIN core.sources s ON ((s.id = p.source_id)));



--
-- Name: VIEW proposals; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.proposals IS 'Proposals, plans, agreements and running projects: one row per proposal. Time axis: date_for_axis (its own date, else its meeting''s, else its article''s; undated proposals fall out of time filters). The amount columns are not additive across statuses (a proposal is not money spent); enterprises has one row per element in reporting.proposal_enterprises.';


--
-- Name: COLUMN proposals.proposal_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposal_id IS 'Id of the proposal.';


--
-- Name: COLUMN proposals.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.russian_region IS 'Russian region concerned; NULL for Belarus-Russia as a whole.';


--
-- Name: COLUMN proposals.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN proposals.title; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.title IS 'Curator''s one-line summary.';


--
-- Name: COLUMN proposals.sector; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.sector IS 'Sector.';


--
-- Name: COLUMN proposals.status; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.status IS 'proposed, under_discussion, planned, agreed, ongoing or completed.';


--
-- Name: COLUMN proposals.proposed_by; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_by IS 'Person who made it, when one person did.';


--
-- Name: COLUMN proposals.proposed_by_side; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_by_side IS 'BY, RU or both; NULL when not stated.';


--
-- Name: COLUMN proposals.enterprises; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.enterprises IS 'Enterprises involved, separated by ''; ''.';


--
-- Name: COLUMN proposals.amount_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.amount_usd IS 'Amount in US dollars when the text gives a single value.';


--
-- Name: COLUMN proposals.amount_low_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.amount_low_usd IS 'Lower bound of the amount in US dollars.';


--
-- Name: COLUMN proposals.amount_high_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.amount_high_usd IS 'Upper bound of the amount in US dollars.';


--
-- Name: COLUMN proposals.amount_qualifier; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.amount_qualifier IS 'exact, approximately, over, up_to or range.';


--
-- Name: COLUMN proposals.amount_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.amount_text IS 'The amount exactly as written.';


--
-- Name: COLUMN proposals.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.meeting_id IS 'Meeting it was made at (reporting.meetings), if any.';


--
-- Name: COLUMN proposals.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.source_id IS 'Id of the source.';


--
-- Name: COLUMN proposals.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN proposals.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN proposals.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.key IS 'Curated key, unique across the folder.';


--
-- Name: COLUMN proposals.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.note IS 'Curator''s note on the proposal, when there is one.';


--
-- Name: COLUMN proposals.proposed_date_from; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_date_from IS '''proposal'' when the proposal gives its own date; ''meeting'' when the proposed_* columns are its meeting''s date (the default, not copied into the proposal); NULL when neither.';


--
-- Name: COLUMN proposals.proposed_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_year IS 'Year it was proposed: its own, else its meeting''s (see proposed_date_from).';


--
-- Name: COLUMN proposals.proposed_month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_month IS 'Month it was proposed, when known.';


--
-- Name: COLUMN proposals.proposed_day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_day IS 'Day it was proposed, when known.';


--
-- Name: COLUMN proposals.proposed_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_earliest IS 'Earliest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_latest IS 'Latest day the known parts of the proposal date allow.';


--
-- Name: COLUMN proposals.proposed_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_basis IS 'How the proposal date is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN proposals.proposed_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_note IS 'Why an inferred proposal date was inferred.';


--
-- Name: COLUMN proposals.proposed_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_citation_url IS 'For an external proposal date: the outside source''s address.';


--
-- Name: COLUMN proposals.proposed_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_citation_publication IS 'For an external proposal date: the outside publication.';


--
-- Name: COLUMN proposals.proposed_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_citation_says IS 'For an external proposal date: what the outside source says.';


--
-- Name: COLUMN proposals.timeframe_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_label IS 'When it is to happen, as written (e.g. ''next year or the year after'').';


--
-- Name: COLUMN proposals.timeframe_start; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_start IS 'First day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_end; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_end IS 'Last day of the timeframe, when known.';


--
-- Name: COLUMN proposals.timeframe_kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_kind IS 'calendar_year, part_year, multi_year or unknown (a label with no interval, such as ''in the coming years'').';


--
-- Name: COLUMN proposals.timeframe_months; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_months IS 'Whole months of the timeframe, or the months stated.';


--
-- Name: COLUMN proposals.timeframe_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_basis IS 'How the timeframe''s interval is known: stated, inferred (a relative label resolved against the meeting''s or the article''s date), external or unknown.';


--
-- Name: COLUMN proposals.timeframe_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_note IS 'Why an inferred timeframe was inferred.';


--
-- Name: COLUMN proposals.timeframe_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_citation_url IS 'For an external timeframe: the outside source''s address.';


--
-- Name: COLUMN proposals.timeframe_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_citation_publication IS 'For an external timeframe: the outside publication.';


--
-- Name: COLUMN proposals.timeframe_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_citation_says IS 'For an external timeframe: what the outside source says.';


--
-- Name: COLUMN proposals.timeframe_start_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_start_precision IS 'Precision of the timeframe''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.timeframe_end_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.timeframe_end_precision IS 'Precision of the timeframe''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN proposals.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.date_for_axis IS 'Date to plot the row at: the date it was proposed, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN proposals.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN proposals.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.date_source IS 'Where date_for_axis comes from: own (the proposal''s own date), meeting (its meeting''s), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN proposals.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id); NULL for Belarus-Russia as a whole.';


--
-- Name: COLUMN proposals.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.official_id IS 'Id of the person who made it (reporting.officials), when one person did.';


--
-- Name: COLUMN proposals.status_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.status_label IS 'status in words, for display.';


--
-- Name: COLUMN proposals.proposed_by_side_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_by_side_label IS 'proposed_by_side in words: Belarus, Russia or Both sides.';


--
-- Name: COLUMN proposals.proposed_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.proposals.proposed_basis_label IS 'proposed_basis in words, for display.';


--
-- Name: quantities; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.quantities AS
 SELECT q.id AS quantity_id,
    q.key,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    q.region_id AS russian_region_id,
    q.what,
    q.unit,
    q.value_low,
    q.value_high,
    q.value_best,
    q.value_qualifier,
    q.value_qualifier_words,
    q.value_text,
    q.status,
    q.proposal_id,
    q.meeting_id,
    q.twinning_id,
    q.statement_id,
    q.trade_figure_id,
    q.period_label,
    q.period_start,
    q.period_end,
    q.period_kind,
    (q.period_months)::integer AS period_months,
    q.period_basis,
    q.period_note,
    q.source_error,
    q.source_error_note,
    q.corrected_low,
    q.corrected_high,
    q.corrected_best,
    q.corrected_text,
    q.note,
    q.source_id,
    s.file_name AS source_file,
    q.quote,
        CASE
            WHEN (q.period_start IS NOT NULL) THEN q.period_start
            WHEN (mt.date_earliest IS NOT NULL) THEN mt.date_earliest
            WHEN (s.date_earliest IS NOT NULL) THEN s.date_earliest
            ELSE NULL::date
        END AS date_for_axis,
        CASE
            WHEN (q.period_start IS NOT NULL) THEN
            CASE
                WHEN (q.period_start IS NULL) THEN 'none'::text
                WHEN (q.period_start = COALESCE(q.period_end, q.period_start)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (q.period_start)::timestamp with time zone) = date_trunc('month'::text, (q.period_end)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (q.period_start)::timestamp with time zone) = date_trunc('quarter'::text, (q.period_end)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (q.period_start)::timestamp with time zone) = date_trunc('year'::text, (q.period_end)::timestamp with time zone)) AND ((EXTRACT(month FROM q.period_start) <= (6)::numeric) = (EXTRACT(month FROM q.period_end) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            WHEN (mt.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (mt.date_earliest IS NULL) THEN 'none'::text
                WHEN (mt.date_earliest = COALESCE(mt.date_latest, mt.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (mt.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (mt.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (mt.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM mt.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM mt.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            WHEN (s.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (s.date_earliest IS NULL) THEN 'none'::text
                WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            ELSE 'none'::text
        END AS date_precision,
        CASE
            WHEN (q.period_start IS NOT NULL) THEN 'own'::text
            WHEN (mt.date_earliest IS NOT NULL) THEN 'meeting'::text
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
        CASE q.status
            WHEN 'actual'::text THEN 'Actual'::text
            WHEN 'estimate'::text THEN 'Estimate'::text
            WHEN 'forecast'::text THEN 'Forecast'::text
            WHEN 'target'::text THEN 'Target'::text
            WHEN 'allocation'::text THEN 'Allocation (money set aside)'::text
            WHEN 'amount'::text THEN 'Amount (no status stated)'::text
            ELSE NULL::text
        END AS status_label,
        CASE q.period_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS period_basis_label
   FROM (((core.quantities q
     LEFT JOIN core.regions r ON ((r.id = q.region_id)))
     JOIN core.sources s ON ((s.id = q.source_id)))
     LEFT JOIN core.meetings mt ON ((mt.id = q.meeting_id)));



--
-- Name: VIEW quantities; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.quantities IS 'Quantities that are not money (tractors, buses, hectares): one row per quantity quoted. Additive only within one unit, status and period kind, and not across figures reporting the same thing twice. Time axis: date_for_axis (its period''s start, else its meeting''s date, else its article''s; undated rows fall out of time filters).';


--
-- Name: COLUMN quantities.quantity_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.quantity_id IS 'Id of the quantity.';


--
-- Name: COLUMN quantities.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.key IS 'Curated key, unique across the seeds folder.';


--
-- Name: COLUMN quantities.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.russian_region IS 'Region concerned; NULL for none.';


--
-- Name: COLUMN quantities.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN quantities.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.russian_region_id IS 'Id of the region concerned.';


--
-- Name: COLUMN quantities.what; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.what IS 'What is counted, in the curator''s words.';


--
-- Name: COLUMN quantities.unit; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.unit IS 'Unit counted: a singular lower-case noun.';


--
-- Name: COLUMN quantities.value_low; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_low IS 'Lower bound (NULL for ''nearly'', ''under'', ''up to''); = high for a point value.';


--
-- Name: COLUMN quantities.value_high; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_high IS 'Upper bound (NULL for ''over X'').';


--
-- Name: COLUMN quantities.value_best; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_best IS 'Best single value: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN quantities.value_qualifier; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN quantities.value_qualifier_words; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_qualifier_words IS 'The qualifier''s words as written, e.g. ''over''; NULL when none.';


--
-- Name: COLUMN quantities.value_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.value_text IS 'The quantity exactly as written, e.g. ''150 tractors''.';


--
-- Name: COLUMN quantities.status; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.status IS 'actual, estimate, forecast, target, allocation or amount.';


--
-- Name: COLUMN quantities.proposal_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.proposal_id IS 'Proposal it belongs to, if any.';


--
-- Name: COLUMN quantities.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.meeting_id IS 'Meeting it belongs to, if any.';


--
-- Name: COLUMN quantities.twinning_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.twinning_id IS 'Twinning agreement it belongs to, if any.';


--
-- Name: COLUMN quantities.statement_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.statement_id IS 'Statement it belongs to, if any.';


--
-- Name: COLUMN quantities.trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.trade_figure_id IS 'Trade figure it belongs to, if any.';


--
-- Name: COLUMN quantities.period_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_label IS 'The period as stated, e.g. ''by 2025''.';


--
-- Name: COLUMN quantities.period_start; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_start IS 'First day of the period, when known.';


--
-- Name: COLUMN quantities.period_end; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_end IS 'Last day of the period, when known.';


--
-- Name: COLUMN quantities.period_kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_kind IS 'calendar_year, part_year, multi_year or unknown.';


--
-- Name: COLUMN quantities.period_months; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN quantities.period_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_basis IS 'How the period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN quantities.period_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN quantities.source_error; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.source_error IS 'True when the quantity as written is a probable error of the source (kept as written).';


--
-- Name: COLUMN quantities.source_error_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.source_error_note IS 'Why the quantity is taken for a source error.';


--
-- Name: COLUMN quantities.corrected_low; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.corrected_low IS 'Lower bound of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_high; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.corrected_high IS 'Upper bound of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_best; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.corrected_best IS 'Best single value of the quantity as it should read, when given.';


--
-- Name: COLUMN quantities.corrected_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.corrected_text IS 'The quantity as it should read, when given.';


--
-- Name: COLUMN quantities.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.note IS 'Curator''s note.';


--
-- Name: COLUMN quantities.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.source_id IS 'Id of the source.';


--
-- Name: COLUMN quantities.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN quantities.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN quantities.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.date_for_axis IS 'Date to plot the row at: the first day of its period, else its meeting''s date, else its article''s, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN quantities.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN quantities.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.date_source IS 'Where date_for_axis comes from: own (its period), meeting (its meeting''s date), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN quantities.status_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.status_label IS 'status in words, for display.';


--
-- Name: COLUMN quantities.period_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.quantities.period_basis_label IS 'period_basis in words, for display.';


--
-- Name: region_names; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.region_names AS
 SELECT id AS region_name_id,
    region_id,
    name,
    lang
   FROM core.region_names n;



--
-- Name: VIEW region_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.region_names IS 'Other names of regions, Russian ones included: one row per name (the rows behind reporting.regions.other_names). Not additive.';


--
-- Name: COLUMN region_names.region_name_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.region_names.region_name_id IS 'Id of the name.';


--
-- Name: COLUMN region_names.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.region_names.region_id IS 'Id of the region (reporting.regions).';


--
-- Name: COLUMN region_names.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.region_names.name IS 'The name.';


--
-- Name: COLUMN region_names.lang; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.region_names.lang IS 'ISO 639-1 language of the name.';


--
-- Name: regions; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.regions AS
 SELECT r.id AS region_id,
    r.name,
    r.kind,
    r.country,
    r.iso_code,
    p.name AS parent,
    ( SELECT string_agg(n.name, '; '::text ORDER BY n.name) AS string_agg
           FROM core.region_names n
          WHERE (n.region_id = r.id)) AS other_names,
    r.note,
    (r.citation ->> 'url'::text) AS citation_url,
    (r.citation ->> 'publication'::text) AS citation_publication,
    (r.citation ->> 'says'::text) AS citation_says
   FROM (core.regions r
     LEFT JOIN core.regions p ON ((p.id = r.parent_id)));



--
-- Name: VIEW regions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.regions IS 'Countries, oblasts and cities: one row per region. other_names has one row per name in reporting.region_names. Not additive.';


--
-- Name: COLUMN regions.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.region_id IS 'Id of the region.';


--
-- Name: COLUMN regions.name; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.name IS 'Preferred English name.';


--
-- Name: COLUMN regions.kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.kind IS 'country, federal_city, oblast, district or city.';


--
-- Name: COLUMN regions.country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.country IS 'ISO 3166-1 alpha-2 country.';


--
-- Name: COLUMN regions.iso_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.iso_code IS 'ISO 3166-1 or 3166-2 code, where one exists (e.g. RU-KRS).';


--
-- Name: COLUMN regions.parent; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.parent IS 'Name of the enclosing region.';


--
-- Name: COLUMN regions.other_names; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.other_names IS 'Other names, Russian ones included, separated by ''; ''.';


--
-- Name: COLUMN regions.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.note IS 'Curator''s note on the region: what no article states, with the citation that supports it.';


--
-- Name: COLUMN regions.citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.citation_url IS 'Outside source for what no article states: its address.';


--
-- Name: COLUMN regions.citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.citation_publication IS 'Outside source for what no article states: the publication.';


--
-- Name: COLUMN regions.citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.regions.citation_says IS 'What the outside source says.';


--
-- Name: source_dates; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.source_dates AS
 SELECT d.id AS source_date_id,
    d.role,
    (d.year)::integer AS year,
    (d.month)::integer AS month,
    (d.day)::integer AS day,
    d.earliest,
    d.latest,
    d.basis,
    d.note,
    (d.citation ->> 'url'::text) AS citation_url,
    (d.citation ->> 'publication'::text) AS citation_publication,
    (d.citation ->> 'says'::text) AS citation_says,
    d.source_id,
    s.file_name AS source_file,
    d.quote,
    d.earliest AS date_for_axis,
        CASE
            WHEN (d.earliest IS NULL) THEN 'none'::text
            WHEN (d.earliest = COALESCE(d.latest, d.earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (d.earliest)::timestamp with time zone) = date_trunc('month'::text, (d.latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (d.earliest)::timestamp with time zone) = date_trunc('quarter'::text, (d.latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (d.earliest)::timestamp with time zone) = date_trunc('year'::text, (d.latest)::timestamp with time zone)) AND ((EXTRACT(month FROM d.earliest) <= (6)::numeric) = (EXTRACT(month FROM d.latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (d.earliest IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
        CASE d.basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS basis_label
   FROM (core.source_dates d
     JOIN core.sources s ON ((s.id = d.source_id)));



--
-- Name: VIEW source_dates; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.source_dates IS 'Dates an article carries besides its publication date (reporting.sources): its dateline''s own date, its page''s own date. Not additive. Time axis: date_for_axis (a date without a year has none and falls out of time filters).';


--
-- Name: COLUMN source_dates.source_date_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.source_date_id IS 'Id of the date.';


--
-- Name: COLUMN source_dates.role; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.role IS 'dateline (the dateline''s own date) or page (the page''s own date, e.g. when it was captured).';


--
-- Name: COLUMN source_dates.year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.year IS 'Year, when known (see basis).';


--
-- Name: COLUMN source_dates.month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.month IS 'Month (1-12), when known.';


--
-- Name: COLUMN source_dates.day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.day IS 'Day of month, when known.';


--
-- Name: COLUMN source_dates.earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.earliest IS 'Earliest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN source_dates.latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.latest IS 'Latest day the known parts allow (NULL without a year).';


--
-- Name: COLUMN source_dates.basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.basis IS 'stated (in the quote), inferred (see note), external (see citation_*) or unknown.';


--
-- Name: COLUMN source_dates.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.note IS 'Why an inferred date was inferred; any other remark.';


--
-- Name: COLUMN source_dates.citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.citation_url IS 'For an external date: address of the outside source.';


--
-- Name: COLUMN source_dates.citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.citation_publication IS 'For an external date: the outside publication named.';


--
-- Name: COLUMN source_dates.citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.citation_says IS 'For an external date: what the outside source states.';


--
-- Name: COLUMN source_dates.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.source_id IS 'Id of the source.';


--
-- Name: COLUMN source_dates.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN source_dates.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN source_dates.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.date_for_axis IS 'Date to plot the row at: this date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN source_dates.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN source_dates.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.date_source IS 'Where date_for_axis comes from: own (this date); none when undated.';


--
-- Name: COLUMN source_dates.basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.source_dates.basis_label IS 'basis in words, for display.';


--
-- Name: sources; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.sources AS
 SELECT id AS source_id,
    file_name AS source_file,
    title,
    publisher,
    dateline,
    (date_year)::integer AS published_year,
    (date_month)::integer AS published_month,
    (date_day)::integer AS published_day,
    date AS published_date,
    date_basis AS published_basis,
    sha256,
    body AS text,
    date_earliest AS published_earliest,
    date_latest AS published_latest,
    date_note AS published_note,
    (date_citation ->> 'url'::text) AS published_citation_url,
    (date_citation ->> 'publication'::text) AS published_citation_publication,
    (date_citation ->> 'says'::text) AS published_citation_says,
    date_earliest AS date_for_axis,
        CASE
            WHEN (date_earliest IS NULL) THEN 'none'::text
            WHEN (date_earliest = COALESCE(date_latest, date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (date_earliest)::timestamp with time zone) = date_trunc('month'::text, (date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (date_earliest)::timestamp with time zone) = date_trunc('year'::text, (date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM date_earliest) <= (6)::numeric) = (EXTRACT(month FROM date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (date_earliest IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
        CASE date_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS published_basis_label
   FROM core.sources s;



--
-- Name: VIEW sources; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.sources IS 'Articles: one row per source, with its full text. published_year is NULL where the article states no year of publication (coopdb never guesses one); such articles have no date_for_axis and fall out of time filters, and so do the facts that take their date from them. Not additive.';


--
-- Name: COLUMN sources.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.source_id IS 'Id of the source; facts in other views point here.';


--
-- Name: COLUMN sources.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.source_file IS 'Name of the article file in the curated seeds.';


--
-- Name: COLUMN sources.title; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.title IS 'Headline as printed; NULL when the article has none.';


--
-- Name: COLUMN sources.publisher; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.publisher IS 'Publisher, only when the text names it.';


--
-- Name: COLUMN sources.dateline; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.dateline IS 'Place of the dateline (e.g. MOSCOW), when there is one.';


--
-- Name: COLUMN sources.published_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_year IS 'Year of publication, when known.';


--
-- Name: COLUMN sources.published_month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_month IS 'Month of publication (1-12), when known.';


--
-- Name: COLUMN sources.published_day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_day IS 'Day of publication, when known.';


--
-- Name: COLUMN sources.published_date; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_date IS 'Full publication date, only when year, month and day are known.';


--
-- Name: COLUMN sources.published_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_basis IS 'stated, inferred or unknown.';


--
-- Name: COLUMN sources.sha256; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.sha256 IS 'SHA-256 of the article file, to check it was not altered.';


--
-- Name: COLUMN sources.text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.text IS 'The full article text, unchanged.';


--
-- Name: COLUMN sources.published_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_earliest IS 'Earliest day the known parts of the publication date allow (NULL without a year).';


--
-- Name: COLUMN sources.published_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_latest IS 'Latest day the known parts of the publication date allow (NULL without a year).';


--
-- Name: COLUMN sources.published_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_note IS 'Why an inferred publication date was inferred; any other remark.';


--
-- Name: COLUMN sources.published_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_citation_url IS 'For an external publication date: address of the outside source.';


--
-- Name: COLUMN sources.published_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_citation_publication IS 'For an external publication date: the outside publication named.';


--
-- Name: COLUMN sources.published_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_citation_says IS 'For an external publication date: what the outside source states.';


--
-- Name: COLUMN sources.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.date_for_axis IS 'Date to plot the row at: its publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN sources.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN sources.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.date_source IS 'Where date_for_axis comes from: own (its publication date); none when undated.';


--
-- Name: COLUMN sources.published_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.sources.published_basis_label IS 'published_basis in words, for display.';


--
-- Name: statements; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.statements AS
 SELECT st.id AS statement_id,
    st.key,
    st.kind,
    o.name AS speaker,
    st.speaker_official_id,
    st.side,
    st.summary,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    sc.name AS sector,
    st.meeting_id,
    st.note,
    st.source_id,
    s.file_name AS source_file,
    st.quote,
        CASE
            WHEN (mt.date_earliest IS NOT NULL) THEN mt.date_earliest
            WHEN (s.date_earliest IS NOT NULL) THEN s.date_earliest
            ELSE NULL::date
        END AS date_for_axis,
        CASE
            WHEN (mt.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (mt.date_earliest IS NULL) THEN 'none'::text
                WHEN (mt.date_earliest = COALESCE(mt.date_latest, mt.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (mt.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (mt.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (mt.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (mt.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM mt.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM mt.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            WHEN (s.date_earliest IS NOT NULL) THEN
            CASE
                WHEN (s.date_earliest IS NULL) THEN 'none'::text
                WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
                WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
                WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
                WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
                ELSE 'year'::text
            END
            ELSE 'none'::text
        END AS date_precision,
        CASE
            WHEN (mt.date_earliest IS NOT NULL) THEN 'meeting'::text
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
    st.region_id AS russian_region_id,
    st.speaker_official_id AS official_id,
        CASE st.side
            WHEN 'BY'::text THEN 'Belarus'::text
            WHEN 'RU'::text THEN 'Russia'::text
            WHEN 'both'::text THEN 'Both sides'::text
            ELSE NULL::text
        END AS side_label
   FROM (((((core.statements st
     LEFT JOIN core.officials o ON ((o.id = st.speaker_official_id)))
     LEFT JOIN core.regions r ON ((r.id = st.region_id)))
     LEFT JOIN core.sectors sc ON ((sc.id = st.sector_id)))
     JOIN core.sources s ON ((s.id = st.source_id)))
     LEFT JOIN core.meetings mt ON ((mt.id = st.meeting_id)));



--
-- Name: VIEW statements; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.statements IS 'Statements: intentions, assessments, commitments and claims, one row each. Not additive: count rows. Time axis: date_for_axis (its meeting''s date, else its article''s; undated statements fall out of time filters).';


--
-- Name: COLUMN statements.statement_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.statement_id IS 'Id of the statement.';


--
-- Name: COLUMN statements.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.key IS 'Curated key of the statement, unique across the seeds folder.';


--
-- Name: COLUMN statements.kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.kind IS 'intention, assessment, commitment or claim.';


--
-- Name: COLUMN statements.speaker; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.speaker IS 'Who made it (preferred spelling), when the text names one person.';


--
-- Name: COLUMN statements.speaker_official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.speaker_official_id IS 'Id of the speaker (reporting.officials), when named.';


--
-- Name: COLUMN statements.side; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.side IS 'BY or RU: whose statement it is (the speaker''s country unless stated); NULL when not known.';


--
-- Name: COLUMN statements.summary; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.summary IS 'Curator''s one-line summary.';


--
-- Name: COLUMN statements.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.russian_region IS 'Russian region concerned; NULL for none.';


--
-- Name: COLUMN statements.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN statements.sector; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.sector IS 'Sector concerned, when one is.';


--
-- Name: COLUMN statements.meeting_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.meeting_id IS 'Meeting it was made at (reporting.meetings), if any; possibly another article''s.';


--
-- Name: COLUMN statements.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.note IS 'Curator''s note on the statement, when there is one.';


--
-- Name: COLUMN statements.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.source_id IS 'Id of the source.';


--
-- Name: COLUMN statements.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN statements.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN statements.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.date_for_axis IS 'Date to plot the row at: the date of its meeting, else of its article, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN statements.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN statements.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.date_source IS 'Where date_for_axis comes from: meeting (its meeting''s date), source (the article''s publication date); none when undated.';


--
-- Name: COLUMN statements.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.russian_region_id IS 'Id of the Russian region concerned (reporting.regions.region_id); NULL for none.';


--
-- Name: COLUMN statements.official_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.official_id IS 'Id of the speaker (reporting.officials), when named: the same as speaker_official_id, named for joins.';


--
-- Name: COLUMN statements.side_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.statements.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: trade_by_year; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.trade_by_year AS
 WITH figure AS (
         SELECT t.id,
            t.region_id,
            t.flow,
            t.status,
            t.rank,
            t.source_id,
            (EXTRACT(year FROM t.period_start))::integer AS year,
                CASE
                    WHEN t.source_error THEN t.corrected_low
                    ELSE t.value_low
                END AS low,
                CASE
                    WHEN t.source_error THEN t.corrected_high
                    ELSE t.value_high
                END AS high,
                CASE
                    WHEN t.source_error THEN t.corrected_best
                    ELSE t.value_best
                END AS best
           FROM core.trade_figures t
          WHERE ((t.status = ANY (ARRAY['actual'::text, 'estimate'::text])) AND ((t.currency)::text = 'USD'::text) AND (t.rank <> 'deprecated'::text) AND (t.period_start = (date_trunc('year'::text, (t.period_start)::timestamp with time zone))::date) AND (t.period_end = ((date_trunc('year'::text, (t.period_start)::timestamp with time zone) + '1 year -1 days'::interval))::date) AND ((NOT t.source_error) OR (t.corrected_best IS NOT NULL)))
        ), reporter AS (
         SELECT f_1.id,
            f_1.source_id
           FROM figure f_1
        UNION
         SELECT f_1.id,
            a.source_id
           FROM (figure f_1
             JOIN core.attestations a ON ((a.trade_figure_id = f_1.id)))
        )
 SELECT (((((f.region_id)::text || '-'::text) || f.flow) || '-'::text) || (f.year)::text) AS trade_year_id,
    f.region_id AS russian_region_id,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    f.flow,
    f.year,
        CASE
            WHEN bool_and((f.low IS NOT NULL)) THEN min(f.low)
            ELSE NULL::numeric
        END AS value_low_usd,
        CASE
            WHEN bool_and((f.high IS NOT NULL)) THEN max(f.high)
            ELSE NULL::numeric
        END AS value_high_usd,
    COALESCE(max(
        CASE
            WHEN (f.rank = 'preferred'::text) THEN f.best
            ELSE NULL::numeric
        END), round(avg(f.best), 2)) AS value_best_usd,
    (count(*))::integer AS figures_count,
    (( SELECT count(DISTINCT x.source_id) AS count
           FROM reporter x
          WHERE (x.id = ANY (array_agg(f.id)))))::integer AS sources_count,
    (count(DISTINCT ROW(f.low, f.high)) > 1) AS sources_disagree,
        CASE
            WHEN bool_and((f.status = 'actual'::text)) THEN 'actual'::text
            ELSE 'estimate'::text
        END AS figure_status,
    max(
        CASE
            WHEN (f.rank = 'preferred'::text) THEN f.id
            ELSE NULL::bigint
        END) AS preferred_trade_figure_id,
    make_date(f.year, 1, 1) AS date_for_axis,
    'year'::text AS date_precision,
    'own'::text AS date_source
   FROM (figure f
     JOIN core.regions r ON ((r.id = f.region_id)))
  GROUP BY f.region_id, r.name, r.iso_code, f.flow, f.year;



--
-- Name: VIEW trade_by_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.trade_by_year IS 'Calendar-year trade between Belarus and each Russian region: one row per region, flow and year, from actual and estimated figures in US dollars for exactly one calendar year (reporting.trade_figures with period_kind calendar_year; part years, multi-year and undated figures are left out). Additive: value_best_usd may be summed over regions and years within one flow (never add turnover to exports or imports); sums of value_low_usd and value_high_usd bound the sum. Every row has a date_for_axis (1 January of its year), so none falls out of a time filter.';


--
-- Name: COLUMN trade_by_year.trade_year_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.trade_year_id IS 'Key of the row: russian_region_id, flow and year joined by ''-'' (e.g. ''3-turnover-2021'').';


--
-- Name: COLUMN trade_by_year.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id).';


--
-- Name: COLUMN trade_by_year.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_by_year.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_by_year.flow; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.flow IS 'turnover, exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_by_year.year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.year IS 'Calendar year.';


--
-- Name: COLUMN trade_by_year.value_low_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.value_low_usd IS 'Lowest lower bound the figures give, in US dollars; NULL when one of them is open below.';


--
-- Name: COLUMN trade_by_year.value_high_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.value_high_usd IS 'Highest upper bound the figures give, in US dollars; NULL when one of them is open above.';


--
-- Name: COLUMN trade_by_year.value_best_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.value_best_usd IS 'Best single value in US dollars: the preferred figure''s, else the mean of the figures'' best values (rounded to the cent). Safe to sum within one flow.';


--
-- Name: COLUMN trade_by_year.figures_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.figures_count IS 'Trade figures counted.';


--
-- Name: COLUMN trade_by_year.sources_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.sources_count IS 'Articles reporting those figures: defining and attesting ones (reporting.attestations), each counted once.';


--
-- Name: COLUMN trade_by_year.sources_disagree; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.sources_disagree IS 'True when the figures give different values for the same region, flow and year.';


--
-- Name: COLUMN trade_by_year.figure_status; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.figure_status IS 'actual when every figure counted is actual; estimate when one is an estimate.';


--
-- Name: COLUMN trade_by_year.preferred_trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.preferred_trade_figure_id IS 'The figure ranked preferred among them (reporting.trade_figures), when one is.';


--
-- Name: COLUMN trade_by_year.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.date_for_axis IS '1 January of the year: never NULL, so no row falls out of a time filter.';


--
-- Name: COLUMN trade_by_year.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.date_precision IS 'Always year.';


--
-- Name: COLUMN trade_by_year.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_by_year.date_source IS 'Always own (the figures'' period).';


--
-- Name: trade_figure_groups; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.trade_figure_groups AS
 WITH RECURSIVE f AS (
         SELECT t_1.id,
            t_1.same_as_id,
            min(t_1.id) OVER (PARTITION BY t_1.region_id, t_1.flow, t_1.period_start, t_1.period_end,
                CASE
                    WHEN (t_1.status = ANY (ARRAY['actual'::text, 'estimate'::text])) THEN 'history'::text
                    ELSE t_1.status
                END) AS attributes_first,
            ((t_1.period_start IS NOT NULL) AND (t_1.period_end IS NOT NULL)) AS has_interval
           FROM core.trade_figures t_1
        ), edge(a, b) AS (
         SELECT f.id,
            f.attributes_first
           FROM f
          WHERE (f.has_interval AND (f.id <> f.attributes_first))
        UNION ALL
         SELECT f.attributes_first,
            f.id
           FROM f
          WHERE (f.has_interval AND (f.id <> f.attributes_first))
        UNION ALL
         SELECT f.id,
            f.same_as_id
           FROM f
          WHERE (f.same_as_id IS NOT NULL)
        UNION ALL
         SELECT f.same_as_id,
            f.id
           FROM f
          WHERE (f.same_as_id IS NOT NULL)
        ), reach(origin, id) AS (
         SELECT f.id,
            f.id
           FROM f
        UNION
         SELECT r.origin,
            e.b
           FROM (reach r
             JOIN edge e ON ((e.a = r.id)))
        ), grouped AS (
         SELECT reach.origin AS id,
            min(reach.id) AS figure_group_id,
            count(*) AS group_size
           FROM reach
          GROUP BY reach.origin
        ), stats AS (
         SELECT g_1.figure_group_id,
            (count(DISTINCT ROW(t_1.value_low, t_1.value_high, t_1.currency)) > 1) AS values_differ,
            max(
                CASE
                    WHEN (t_1.rank = 'preferred'::text) THEN t_1.id
                    ELSE NULL::bigint
                END) AS preferred_trade_figure_id
           FROM (grouped g_1
             JOIN core.trade_figures t_1 ON ((t_1.id = g_1.id)))
          GROUP BY g_1.figure_group_id
        )
 SELECT g.id AS trade_figure_id,
    g.figure_group_id,
    (g.group_size)::integer AS group_size,
    t.rank,
    t.source_id,
    t.value_text,
    st.values_differ,
    st.preferred_trade_figure_id
   FROM ((grouped g
     JOIN core.trade_figures t ON ((t.id = g.id)))
     JOIN stats st ON ((st.figure_group_id = g.figure_group_id)));



--
-- Name: VIEW trade_figure_groups; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.trade_figure_groups IS 'Trade figures grouped by what they report: one row per figure, with its group; sources disagree where values_differ. Not additive: to sum trade, use reporting.trade_by_year, which counts each calendar-year quantity once.';


--
-- Name: COLUMN trade_figure_groups.trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.trade_figure_id IS 'Id of the trade figure.';


--
-- Name: COLUMN trade_figure_groups.figure_group_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.figure_group_id IS 'Id of the figure group: the smallest trade figure id in it.';


--
-- Name: COLUMN trade_figure_groups.group_size; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.group_size IS 'Figures in the group (1: alone).';


--
-- Name: COLUMN trade_figure_groups.rank; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.rank IS 'preferred, normal or deprecated.';


--
-- Name: COLUMN trade_figure_groups.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.source_id IS 'Id of the figure''s source.';


--
-- Name: COLUMN trade_figure_groups.value_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.value_text IS 'The figure''s value as written.';


--
-- Name: COLUMN trade_figure_groups.values_differ; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.values_differ IS 'True when the figures of the group give different values: the sources disagree.';


--
-- Name: COLUMN trade_figure_groups.preferred_trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figure_groups.preferred_trade_figure_id IS 'The group''s preferred figure, when one is ranked preferred (at most one is).';


--
-- Name: trade_figures; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.trade_figures AS
 SELECT t.id AS trade_figure_id,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    t.partner_country,
    t.flow,
    t.period_label,
    t.period_start,
    t.period_end,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.value_low
            ELSE NULL::numeric
        END AS value_low_usd,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.value_high
            ELSE NULL::numeric
        END AS value_high_usd,
    t.value_qualifier,
    (t.value_qualifier = 'approximately'::text) AS is_approximate,
    t.value_text,
    t.change_pct,
    t.compared_label AS compared_with,
    t.compared_start,
    t.compared_end,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN (t.prior_value_low)::numeric
            ELSE NULL::numeric
        END AS prior_value_low_usd,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN (t.prior_value_high)::numeric
            ELSE NULL::numeric
        END AS prior_value_high_usd,
    t.note,
    t.source_id,
    s.file_name AS source_file,
    t.quote,
    t.region_id AS russian_region_id,
    t.status AS figure_status,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.value_best
            ELSE NULL::numeric
        END AS value_best_usd,
    t.value_qualifier_words,
    t.change_low_pct,
    t.change_high_pct,
    t.change_best_pct,
    t.change_qualifier,
    t.change_direction,
    t.change_text,
    t.period_kind,
    (t.period_months)::integer AS period_months,
    t.period_basis,
    t.period_note,
    t.rank,
    t.same_as_id AS same_as_trade_figure_id,
    t.source_error,
    t.source_error_note,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.corrected_low
            ELSE NULL::numeric
        END AS corrected_low_usd,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.corrected_high
            ELSE NULL::numeric
        END AS corrected_high_usd,
    t.corrected_text,
    t.currency,
    (t.status = ANY (ARRAY['actual'::text, 'estimate'::text])) AS is_trade_history,
    t.change_qualifier_words,
    t.period_start_precision,
    t.period_end_precision,
    t.compared_kind,
    (t.compared_months)::integer AS compared_months,
    t.compared_basis,
    t.compared_note,
        CASE
            WHEN ((t.currency)::text = 'USD'::text) THEN t.corrected_best
            ELSE NULL::numeric
        END AS corrected_best_usd,
    t.period_start AS date_for_axis,
        CASE
            WHEN (t.period_start IS NULL) THEN 'none'::text
            WHEN (t.period_start = COALESCE(t.period_end, t.period_start)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (t.period_start)::timestamp with time zone) = date_trunc('month'::text, (t.period_end)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (t.period_start)::timestamp with time zone) = date_trunc('quarter'::text, (t.period_end)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (t.period_start)::timestamp with time zone) = date_trunc('year'::text, (t.period_end)::timestamp with time zone)) AND ((EXTRACT(month FROM t.period_start) <= (6)::numeric) = (EXTRACT(month FROM t.period_end) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (t.period_start IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
        CASE t.status
            WHEN 'actual'::text THEN 'Actual'::text
            WHEN 'estimate'::text THEN 'Estimate'::text
            WHEN 'forecast'::text THEN 'Forecast'::text
            WHEN 'target'::text THEN 'Target'::text
            WHEN 'allocation'::text THEN 'Allocation (money set aside)'::text
            WHEN 'amount'::text THEN 'Amount (no status stated)'::text
            ELSE NULL::text
        END AS figure_status_label,
        CASE t.period_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS period_basis_label,
        CASE t.period_kind
            WHEN 'calendar_year'::text THEN 'Calendar year'::text
            WHEN 'part_year'::text THEN 'Part of a year'::text
            WHEN 'multi_year'::text THEN 'Several years'::text
            WHEN 'unknown'::text THEN 'Unknown period'::text
            ELSE NULL::text
        END AS period_kind_label
   FROM ((core.trade_figures t
     JOIN core.regions r ON ((r.id = t.region_id)))
     JOIN core.sources s ON ((s.id = t.source_id)));



--
-- Name: VIEW trade_figures; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.trade_figures IS 'Trade between Belarus and Russian regions: one row per figure quoted. Not additive as it stands: figures cover different periods (period_kind, period_months), statuses (figure_status) and often the same quantity twice (reporting.trade_figure_groups); sum reporting.trade_by_year instead. Time axis: date_for_axis, the start of the period (figures without one fall out of time filters).';


--
-- Name: COLUMN trade_figures.trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.trade_figure_id IS 'Id of the trade figure.';


--
-- Name: COLUMN trade_figures.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_figures.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_figures.partner_country; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.partner_country IS 'The other party (BY).';


--
-- Name: COLUMN trade_figures.flow; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.flow IS 'turnover, exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_figures.period_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_label IS 'The period as stated; NULL when the text states none.';


--
-- Name: COLUMN trade_figures.period_start; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_start IS 'First day of the period, when known.';


--
-- Name: COLUMN trade_figures.period_end; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_end IS 'Last day of the period, when known.';


--
-- Name: COLUMN trade_figures.value_low_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_low_usd IS 'Lower bound in US dollars (not millions); = high for a point value.';


--
-- Name: COLUMN trade_figures.value_high_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_high_usd IS 'Upper bound in US dollars (not millions).';


--
-- Name: COLUMN trade_figures.value_qualifier; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_qualifier IS 'exact, approximately, nearly, over, under, up_to or range.';


--
-- Name: COLUMN trade_figures.is_approximate; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.is_approximate IS 'True when the text called the value approximate.';


--
-- Name: COLUMN trade_figures.value_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_text IS 'The value exactly as written.';


--
-- Name: COLUMN trade_figures.change_pct; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_pct IS 'Stated change in percent against the comparison period.';


--
-- Name: COLUMN trade_figures.compared_with; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_with IS 'The comparison period as stated.';


--
-- Name: COLUMN trade_figures.compared_start; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_start IS 'First day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.compared_end; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_end IS 'Last day of the comparison period, when known.';


--
-- Name: COLUMN trade_figures.prior_value_low_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.prior_value_low_usd IS 'Lower bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';


--
-- Name: COLUMN trade_figures.prior_value_high_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.prior_value_high_usd IS 'Upper bound of the value the change implies for the comparison period (interval arithmetic, rounded outward to the precision of the numbers written; NULL when open or not implied).';


--
-- Name: COLUMN trade_figures.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.note IS 'Curator''s note.';


--
-- Name: COLUMN trade_figures.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.source_id IS 'Id of the source.';


--
-- Name: COLUMN trade_figures.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN trade_figures.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN trade_figures.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.russian_region_id IS 'Id of the Russian region.';


--
-- Name: COLUMN trade_figures.figure_status; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.figure_status IS 'actual or estimate (trade history), forecast or target (shown apart from history).';


--
-- Name: COLUMN trade_figures.value_best_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_best_usd IS 'Best single value in US dollars: the stated number, or a range''s midpoint.';


--
-- Name: COLUMN trade_figures.value_qualifier_words; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.value_qualifier_words IS 'The qualifier''s words as written (e.g. ''nearly''); NULL when none.';


--
-- Name: COLUMN trade_figures.change_low_pct; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_low_pct IS 'Lower bound of the change''s magnitude in percent (>= 0; NULL when open).';


--
-- Name: COLUMN trade_figures.change_high_pct; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_high_pct IS 'Upper bound of the change''s magnitude in percent (>= 0; NULL when open).';


--
-- Name: COLUMN trade_figures.change_best_pct; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_best_pct IS 'Best single magnitude of the change in percent (>= 0).';


--
-- Name: COLUMN trade_figures.change_qualifier; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_qualifier IS 'Class of the change''s qualifier (exact, approximately, nearly, over, under, up_to, range); NULL for a direction with no number.';


--
-- Name: COLUMN trade_figures.change_direction; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_direction IS 'increase, decrease or unchanged.';


--
-- Name: COLUMN trade_figures.change_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_text IS 'The change exactly as written, e.g. ''went up 40.5%''.';


--
-- Name: COLUMN trade_figures.period_kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_kind IS 'calendar_year, part_year, multi_year or unknown (derived from the interval or months).';


--
-- Name: COLUMN trade_figures.period_months; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_months IS 'Whole months of the period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.period_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_basis IS 'How the period''s interval is known: stated, inferred (see period_note), external or unknown.';


--
-- Name: COLUMN trade_figures.period_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_note IS 'Why an inferred period was inferred.';


--
-- Name: COLUMN trade_figures.rank; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.rank IS 'preferred, normal or deprecated within its figure group (see reporting.trade_figure_groups).';


--
-- Name: COLUMN trade_figures.same_as_trade_figure_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.same_as_trade_figure_id IS 'A figure of another article this one reports the same quantity as.';


--
-- Name: COLUMN trade_figures.source_error; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.source_error IS 'True when the value as written is a probable error of the source (kept as written).';


--
-- Name: COLUMN trade_figures.source_error_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.source_error_note IS 'Why the value is taken for a source error.';


--
-- Name: COLUMN trade_figures.corrected_low_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.corrected_low_usd IS 'Lower bound in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_high_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.corrected_high_usd IS 'Upper bound in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.corrected_text; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.corrected_text IS 'The value as it should read, e.g. ''$3 billion'', when given.';


--
-- Name: COLUMN trade_figures.currency; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.currency IS 'ISO 4217 code of the value (the _usd columns are NULL for other currencies).';


--
-- Name: COLUMN trade_figures.is_trade_history; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.is_trade_history IS 'True for actual and estimate figures: what sums and trade by year use.';


--
-- Name: COLUMN trade_figures.change_qualifier_words; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.change_qualifier_words IS 'The change''s qualifier words as written, e.g. ''more than''.';


--
-- Name: COLUMN trade_figures.period_start_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_start_precision IS 'Precision of the period''s start: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.period_end_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_end_precision IS 'Precision of the period''s end: day, month, quarter, half or year.';


--
-- Name: COLUMN trade_figures.compared_kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_kind IS 'Kind of the comparison period: calendar_year, part_year, multi_year or unknown.';


--
-- Name: COLUMN trade_figures.compared_months; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_months IS 'Whole months of the comparison period, or the number of months stated.';


--
-- Name: COLUMN trade_figures.compared_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_basis IS 'How the comparison period''s interval is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN trade_figures.compared_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.compared_note IS 'Why an inferred comparison period was inferred.';


--
-- Name: COLUMN trade_figures.corrected_best_usd; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.corrected_best_usd IS 'Best single value in US dollars of the value as it should read, when given.';


--
-- Name: COLUMN trade_figures.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.date_for_axis IS 'Date to plot the row at: the first day of the figure''s period, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN trade_figures.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN trade_figures.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.date_source IS 'Where date_for_axis comes from: own (the figure''s period; a figure takes no date from its article: an undated figure is not the article''s year); none when undated.';


--
-- Name: COLUMN trade_figures.figure_status_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.figure_status_label IS 'figure_status in words, for display.';


--
-- Name: COLUMN trade_figures.period_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_basis_label IS 'period_basis in words, for display.';


--
-- Name: COLUMN trade_figures.period_kind_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_figures.period_kind_label IS 'period_kind in words, for display.';


--
-- Name: trade_goods; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.trade_goods AS
 SELECT g.id AS trade_good_id,
    r.name AS russian_region,
    r.iso_code AS russian_region_code,
    g.direction,
    g.goods,
    g.source_id,
    s.file_name AS source_file,
    g.quote,
    g.note,
    s.date_earliest AS date_for_axis,
        CASE
            WHEN (s.date_earliest IS NULL) THEN 'none'::text
            WHEN (s.date_earliest = COALESCE(s.date_latest, s.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (s.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (s.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (s.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (s.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM s.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM s.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (s.date_earliest IS NOT NULL) THEN 'source'::text
            ELSE 'none'::text
        END AS date_source,
    g.region_id AS russian_region_id
   FROM ((core.trade_goods g
     JOIN core.regions r ON ((r.id = g.region_id)))
     JOIN core.sources s ON ((s.id = g.source_id)));



--
-- Name: VIEW trade_goods; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.trade_goods IS 'Goods named as traded between Belarus and a Russian region: one row per good. Not additive (no amounts): count rows. Time axis: date_for_axis, the article''s date (rows of undated articles fall out of time filters).';


--
-- Name: COLUMN trade_goods.trade_good_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.trade_good_id IS 'Id of the row.';


--
-- Name: COLUMN trade_goods.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.russian_region IS 'Russian region traded with.';


--
-- Name: COLUMN trade_goods.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.russian_region_code IS 'ISO 3166-2 code of the region.';


--
-- Name: COLUMN trade_goods.direction; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.direction IS 'exports (from Belarus) or imports (into Belarus).';


--
-- Name: COLUMN trade_goods.goods; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.goods IS 'The goods, as named.';


--
-- Name: COLUMN trade_goods.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.source_id IS 'Id of the source.';


--
-- Name: COLUMN trade_goods.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN trade_goods.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN trade_goods.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.note IS 'Curator''s note.';


--
-- Name: COLUMN trade_goods.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.date_for_axis IS 'Date to plot the row at: its article''s publication date, the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN trade_goods.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN trade_goods.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.date_source IS 'Where date_for_axis comes from: source (the article''s publication date); none when undated.';


--
-- Name: COLUMN trade_goods.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.trade_goods.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id).';


--
-- Name: twinning; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.twinning AS
 SELECT t.id AS twinning_id,
    ( SELECT string_agg(r.name, '; '::text ORDER BY r.name) AS string_agg
           FROM (core.twinning_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.twinning_id = t.id) AND (x.side = 'RU'::text))) AS russian_region,
    ( SELECT string_agg(r.iso_code, '; '::text ORDER BY r.name) AS string_agg
           FROM (core.twinning_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.twinning_id = t.id) AND (x.side = 'RU'::text))) AS russian_region_code,
    ( SELECT string_agg(r.name, '; '::text ORDER BY r.name) AS string_agg
           FROM (core.twinning_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.twinning_id = t.id) AND (x.side = 'BY'::text))) AS belarusian_regions,
    t.units_count AS districts_count,
    t.status,
    (t.date_year)::integer AS year,
    (t.date_month)::integer AS month,
    (t.date_day)::integer AS day,
    t.date_earliest,
    t.date_latest,
    t.date_basis,
    t.source_id,
    s.file_name AS source_file,
    t.quote,
    t.key,
    t.note,
    t.level,
    t.units_count_by,
    t.units_count_ru,
    t.renews_id,
    o.key AS renews_key,
    (t.original_year)::integer AS original_year,
    (t.original_month)::integer AS original_month,
    (t.original_day)::integer AS original_day,
    t.original_earliest,
    t.original_latest,
    t.original_basis,
    t.original_note,
    (t.original_citation ->> 'url'::text) AS original_citation_url,
    (t.original_citation ->> 'publication'::text) AS original_citation_publication,
    (t.original_citation ->> 'says'::text) AS original_citation_says,
    t.date_note,
    (t.date_citation ->> 'url'::text) AS date_citation_url,
    (t.date_citation ->> 'publication'::text) AS date_citation_publication,
    (t.date_citation ->> 'says'::text) AS date_citation_says,
    t.date_earliest AS date_for_axis,
        CASE
            WHEN (t.date_earliest IS NULL) THEN 'none'::text
            WHEN (t.date_earliest = COALESCE(t.date_latest, t.date_earliest)) THEN 'day'::text
            WHEN (date_trunc('month'::text, (t.date_earliest)::timestamp with time zone) = date_trunc('month'::text, (t.date_latest)::timestamp with time zone)) THEN 'month'::text
            WHEN (date_trunc('quarter'::text, (t.date_earliest)::timestamp with time zone) = date_trunc('quarter'::text, (t.date_latest)::timestamp with time zone)) THEN 'quarter'::text
            WHEN ((date_trunc('year'::text, (t.date_earliest)::timestamp with time zone) = date_trunc('year'::text, (t.date_latest)::timestamp with time zone)) AND ((EXTRACT(month FROM t.date_earliest) <= (6)::numeric) = (EXTRACT(month FROM t.date_latest) <= (6)::numeric))) THEN 'half'::text
            ELSE 'year'::text
        END AS date_precision,
        CASE
            WHEN (t.date_earliest IS NOT NULL) THEN 'own'::text
            ELSE 'none'::text
        END AS date_source,
    ( SELECT min(x.region_id) AS min
           FROM (core.twinning_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.twinning_id = t.id) AND (x.side = 'RU'::text))
         HAVING (count(*) = 1)) AS russian_region_id,
    ( SELECT min(x.region_id) AS min
           FROM (core.twinning_regions x
             JOIN core.regions r ON ((r.id = x.region_id)))
          WHERE ((x.twinning_id = t.id) AND (x.side = 'BY'::text))
         HAVING (count(*) = 1)) AS belarusian_region_id,
        CASE t.status
            WHEN 'planned'::text THEN 'Planned'::text
            WHEN 'signed'::text THEN 'Signed'::text
            WHEN 'renewed'::text THEN 'Renewed'::text
            ELSE NULL::text
        END AS status_label,
        CASE t.date_basis
            WHEN 'stated'::text THEN 'Stated in the article'::text
            WHEN 'inferred'::text THEN 'Inferred by the curator (see the note)'::text
            WHEN 'external'::text THEN 'From an outside source (see the citation)'::text
            WHEN 'unknown'::text THEN 'Not known'::text
            ELSE NULL::text
        END AS date_basis_label
   FROM ((core.twinning_agreements t
     JOIN core.sources s ON ((s.id = t.source_id)))
     LEFT JOIN core.twinning_agreements o ON ((o.id = t.renews_id)));



--
-- Name: VIEW twinning; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.twinning IS 'Twinning agreements between districts or cities: one row per agreement. Time axis: date_for_axis with date_precision (''planned in 2022'' is 2022-01-01 with precision year; undated agreements fall out of time filters). districts_count is additive only over agreements of one status that do not renew one another; the region lists have one row per element in reporting.twinning_regions.';


--
-- Name: COLUMN twinning.twinning_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.twinning_id IS 'Id of the agreement.';


--
-- Name: COLUMN twinning.russian_region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.russian_region IS 'Russian region(s) whose districts are twinned.';


--
-- Name: COLUMN twinning.russian_region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.russian_region_code IS 'ISO 3166-2 code(s) of those regions.';


--
-- Name: COLUMN twinning.belarusian_regions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.belarusian_regions IS 'Belarusian region(s) named; ''Belarus'' when only the country is.';


--
-- Name: COLUMN twinning.districts_count; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.districts_count IS 'Number of districts or municipalities paired, when stated.';


--
-- Name: COLUMN twinning.status; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.status IS 'planned, signed or renewed.';


--
-- Name: COLUMN twinning.year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.year IS 'Year, when known.';


--
-- Name: COLUMN twinning.month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.month IS 'Month, when known.';


--
-- Name: COLUMN twinning.day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.day IS 'Day, when known.';


--
-- Name: COLUMN twinning.date_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_earliest IS 'Earliest day the known parts allow.';


--
-- Name: COLUMN twinning.date_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_latest IS 'Latest day the known parts allow.';


--
-- Name: COLUMN twinning.date_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_basis IS 'stated, inferred, external or unknown.';


--
-- Name: COLUMN twinning.source_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.source_id IS 'Id of the source.';


--
-- Name: COLUMN twinning.source_file; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.source_file IS 'Article file the fact comes from.';


--
-- Name: COLUMN twinning.quote; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.quote IS 'Verbatim words of the source supporting the fact.';


--
-- Name: COLUMN twinning.key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.key IS 'Curated key, unique across the folder.';


--
-- Name: COLUMN twinning.note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.note IS 'Curator''s note on the agreement, when there is one.';


--
-- Name: COLUMN twinning.level; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.level IS 'What is twinned: district, city or oblast; NULL when the text does not say.';


--
-- Name: COLUMN twinning.units_count_by; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.units_count_by IS 'Number of Belarusian districts or cities twinned, when stated.';


--
-- Name: COLUMN twinning.units_count_ru; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.units_count_ru IS 'Number of Russian districts or cities twinned, when stated.';


--
-- Name: COLUMN twinning.renews_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.renews_id IS 'The agreement this one renews (its twinning_id), when it is recorded.';


--
-- Name: COLUMN twinning.renews_key; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.renews_key IS 'Key of the agreement this one renews.';


--
-- Name: COLUMN twinning.original_year; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_year IS 'Year the renewed agreement was first signed, when known.';


--
-- Name: COLUMN twinning.original_month; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_month IS 'Month of the first signing, when known.';


--
-- Name: COLUMN twinning.original_day; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_day IS 'Day of the first signing, when known.';


--
-- Name: COLUMN twinning.original_earliest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_earliest IS 'Earliest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning.original_latest; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_latest IS 'Latest day the known parts of the first signing allow.';


--
-- Name: COLUMN twinning.original_basis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_basis IS 'How the first signing''s date is known: stated, inferred, external or unknown.';


--
-- Name: COLUMN twinning.original_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_note IS 'Why an inferred first-signing date was inferred.';


--
-- Name: COLUMN twinning.original_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_citation_url IS 'For an external first-signing date: the outside source''s address.';


--
-- Name: COLUMN twinning.original_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_citation_publication IS 'For an external first-signing date: the outside publication.';


--
-- Name: COLUMN twinning.original_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.original_citation_says IS 'For an external first-signing date: what the outside source says.';


--
-- Name: COLUMN twinning.date_note; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_note IS 'Why an inferred date was inferred.';


--
-- Name: COLUMN twinning.date_citation_url; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_citation_url IS 'For an external date: the outside source''s address.';


--
-- Name: COLUMN twinning.date_citation_publication; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_citation_publication IS 'For an external date: the outside publication.';


--
-- Name: COLUMN twinning.date_citation_says; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_citation_says IS 'For an external date: what the outside source says.';


--
-- Name: COLUMN twinning.date_for_axis; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_for_axis IS 'Date to plot the row at: the agreement''s date (planned: when it is to be signed), the first day of its interval when only part of the date is known (1 January for a year alone). NULL when undated: such rows fall out of every time filter (a dashboard''s time range drops them), so count them apart (WHERE date_for_axis IS NULL).';


--
-- Name: COLUMN twinning.date_precision; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_precision IS 'How much of date_for_axis is known: day, month, quarter, half or year (the finest calendar unit holding the whole interval the date allows; year also for an interval of several years); none when undated.';


--
-- Name: COLUMN twinning.date_source; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_source IS 'Where date_for_axis comes from: own (the agreement''s date); none when undated.';


--
-- Name: COLUMN twinning.russian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.russian_region_id IS 'Id of the Russian region (reporting.regions.region_id) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';


--
-- Name: COLUMN twinning.belarusian_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.belarusian_region_id IS 'Id of the Belarusian region (reporting.regions.region_id, possibly the country Belarus) when the agreement names exactly one; NULL for none or several (all are in reporting.twinning_regions).';


--
-- Name: COLUMN twinning.status_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.status_label IS 'status in words, for display.';


--
-- Name: COLUMN twinning.date_basis_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning.date_basis_label IS 'date_basis in words, for display.';


--
-- Name: twinning_regions; Type: VIEW; Schema: reporting_source
--

CREATE VIEW reporting_source.twinning_regions AS
 SELECT (((x.twinning_id)::text || '-'::text) || (x.region_id)::text) AS twinning_region_id,
    x.twinning_id,
    x.region_id,
    x.side,
        CASE x.side
            WHEN 'BY'::text THEN 'Belarus'::text
            WHEN 'RU'::text THEN 'Russia'::text
            ELSE NULL::text
        END AS side_label,
    r.name AS region,
    r.iso_code AS region_code,
    r.kind AS region_kind
   FROM (core.twinning_regions x
     JOIN core.regions r ON ((r.id = x.region_id)));



--
-- Name: VIEW twinning_regions; Type: COMMENT; Schema: reporting_source
--

COMMENT ON VIEW reporting_source.twinning_regions IS 'Regions named by twinning agreements: one row per agreement and region, either side (the rows behind reporting.twinning.russian_region and belarusian_regions). Not additive: count rows or distinct twinning_id. Date: join reporting.twinning on twinning_id for date_for_axis.';


--
-- Name: COLUMN twinning_regions.twinning_region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.twinning_region_id IS 'Key of the row: twinning_id and region_id joined by ''-'' (both stable across loads).';


--
-- Name: COLUMN twinning_regions.twinning_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.twinning_id IS 'Id of the agreement (reporting.twinning).';


--
-- Name: COLUMN twinning_regions.region_id; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.region_id IS 'Id of the region (reporting.regions); the country Belarus when the article names no oblast.';


--
-- Name: COLUMN twinning_regions.side; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.side IS 'BY (Belarusian side) or RU (Russian side).';


--
-- Name: COLUMN twinning_regions.side_label; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.side_label IS 'side in words: Belarus or Russia.';


--
-- Name: COLUMN twinning_regions.region; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.region IS 'Preferred English name of the region.';


--
-- Name: COLUMN twinning_regions.region_code; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.region_code IS 'ISO 3166 code of the region.';


--
-- Name: COLUMN twinning_regions.region_kind; Type: COMMENT; Schema: reporting_source
--

COMMENT ON COLUMN reporting_source.twinning_regions.region_kind IS 'country, federal_city, oblast, district or city.';


--
-- Name: attestations pk_attestations; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT pk_attestations PRIMARY KEY (id);


--
-- Name: changes pk_changes; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.changes
    ADD CONSTRAINT pk_changes PRIMARY KEY (load_id, relation, row_key);


--
-- Name: enterprise_mentions pk_enterprise_mentions; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_mentions
    ADD CONSTRAINT pk_enterprise_mentions PRIMARY KEY (id);


--
-- Name: enterprise_names pk_enterprise_names; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_names
    ADD CONSTRAINT pk_enterprise_names PRIMARY KEY (id);


--
-- Name: enterprises pk_enterprises; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprises
    ADD CONSTRAINT pk_enterprises PRIMARY KEY (id);


--
-- Name: holdings pk_holdings; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.holdings
    ADD CONSTRAINT pk_holdings PRIMARY KEY (id);


--
-- Name: loads pk_loads; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.loads
    ADD CONSTRAINT pk_loads PRIMARY KEY (id);


--
-- Name: meeting_participants pk_meeting_participants; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT pk_meeting_participants PRIMARY KEY (id);


--
-- Name: meeting_regions pk_meeting_regions; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_regions
    ADD CONSTRAINT pk_meeting_regions PRIMARY KEY (meeting_id, region_id);


--
-- Name: meetings pk_meetings; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meetings
    ADD CONSTRAINT pk_meetings PRIMARY KEY (id);


--
-- Name: official_mentions pk_official_mentions; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_mentions
    ADD CONSTRAINT pk_official_mentions PRIMARY KEY (id);


--
-- Name: official_names pk_official_names; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_names
    ADD CONSTRAINT pk_official_names PRIMARY KEY (id);


--
-- Name: officials pk_officials; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.officials
    ADD CONSTRAINT pk_officials PRIMARY KEY (id);


--
-- Name: posts pk_posts; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.posts
    ADD CONSTRAINT pk_posts PRIMARY KEY (id);


--
-- Name: proposal_enterprises pk_proposal_enterprises; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposal_enterprises
    ADD CONSTRAINT pk_proposal_enterprises PRIMARY KEY (proposal_id, enterprise_id);


--
-- Name: proposals pk_proposals; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT pk_proposals PRIMARY KEY (id);


--
-- Name: quantities pk_quantities; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT pk_quantities PRIMARY KEY (id);


--
-- Name: region_names pk_region_names; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.region_names
    ADD CONSTRAINT pk_region_names PRIMARY KEY (id);


--
-- Name: regions pk_regions; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.regions
    ADD CONSTRAINT pk_regions PRIMARY KEY (id);


--
-- Name: sectors pk_sectors; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.sectors
    ADD CONSTRAINT pk_sectors PRIMARY KEY (id);


--
-- Name: source_dates pk_source_dates; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.source_dates
    ADD CONSTRAINT pk_source_dates PRIMARY KEY (id);


--
-- Name: sources pk_sources; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.sources
    ADD CONSTRAINT pk_sources PRIMARY KEY (id);


--
-- Name: statements pk_statements; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT pk_statements PRIMARY KEY (id);


--
-- Name: trade_figures pk_trade_figures; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_figures
    ADD CONSTRAINT pk_trade_figures PRIMARY KEY (id);


--
-- Name: trade_goods pk_trade_goods; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_goods
    ADD CONSTRAINT pk_trade_goods PRIMARY KEY (id);


--
-- Name: twinning_agreements pk_twinning_agreements; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_agreements
    ADD CONSTRAINT pk_twinning_agreements PRIMARY KEY (id);


--
-- Name: twinning_regions pk_twinning_regions; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_regions
    ADD CONSTRAINT pk_twinning_regions PRIMARY KEY (twinning_id, region_id);


--
-- Name: enterprise_mentions uq_enterprise_mentions_source_id_enterprise_id_quote_start; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_mentions
    ADD CONSTRAINT uq_enterprise_mentions_source_id_enterprise_id_quote_start UNIQUE (source_id, enterprise_id, quote_start);


--
-- Name: enterprise_names uq_enterprise_names_enterprise_id_name; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_names
    ADD CONSTRAINT uq_enterprise_names_enterprise_id_name UNIQUE (enterprise_id, name);


--
-- Name: enterprises uq_enterprises_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprises
    ADD CONSTRAINT uq_enterprises_key UNIQUE (key);


--
-- Name: holdings uq_holdings_official_id_post_id_term; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.holdings
    ADD CONSTRAINT uq_holdings_official_id_post_id_term UNIQUE (official_id, post_id, term);


--
-- Name: meeting_participants uq_meeting_participants_meeting_id_official_id; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT uq_meeting_participants_meeting_id_official_id UNIQUE (meeting_id, official_id);


--
-- Name: meetings uq_meetings_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meetings
    ADD CONSTRAINT uq_meetings_source_id_key UNIQUE (source_id, key);


--
-- Name: official_mentions uq_official_mentions_source_id_official_id_quote_start; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_mentions
    ADD CONSTRAINT uq_official_mentions_source_id_official_id_quote_start UNIQUE (source_id, official_id, quote_start);


--
-- Name: official_names uq_official_names_official_id_name; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_names
    ADD CONSTRAINT uq_official_names_official_id_name UNIQUE (official_id, name);


--
-- Name: officials uq_officials_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.officials
    ADD CONSTRAINT uq_officials_key UNIQUE (key);


--
-- Name: posts uq_posts_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.posts
    ADD CONSTRAINT uq_posts_key UNIQUE (key);


--
-- Name: proposals uq_proposals_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT uq_proposals_source_id_key UNIQUE (source_id, key);


--
-- Name: quantities uq_quantities_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT uq_quantities_source_id_key UNIQUE (source_id, key);


--
-- Name: region_names uq_region_names_region_id_name; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.region_names
    ADD CONSTRAINT uq_region_names_region_id_name UNIQUE (region_id, name);


--
-- Name: regions uq_regions_iso_code; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.regions
    ADD CONSTRAINT uq_regions_iso_code UNIQUE (iso_code);


--
-- Name: regions uq_regions_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.regions
    ADD CONSTRAINT uq_regions_key UNIQUE (key);


--
-- Name: sectors uq_sectors_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.sectors
    ADD CONSTRAINT uq_sectors_key UNIQUE (key);


--
-- Name: source_dates uq_source_dates_source_id_role; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.source_dates
    ADD CONSTRAINT uq_source_dates_source_id_role UNIQUE (source_id, role);


--
-- Name: sources uq_sources_file_name; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.sources
    ADD CONSTRAINT uq_sources_file_name UNIQUE (file_name);


--
-- Name: sources uq_sources_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.sources
    ADD CONSTRAINT uq_sources_key UNIQUE (key);


--
-- Name: statements uq_statements_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT uq_statements_source_id_key UNIQUE (source_id, key);


--
-- Name: trade_figures uq_trade_figures_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_figures
    ADD CONSTRAINT uq_trade_figures_source_id_key UNIQUE (source_id, key);


--
-- Name: trade_goods uq_trade_goods_source_id_region_id_direction_goods; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_goods
    ADD CONSTRAINT uq_trade_goods_source_id_region_id_direction_goods UNIQUE (source_id, region_id, direction, goods);


--
-- Name: twinning_agreements uq_twinning_agreements_source_id_key; Type: CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_agreements
    ADD CONSTRAINT uq_twinning_agreements_source_id_key UNIQUE (source_id, key);


--
-- Name: attestations pk_attestations; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT pk_attestations PRIMARY KEY (attestation_key);


--
-- Name: changes pk_changes; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.changes
    ADD CONSTRAINT pk_changes PRIMARY KEY (load_id, relation, row_key);


--
-- Name: enterprise_mentions pk_enterprise_mentions; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_mentions
    ADD CONSTRAINT pk_enterprise_mentions PRIMARY KEY (mention_id);


--
-- Name: enterprise_names pk_enterprise_names; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_names
    ADD CONSTRAINT pk_enterprise_names PRIMARY KEY (enterprise_name_id);


--
-- Name: enterprises pk_enterprises; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprises
    ADD CONSTRAINT pk_enterprises PRIMARY KEY (enterprise_id);


--
-- Name: loads pk_loads; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.loads
    ADD CONSTRAINT pk_loads PRIMARY KEY (load_id);


--
-- Name: meeting_participants pk_meeting_participants; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_participants
    ADD CONSTRAINT pk_meeting_participants PRIMARY KEY (participant_id);


--
-- Name: meeting_regions pk_meeting_regions; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_regions
    ADD CONSTRAINT pk_meeting_regions PRIMARY KEY (meeting_region_id);


--
-- Name: meetings pk_meetings; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meetings
    ADD CONSTRAINT pk_meetings PRIMARY KEY (meeting_id);


--
-- Name: official_mentions pk_official_mentions; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_mentions
    ADD CONSTRAINT pk_official_mentions PRIMARY KEY (official_mention_id);


--
-- Name: official_names pk_official_names; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_names
    ADD CONSTRAINT pk_official_names PRIMARY KEY (official_name_id);


--
-- Name: officials pk_officials; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.officials
    ADD CONSTRAINT pk_officials PRIMARY KEY (official_id);


--
-- Name: post_holders pk_post_holders; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.post_holders
    ADD CONSTRAINT pk_post_holders PRIMARY KEY (holding_id);


--
-- Name: posts pk_posts; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.posts
    ADD CONSTRAINT pk_posts PRIMARY KEY (post_id);


--
-- Name: proposal_enterprises pk_proposal_enterprises; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposal_enterprises
    ADD CONSTRAINT pk_proposal_enterprises PRIMARY KEY (proposal_enterprise_id);


--
-- Name: proposals pk_proposals; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposals
    ADD CONSTRAINT pk_proposals PRIMARY KEY (proposal_id);


--
-- Name: quantities pk_quantities; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT pk_quantities PRIMARY KEY (quantity_id);


--
-- Name: region_names pk_region_names; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.region_names
    ADD CONSTRAINT pk_region_names PRIMARY KEY (region_name_id);


--
-- Name: regions pk_regions; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.regions
    ADD CONSTRAINT pk_regions PRIMARY KEY (region_id);


--
-- Name: source_dates pk_source_dates; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.source_dates
    ADD CONSTRAINT pk_source_dates PRIMARY KEY (source_date_id);


--
-- Name: sources pk_sources; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.sources
    ADD CONSTRAINT pk_sources PRIMARY KEY (source_id);


--
-- Name: statements pk_statements; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.statements
    ADD CONSTRAINT pk_statements PRIMARY KEY (statement_id);


--
-- Name: trade_by_year pk_trade_by_year; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_by_year
    ADD CONSTRAINT pk_trade_by_year PRIMARY KEY (trade_year_id);


--
-- Name: trade_figure_groups pk_trade_figure_groups; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figure_groups
    ADD CONSTRAINT pk_trade_figure_groups PRIMARY KEY (trade_figure_id);


--
-- Name: trade_figures pk_trade_figures; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figures
    ADD CONSTRAINT pk_trade_figures PRIMARY KEY (trade_figure_id);


--
-- Name: trade_goods pk_trade_goods; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_goods
    ADD CONSTRAINT pk_trade_goods PRIMARY KEY (trade_good_id);


--
-- Name: twinning pk_twinning; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning
    ADD CONSTRAINT pk_twinning PRIMARY KEY (twinning_id);


--
-- Name: twinning_regions pk_twinning_regions; Type: CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning_regions
    ADD CONSTRAINT pk_twinning_regions PRIMARY KEY (twinning_region_id);


--
-- Name: ix_attestations_meeting_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_meeting_id ON core.attestations USING btree (meeting_id);


--
-- Name: ix_attestations_proposal_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_proposal_id ON core.attestations USING btree (proposal_id);


--
-- Name: ix_attestations_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_source_id ON core.attestations USING btree (source_id);


--
-- Name: ix_attestations_statement_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_statement_id ON core.attestations USING btree (statement_id);


--
-- Name: ix_attestations_trade_figure_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_trade_figure_id ON core.attestations USING btree (trade_figure_id);


--
-- Name: ix_attestations_twinning_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_attestations_twinning_id ON core.attestations USING btree (twinning_id);


--
-- Name: ix_enterprise_mentions_enterprise_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprise_mentions_enterprise_id ON core.enterprise_mentions USING btree (enterprise_id);


--
-- Name: ix_enterprise_mentions_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprise_mentions_region_id ON core.enterprise_mentions USING btree (region_id);


--
-- Name: ix_enterprise_mentions_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprise_mentions_source_id ON core.enterprise_mentions USING btree (source_id);


--
-- Name: ix_enterprise_names_enterprise_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprise_names_enterprise_id ON core.enterprise_names USING btree (enterprise_id);


--
-- Name: ix_enterprises_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprises_region_id ON core.enterprises USING btree (region_id);


--
-- Name: ix_enterprises_sector_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_enterprises_sector_id ON core.enterprises USING btree (sector_id);


--
-- Name: ix_holdings_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_holdings_official_id ON core.holdings USING btree (official_id);


--
-- Name: ix_holdings_post_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_holdings_post_id ON core.holdings USING btree (post_id);


--
-- Name: ix_meeting_participants_meeting_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meeting_participants_meeting_id ON core.meeting_participants USING btree (meeting_id);


--
-- Name: ix_meeting_participants_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meeting_participants_official_id ON core.meeting_participants USING btree (official_id);


--
-- Name: ix_meeting_participants_post_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meeting_participants_post_id ON core.meeting_participants USING btree (post_id);


--
-- Name: ix_meeting_participants_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meeting_participants_source_id ON core.meeting_participants USING btree (source_id);


--
-- Name: ix_meeting_regions_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meeting_regions_region_id ON core.meeting_regions USING btree (region_id);


--
-- Name: ix_meetings_date_earliest; Type: INDEX; Schema: core
--

CREATE INDEX ix_meetings_date_earliest ON core.meetings USING btree (date_earliest);


--
-- Name: ix_meetings_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_meetings_source_id ON core.meetings USING btree (source_id);


--
-- Name: ix_official_mentions_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_official_mentions_official_id ON core.official_mentions USING btree (official_id);


--
-- Name: ix_official_mentions_post_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_official_mentions_post_id ON core.official_mentions USING btree (post_id);


--
-- Name: ix_official_mentions_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_official_mentions_source_id ON core.official_mentions USING btree (source_id);


--
-- Name: ix_official_names_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_official_names_official_id ON core.official_names USING btree (official_id);


--
-- Name: ix_posts_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_posts_region_id ON core.posts USING btree (region_id);


--
-- Name: ix_proposal_enterprises_enterprise_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposal_enterprises_enterprise_id ON core.proposal_enterprises USING btree (enterprise_id);


--
-- Name: ix_proposals_meeting_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposals_meeting_id ON core.proposals USING btree (meeting_id);


--
-- Name: ix_proposals_proposed_by_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposals_proposed_by_official_id ON core.proposals USING btree (proposed_by_official_id);


--
-- Name: ix_proposals_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposals_region_id ON core.proposals USING btree (region_id);


--
-- Name: ix_proposals_sector_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposals_sector_id ON core.proposals USING btree (sector_id);


--
-- Name: ix_proposals_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_proposals_source_id ON core.proposals USING btree (source_id);


--
-- Name: ix_quantities_meeting_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_meeting_id ON core.quantities USING btree (meeting_id);


--
-- Name: ix_quantities_proposal_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_proposal_id ON core.quantities USING btree (proposal_id);


--
-- Name: ix_quantities_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_region_id ON core.quantities USING btree (region_id);


--
-- Name: ix_quantities_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_source_id ON core.quantities USING btree (source_id);


--
-- Name: ix_quantities_statement_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_statement_id ON core.quantities USING btree (statement_id);


--
-- Name: ix_quantities_trade_figure_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_trade_figure_id ON core.quantities USING btree (trade_figure_id);


--
-- Name: ix_quantities_twinning_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_quantities_twinning_id ON core.quantities USING btree (twinning_id);


--
-- Name: ix_region_names_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_region_names_region_id ON core.region_names USING btree (region_id);


--
-- Name: ix_regions_parent_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_regions_parent_id ON core.regions USING btree (parent_id);


--
-- Name: ix_source_dates_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_source_dates_source_id ON core.source_dates USING btree (source_id);


--
-- Name: ix_sources_search; Type: INDEX; Schema: core
--

CREATE INDEX ix_sources_search ON core.sources USING gin (search_vector);


--
-- Name: ix_statements_meeting_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_statements_meeting_id ON core.statements USING btree (meeting_id);


--
-- Name: ix_statements_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_statements_region_id ON core.statements USING btree (region_id);


--
-- Name: ix_statements_sector_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_statements_sector_id ON core.statements USING btree (sector_id);


--
-- Name: ix_statements_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_statements_source_id ON core.statements USING btree (source_id);


--
-- Name: ix_statements_speaker_official_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_statements_speaker_official_id ON core.statements USING btree (speaker_official_id);


--
-- Name: ix_trade_figures_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_trade_figures_region_id ON core.trade_figures USING btree (region_id);


--
-- Name: ix_trade_figures_same_as_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_trade_figures_same_as_id ON core.trade_figures USING btree (same_as_id);


--
-- Name: ix_trade_figures_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_trade_figures_source_id ON core.trade_figures USING btree (source_id);


--
-- Name: ix_trade_goods_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_trade_goods_region_id ON core.trade_goods USING btree (region_id);


--
-- Name: ix_trade_goods_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_trade_goods_source_id ON core.trade_goods USING btree (source_id);


--
-- Name: ix_twinning_agreements_renews_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_twinning_agreements_renews_id ON core.twinning_agreements USING btree (renews_id);


--
-- Name: ix_twinning_agreements_source_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_twinning_agreements_source_id ON core.twinning_agreements USING btree (source_id);


--
-- Name: ix_twinning_regions_region_id; Type: INDEX; Schema: core
--

CREATE INDEX ix_twinning_regions_region_id ON core.twinning_regions USING btree (region_id);


--
-- Name: ix_attestations_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_date_for_axis ON reporting.attestations USING btree (date_for_axis);


--
-- Name: ix_attestations_defined_in_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_defined_in_source_id ON reporting.attestations USING btree (defined_in_source_id);


--
-- Name: ix_attestations_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_meeting_id ON reporting.attestations USING btree (meeting_id);


--
-- Name: ix_attestations_proposal_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_proposal_id ON reporting.attestations USING btree (proposal_id);


--
-- Name: ix_attestations_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_source_id ON reporting.attestations USING btree (source_id);


--
-- Name: ix_attestations_statement_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_statement_id ON reporting.attestations USING btree (statement_id);


--
-- Name: ix_attestations_trade_figure_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_trade_figure_id ON reporting.attestations USING btree (trade_figure_id);


--
-- Name: ix_attestations_twinning_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_attestations_twinning_id ON reporting.attestations USING btree (twinning_id);


--
-- Name: ix_enterprise_mentions_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_date_for_axis ON reporting.enterprise_mentions USING btree (date_for_axis);


--
-- Name: ix_enterprise_mentions_enterprise_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_enterprise_id ON reporting.enterprise_mentions USING btree (enterprise_id);


--
-- Name: ix_enterprise_mentions_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_russian_region ON reporting.enterprise_mentions USING btree (russian_region);


--
-- Name: ix_enterprise_mentions_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_russian_region_code ON reporting.enterprise_mentions USING btree (russian_region_code);


--
-- Name: ix_enterprise_mentions_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_russian_region_id ON reporting.enterprise_mentions USING btree (russian_region_id);


--
-- Name: ix_enterprise_mentions_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_mentions_source_id ON reporting.enterprise_mentions USING btree (source_id);


--
-- Name: ix_enterprise_names_enterprise_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprise_names_enterprise_id ON reporting.enterprise_names USING btree (enterprise_id);


--
-- Name: ix_enterprises_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprises_region ON reporting.enterprises USING btree (region);


--
-- Name: ix_enterprises_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprises_region_code ON reporting.enterprises USING btree (region_code);


--
-- Name: ix_enterprises_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_enterprises_region_id ON reporting.enterprises USING btree (region_id);


--
-- Name: ix_meeting_participants_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_date_for_axis ON reporting.meeting_participants USING btree (date_for_axis);


--
-- Name: ix_meeting_participants_meeting_date; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_meeting_date ON reporting.meeting_participants USING btree (meeting_date);


--
-- Name: ix_meeting_participants_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_meeting_id ON reporting.meeting_participants USING btree (meeting_id);


--
-- Name: ix_meeting_participants_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_official_id ON reporting.meeting_participants USING btree (official_id);


--
-- Name: ix_meeting_participants_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_russian_region ON reporting.meeting_participants USING btree (russian_region);


--
-- Name: ix_meeting_participants_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_russian_region_code ON reporting.meeting_participants USING btree (russian_region_code);


--
-- Name: ix_meeting_participants_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_russian_region_id ON reporting.meeting_participants USING btree (russian_region_id);


--
-- Name: ix_meeting_participants_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_source_id ON reporting.meeting_participants USING btree (source_id);


--
-- Name: ix_meeting_participants_year; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_participants_year ON reporting.meeting_participants USING btree (year);


--
-- Name: ix_meeting_regions_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_regions_meeting_id ON reporting.meeting_regions USING btree (meeting_id);


--
-- Name: ix_meeting_regions_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_regions_region ON reporting.meeting_regions USING btree (region);


--
-- Name: ix_meeting_regions_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_regions_region_code ON reporting.meeting_regions USING btree (region_code);


--
-- Name: ix_meeting_regions_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meeting_regions_region_id ON reporting.meeting_regions USING btree (region_id);


--
-- Name: ix_meetings_belarusian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_belarusian_region_id ON reporting.meetings USING btree (belarusian_region_id);


--
-- Name: ix_meetings_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_date_for_axis ON reporting.meetings USING btree (date_for_axis);


--
-- Name: ix_meetings_meeting_date; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_meeting_date ON reporting.meetings USING btree (meeting_date);


--
-- Name: ix_meetings_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_russian_region ON reporting.meetings USING btree (russian_region);


--
-- Name: ix_meetings_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_russian_region_code ON reporting.meetings USING btree (russian_region_code);


--
-- Name: ix_meetings_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_russian_region_id ON reporting.meetings USING btree (russian_region_id);


--
-- Name: ix_meetings_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_source_id ON reporting.meetings USING btree (source_id);


--
-- Name: ix_meetings_year; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_meetings_year ON reporting.meetings USING btree (year);


--
-- Name: ix_official_mentions_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_official_mentions_date_for_axis ON reporting.official_mentions USING btree (date_for_axis);


--
-- Name: ix_official_mentions_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_official_mentions_official_id ON reporting.official_mentions USING btree (official_id);


--
-- Name: ix_official_mentions_post_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_official_mentions_post_id ON reporting.official_mentions USING btree (post_id);


--
-- Name: ix_official_mentions_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_official_mentions_source_id ON reporting.official_mentions USING btree (source_id);


--
-- Name: ix_official_names_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_official_names_official_id ON reporting.official_names USING btree (official_id);


--
-- Name: ix_post_holders_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_date_for_axis ON reporting.post_holders USING btree (date_for_axis);


--
-- Name: ix_post_holders_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_official_id ON reporting.post_holders USING btree (official_id);


--
-- Name: ix_post_holders_post_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_post_id ON reporting.post_holders USING btree (post_id);


--
-- Name: ix_post_holders_post_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_post_region ON reporting.post_holders USING btree (post_region);


--
-- Name: ix_post_holders_post_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_post_region_code ON reporting.post_holders USING btree (post_region_code);


--
-- Name: ix_post_holders_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_post_holders_region_id ON reporting.post_holders USING btree (region_id);


--
-- Name: ix_posts_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_posts_region ON reporting.posts USING btree (region);


--
-- Name: ix_posts_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_posts_region_code ON reporting.posts USING btree (region_code);


--
-- Name: ix_posts_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_posts_region_id ON reporting.posts USING btree (region_id);


--
-- Name: ix_proposal_enterprises_enterprise_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposal_enterprises_enterprise_id ON reporting.proposal_enterprises USING btree (enterprise_id);


--
-- Name: ix_proposal_enterprises_proposal_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposal_enterprises_proposal_id ON reporting.proposal_enterprises USING btree (proposal_id);


--
-- Name: ix_proposal_enterprises_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposal_enterprises_russian_region_id ON reporting.proposal_enterprises USING btree (russian_region_id);


--
-- Name: ix_proposals_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_date_for_axis ON reporting.proposals USING btree (date_for_axis);


--
-- Name: ix_proposals_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_meeting_id ON reporting.proposals USING btree (meeting_id);


--
-- Name: ix_proposals_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_official_id ON reporting.proposals USING btree (official_id);


--
-- Name: ix_proposals_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_russian_region ON reporting.proposals USING btree (russian_region);


--
-- Name: ix_proposals_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_russian_region_code ON reporting.proposals USING btree (russian_region_code);


--
-- Name: ix_proposals_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_russian_region_id ON reporting.proposals USING btree (russian_region_id);


--
-- Name: ix_proposals_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_proposals_source_id ON reporting.proposals USING btree (source_id);


--
-- Name: ix_quantities_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_date_for_axis ON reporting.quantities USING btree (date_for_axis);


--
-- Name: ix_quantities_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_meeting_id ON reporting.quantities USING btree (meeting_id);


--
-- Name: ix_quantities_proposal_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_proposal_id ON reporting.quantities USING btree (proposal_id);


--
-- Name: ix_quantities_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_russian_region ON reporting.quantities USING btree (russian_region);


--
-- Name: ix_quantities_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_russian_region_code ON reporting.quantities USING btree (russian_region_code);


--
-- Name: ix_quantities_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_russian_region_id ON reporting.quantities USING btree (russian_region_id);


--
-- Name: ix_quantities_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_source_id ON reporting.quantities USING btree (source_id);


--
-- Name: ix_quantities_statement_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_statement_id ON reporting.quantities USING btree (statement_id);


--
-- Name: ix_quantities_trade_figure_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_trade_figure_id ON reporting.quantities USING btree (trade_figure_id);


--
-- Name: ix_quantities_twinning_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_quantities_twinning_id ON reporting.quantities USING btree (twinning_id);


--
-- Name: ix_region_names_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_region_names_region_id ON reporting.region_names USING btree (region_id);


--
-- Name: ix_source_dates_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_source_dates_date_for_axis ON reporting.source_dates USING btree (date_for_axis);


--
-- Name: ix_source_dates_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_source_dates_source_id ON reporting.source_dates USING btree (source_id);


--
-- Name: ix_source_dates_year; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_source_dates_year ON reporting.source_dates USING btree (year);


--
-- Name: ix_sources_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_sources_date_for_axis ON reporting.sources USING btree (date_for_axis);


--
-- Name: ix_sources_published_date; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_sources_published_date ON reporting.sources USING btree (published_date);


--
-- Name: ix_statements_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_date_for_axis ON reporting.statements USING btree (date_for_axis);


--
-- Name: ix_statements_meeting_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_meeting_id ON reporting.statements USING btree (meeting_id);


--
-- Name: ix_statements_official_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_official_id ON reporting.statements USING btree (official_id);


--
-- Name: ix_statements_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_russian_region ON reporting.statements USING btree (russian_region);


--
-- Name: ix_statements_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_russian_region_code ON reporting.statements USING btree (russian_region_code);


--
-- Name: ix_statements_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_russian_region_id ON reporting.statements USING btree (russian_region_id);


--
-- Name: ix_statements_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_statements_source_id ON reporting.statements USING btree (source_id);


--
-- Name: ix_trade_by_year_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_date_for_axis ON reporting.trade_by_year USING btree (date_for_axis);


--
-- Name: ix_trade_by_year_preferred_trade_figure_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_preferred_trade_figure_id ON reporting.trade_by_year USING btree (preferred_trade_figure_id);


--
-- Name: ix_trade_by_year_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_russian_region ON reporting.trade_by_year USING btree (russian_region);


--
-- Name: ix_trade_by_year_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_russian_region_code ON reporting.trade_by_year USING btree (russian_region_code);


--
-- Name: ix_trade_by_year_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_russian_region_id ON reporting.trade_by_year USING btree (russian_region_id);


--
-- Name: ix_trade_by_year_year; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_by_year_year ON reporting.trade_by_year USING btree (year);


--
-- Name: ix_trade_figure_groups_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figure_groups_source_id ON reporting.trade_figure_groups USING btree (source_id);


--
-- Name: ix_trade_figures_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_date_for_axis ON reporting.trade_figures USING btree (date_for_axis);


--
-- Name: ix_trade_figures_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_russian_region ON reporting.trade_figures USING btree (russian_region);


--
-- Name: ix_trade_figures_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_russian_region_code ON reporting.trade_figures USING btree (russian_region_code);


--
-- Name: ix_trade_figures_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_russian_region_id ON reporting.trade_figures USING btree (russian_region_id);


--
-- Name: ix_trade_figures_same_as_trade_figure_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_same_as_trade_figure_id ON reporting.trade_figures USING btree (same_as_trade_figure_id);


--
-- Name: ix_trade_figures_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_figures_source_id ON reporting.trade_figures USING btree (source_id);


--
-- Name: ix_trade_goods_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_goods_date_for_axis ON reporting.trade_goods USING btree (date_for_axis);


--
-- Name: ix_trade_goods_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_goods_russian_region ON reporting.trade_goods USING btree (russian_region);


--
-- Name: ix_trade_goods_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_goods_russian_region_code ON reporting.trade_goods USING btree (russian_region_code);


--
-- Name: ix_trade_goods_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_goods_russian_region_id ON reporting.trade_goods USING btree (russian_region_id);


--
-- Name: ix_trade_goods_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_trade_goods_source_id ON reporting.trade_goods USING btree (source_id);


--
-- Name: ix_twinning_belarusian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_belarusian_region_id ON reporting.twinning USING btree (belarusian_region_id);


--
-- Name: ix_twinning_belarusian_regions; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_belarusian_regions ON reporting.twinning USING btree (belarusian_regions);


--
-- Name: ix_twinning_date_for_axis; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_date_for_axis ON reporting.twinning USING btree (date_for_axis);


--
-- Name: ix_twinning_regions_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_regions_region ON reporting.twinning_regions USING btree (region);


--
-- Name: ix_twinning_regions_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_regions_region_code ON reporting.twinning_regions USING btree (region_code);


--
-- Name: ix_twinning_regions_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_regions_region_id ON reporting.twinning_regions USING btree (region_id);


--
-- Name: ix_twinning_regions_twinning_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_regions_twinning_id ON reporting.twinning_regions USING btree (twinning_id);


--
-- Name: ix_twinning_renews_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_renews_id ON reporting.twinning USING btree (renews_id);


--
-- Name: ix_twinning_russian_region; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_russian_region ON reporting.twinning USING btree (russian_region);


--
-- Name: ix_twinning_russian_region_code; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_russian_region_code ON reporting.twinning USING btree (russian_region_code);


--
-- Name: ix_twinning_russian_region_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_russian_region_id ON reporting.twinning USING btree (russian_region_id);


--
-- Name: ix_twinning_source_id; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_source_id ON reporting.twinning USING btree (source_id);


--
-- Name: ix_twinning_year; Type: INDEX; Schema: reporting
--

CREATE INDEX ix_twinning_year ON reporting.twinning USING btree (year);


--
-- Name: attestations quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.attestations FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: enterprise_mentions quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.enterprise_mentions FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: meeting_participants quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.meeting_participants FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: meetings quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.meetings FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: official_mentions quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.official_mentions FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: proposals quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.proposals FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: quantities quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.quantities FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: source_dates quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.source_dates FOR EACH ROW WHEN ((new.quote IS NOT NULL)) EXECUTE FUNCTION core.check_quote();


--
-- Name: statements quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.statements FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: trade_figures quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.trade_figures FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: trade_goods quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.trade_goods FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: twinning_agreements quote_matches_source; Type: TRIGGER; Schema: core
--

CREATE TRIGGER quote_matches_source BEFORE INSERT OR UPDATE OF source_id, quote, quote_start, quote_end ON core.twinning_agreements FOR EACH ROW EXECUTE FUNCTION core.check_quote();


--
-- Name: attestations fk_attestations_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE RESTRICT;


--
-- Name: attestations fk_attestations_proposal_id_proposals; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_proposal_id_proposals FOREIGN KEY (proposal_id) REFERENCES core.proposals(id) ON DELETE RESTRICT;


--
-- Name: attestations fk_attestations_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: attestations fk_attestations_statement_id_statements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_statement_id_statements FOREIGN KEY (statement_id) REFERENCES core.statements(id) ON DELETE RESTRICT;


--
-- Name: attestations fk_attestations_trade_figure_id_trade_figures; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_trade_figure_id_trade_figures FOREIGN KEY (trade_figure_id) REFERENCES core.trade_figures(id) ON DELETE RESTRICT;


--
-- Name: attestations fk_attestations_twinning_id_twinning_agreements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.attestations
    ADD CONSTRAINT fk_attestations_twinning_id_twinning_agreements FOREIGN KEY (twinning_id) REFERENCES core.twinning_agreements(id) ON DELETE RESTRICT;


--
-- Name: changes fk_changes_load_id_loads; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.changes
    ADD CONSTRAINT fk_changes_load_id_loads FOREIGN KEY (load_id) REFERENCES core.loads(id) ON DELETE CASCADE;


--
-- Name: enterprise_mentions fk_enterprise_mentions_enterprise_id_enterprises; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_enterprise_id_enterprises FOREIGN KEY (enterprise_id) REFERENCES core.enterprises(id) ON DELETE RESTRICT;


--
-- Name: enterprise_mentions fk_enterprise_mentions_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: enterprise_mentions fk_enterprise_mentions_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: enterprise_names fk_enterprise_names_enterprise_id_enterprises; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprise_names
    ADD CONSTRAINT fk_enterprise_names_enterprise_id_enterprises FOREIGN KEY (enterprise_id) REFERENCES core.enterprises(id) ON DELETE CASCADE;


--
-- Name: enterprises fk_enterprises_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprises
    ADD CONSTRAINT fk_enterprises_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: enterprises fk_enterprises_sector_id_sectors; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.enterprises
    ADD CONSTRAINT fk_enterprises_sector_id_sectors FOREIGN KEY (sector_id) REFERENCES core.sectors(id) ON DELETE RESTRICT;


--
-- Name: holdings fk_holdings_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.holdings
    ADD CONSTRAINT fk_holdings_official_id_officials FOREIGN KEY (official_id) REFERENCES core.officials(id) ON DELETE CASCADE;


--
-- Name: holdings fk_holdings_post_id_posts; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.holdings
    ADD CONSTRAINT fk_holdings_post_id_posts FOREIGN KEY (post_id) REFERENCES core.posts(id) ON DELETE RESTRICT;


--
-- Name: meeting_participants fk_meeting_participants_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_participants fk_meeting_participants_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_official_id_officials FOREIGN KEY (official_id) REFERENCES core.officials(id) ON DELETE RESTRICT;


--
-- Name: meeting_participants fk_meeting_participants_post_id_posts; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_post_id_posts FOREIGN KEY (post_id) REFERENCES core.posts(id) ON DELETE RESTRICT;


--
-- Name: meeting_participants fk_meeting_participants_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: meeting_regions fk_meeting_regions_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_regions
    ADD CONSTRAINT fk_meeting_regions_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE CASCADE;


--
-- Name: meeting_regions fk_meeting_regions_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meeting_regions
    ADD CONSTRAINT fk_meeting_regions_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: meetings fk_meetings_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.meetings
    ADD CONSTRAINT fk_meetings_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: official_mentions fk_official_mentions_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_mentions
    ADD CONSTRAINT fk_official_mentions_official_id_officials FOREIGN KEY (official_id) REFERENCES core.officials(id) ON DELETE RESTRICT;


--
-- Name: official_mentions fk_official_mentions_post_id_posts; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_mentions
    ADD CONSTRAINT fk_official_mentions_post_id_posts FOREIGN KEY (post_id) REFERENCES core.posts(id) ON DELETE RESTRICT;


--
-- Name: official_mentions fk_official_mentions_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_mentions
    ADD CONSTRAINT fk_official_mentions_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: official_names fk_official_names_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.official_names
    ADD CONSTRAINT fk_official_names_official_id_officials FOREIGN KEY (official_id) REFERENCES core.officials(id) ON DELETE CASCADE;


--
-- Name: posts fk_posts_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.posts
    ADD CONSTRAINT fk_posts_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: proposal_enterprises fk_proposal_enterprises_enterprise_id_enterprises; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposal_enterprises
    ADD CONSTRAINT fk_proposal_enterprises_enterprise_id_enterprises FOREIGN KEY (enterprise_id) REFERENCES core.enterprises(id) ON DELETE RESTRICT;


--
-- Name: proposal_enterprises fk_proposal_enterprises_proposal_id_proposals; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposal_enterprises
    ADD CONSTRAINT fk_proposal_enterprises_proposal_id_proposals FOREIGN KEY (proposal_id) REFERENCES core.proposals(id) ON DELETE CASCADE;


--
-- Name: proposals fk_proposals_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT fk_proposals_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE SET NULL;


--
-- Name: proposals fk_proposals_proposed_by_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT fk_proposals_proposed_by_official_id_officials FOREIGN KEY (proposed_by_official_id) REFERENCES core.officials(id) ON DELETE RESTRICT;


--
-- Name: proposals fk_proposals_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT fk_proposals_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: proposals fk_proposals_sector_id_sectors; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT fk_proposals_sector_id_sectors FOREIGN KEY (sector_id) REFERENCES core.sectors(id) ON DELETE RESTRICT;


--
-- Name: proposals fk_proposals_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.proposals
    ADD CONSTRAINT fk_proposals_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: quantities fk_quantities_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE SET NULL;


--
-- Name: quantities fk_quantities_proposal_id_proposals; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_proposal_id_proposals FOREIGN KEY (proposal_id) REFERENCES core.proposals(id) ON DELETE SET NULL;


--
-- Name: quantities fk_quantities_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: quantities fk_quantities_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: quantities fk_quantities_statement_id_statements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_statement_id_statements FOREIGN KEY (statement_id) REFERENCES core.statements(id) ON DELETE SET NULL;


--
-- Name: quantities fk_quantities_trade_figure_id_trade_figures; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_trade_figure_id_trade_figures FOREIGN KEY (trade_figure_id) REFERENCES core.trade_figures(id) ON DELETE SET NULL;


--
-- Name: quantities fk_quantities_twinning_id_twinning_agreements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.quantities
    ADD CONSTRAINT fk_quantities_twinning_id_twinning_agreements FOREIGN KEY (twinning_id) REFERENCES core.twinning_agreements(id) ON DELETE SET NULL;


--
-- Name: region_names fk_region_names_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.region_names
    ADD CONSTRAINT fk_region_names_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE CASCADE;


--
-- Name: regions fk_regions_parent_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.regions
    ADD CONSTRAINT fk_regions_parent_id_regions FOREIGN KEY (parent_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: source_dates fk_source_dates_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.source_dates
    ADD CONSTRAINT fk_source_dates_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: statements fk_statements_meeting_id_meetings; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT fk_statements_meeting_id_meetings FOREIGN KEY (meeting_id) REFERENCES core.meetings(id) ON DELETE SET NULL;


--
-- Name: statements fk_statements_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT fk_statements_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: statements fk_statements_sector_id_sectors; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT fk_statements_sector_id_sectors FOREIGN KEY (sector_id) REFERENCES core.sectors(id) ON DELETE RESTRICT;


--
-- Name: statements fk_statements_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT fk_statements_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: statements fk_statements_speaker_official_id_officials; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.statements
    ADD CONSTRAINT fk_statements_speaker_official_id_officials FOREIGN KEY (speaker_official_id) REFERENCES core.officials(id) ON DELETE RESTRICT;


--
-- Name: trade_figures fk_trade_figures_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_figures
    ADD CONSTRAINT fk_trade_figures_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: trade_figures fk_trade_figures_same_as_id_trade_figures; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_figures
    ADD CONSTRAINT fk_trade_figures_same_as_id_trade_figures FOREIGN KEY (same_as_id) REFERENCES core.trade_figures(id) ON DELETE SET NULL;


--
-- Name: trade_figures fk_trade_figures_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_figures
    ADD CONSTRAINT fk_trade_figures_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: trade_goods fk_trade_goods_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_goods
    ADD CONSTRAINT fk_trade_goods_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: trade_goods fk_trade_goods_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.trade_goods
    ADD CONSTRAINT fk_trade_goods_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: twinning_agreements fk_twinning_agreements_renews_id_twinning_agreements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_agreements
    ADD CONSTRAINT fk_twinning_agreements_renews_id_twinning_agreements FOREIGN KEY (renews_id) REFERENCES core.twinning_agreements(id) ON DELETE SET NULL;


--
-- Name: twinning_agreements fk_twinning_agreements_source_id_sources; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_agreements
    ADD CONSTRAINT fk_twinning_agreements_source_id_sources FOREIGN KEY (source_id) REFERENCES core.sources(id) ON DELETE CASCADE;


--
-- Name: twinning_regions fk_twinning_regions_region_id_regions; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_regions
    ADD CONSTRAINT fk_twinning_regions_region_id_regions FOREIGN KEY (region_id) REFERENCES core.regions(id) ON DELETE RESTRICT;


--
-- Name: twinning_regions fk_twinning_regions_twinning_id_twinning_agreements; Type: FK CONSTRAINT; Schema: core
--

ALTER TABLE ONLY core.twinning_regions
    ADD CONSTRAINT fk_twinning_regions_twinning_id_twinning_agreements FOREIGN KEY (twinning_id) REFERENCES core.twinning_agreements(id) ON DELETE CASCADE;


--
-- Name: attestations fk_attestations_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: attestations fk_attestations_proposal_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_proposal_id FOREIGN KEY (proposal_id) REFERENCES reporting.proposals(proposal_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: attestations fk_attestations_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: attestations fk_attestations_statement_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_statement_id FOREIGN KEY (statement_id) REFERENCES reporting.statements(statement_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: attestations fk_attestations_trade_figure_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_trade_figure_id FOREIGN KEY (trade_figure_id) REFERENCES reporting.trade_figures(trade_figure_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: attestations fk_attestations_twinning_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.attestations
    ADD CONSTRAINT fk_attestations_twinning_id FOREIGN KEY (twinning_id) REFERENCES reporting.twinning(twinning_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: changes fk_changes_load_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.changes
    ADD CONSTRAINT fk_changes_load_id FOREIGN KEY (load_id) REFERENCES reporting.loads(load_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: enterprise_mentions fk_enterprise_mentions_enterprise_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_enterprise_id FOREIGN KEY (enterprise_id) REFERENCES reporting.enterprises(enterprise_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: enterprise_mentions fk_enterprise_mentions_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: enterprise_mentions fk_enterprise_mentions_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_mentions
    ADD CONSTRAINT fk_enterprise_mentions_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: enterprise_names fk_enterprise_names_enterprise_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprise_names
    ADD CONSTRAINT fk_enterprise_names_enterprise_id FOREIGN KEY (enterprise_id) REFERENCES reporting.enterprises(enterprise_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: enterprises fk_enterprises_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.enterprises
    ADD CONSTRAINT fk_enterprises_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_participants fk_meeting_participants_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_participants fk_meeting_participants_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_participants fk_meeting_participants_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_participants fk_meeting_participants_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_participants
    ADD CONSTRAINT fk_meeting_participants_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_regions fk_meeting_regions_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_regions
    ADD CONSTRAINT fk_meeting_regions_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meeting_regions fk_meeting_regions_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meeting_regions
    ADD CONSTRAINT fk_meeting_regions_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meetings fk_meetings_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meetings
    ADD CONSTRAINT fk_meetings_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: meetings fk_meetings_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.meetings
    ADD CONSTRAINT fk_meetings_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: official_mentions fk_official_mentions_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_mentions
    ADD CONSTRAINT fk_official_mentions_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: official_mentions fk_official_mentions_post_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_mentions
    ADD CONSTRAINT fk_official_mentions_post_id FOREIGN KEY (post_id) REFERENCES reporting.posts(post_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: official_mentions fk_official_mentions_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_mentions
    ADD CONSTRAINT fk_official_mentions_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: official_names fk_official_names_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.official_names
    ADD CONSTRAINT fk_official_names_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: post_holders fk_post_holders_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.post_holders
    ADD CONSTRAINT fk_post_holders_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: post_holders fk_post_holders_post_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.post_holders
    ADD CONSTRAINT fk_post_holders_post_id FOREIGN KEY (post_id) REFERENCES reporting.posts(post_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: post_holders fk_post_holders_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.post_holders
    ADD CONSTRAINT fk_post_holders_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: posts fk_posts_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.posts
    ADD CONSTRAINT fk_posts_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposal_enterprises fk_proposal_enterprises_enterprise_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposal_enterprises
    ADD CONSTRAINT fk_proposal_enterprises_enterprise_id FOREIGN KEY (enterprise_id) REFERENCES reporting.enterprises(enterprise_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposal_enterprises fk_proposal_enterprises_proposal_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposal_enterprises
    ADD CONSTRAINT fk_proposal_enterprises_proposal_id FOREIGN KEY (proposal_id) REFERENCES reporting.proposals(proposal_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposal_enterprises fk_proposal_enterprises_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposal_enterprises
    ADD CONSTRAINT fk_proposal_enterprises_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposals fk_proposals_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposals
    ADD CONSTRAINT fk_proposals_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposals fk_proposals_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposals
    ADD CONSTRAINT fk_proposals_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposals fk_proposals_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposals
    ADD CONSTRAINT fk_proposals_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: proposals fk_proposals_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.proposals
    ADD CONSTRAINT fk_proposals_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_proposal_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_proposal_id FOREIGN KEY (proposal_id) REFERENCES reporting.proposals(proposal_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_statement_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_statement_id FOREIGN KEY (statement_id) REFERENCES reporting.statements(statement_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_trade_figure_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_trade_figure_id FOREIGN KEY (trade_figure_id) REFERENCES reporting.trade_figures(trade_figure_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: quantities fk_quantities_twinning_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.quantities
    ADD CONSTRAINT fk_quantities_twinning_id FOREIGN KEY (twinning_id) REFERENCES reporting.twinning(twinning_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: region_names fk_region_names_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.region_names
    ADD CONSTRAINT fk_region_names_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: source_dates fk_source_dates_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.source_dates
    ADD CONSTRAINT fk_source_dates_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: statements fk_statements_meeting_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.statements
    ADD CONSTRAINT fk_statements_meeting_id FOREIGN KEY (meeting_id) REFERENCES reporting.meetings(meeting_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: statements fk_statements_official_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.statements
    ADD CONSTRAINT fk_statements_official_id FOREIGN KEY (official_id) REFERENCES reporting.officials(official_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: statements fk_statements_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.statements
    ADD CONSTRAINT fk_statements_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: statements fk_statements_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.statements
    ADD CONSTRAINT fk_statements_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_by_year fk_trade_by_year_preferred_trade_figure_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_by_year
    ADD CONSTRAINT fk_trade_by_year_preferred_trade_figure_id FOREIGN KEY (preferred_trade_figure_id) REFERENCES reporting.trade_figures(trade_figure_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_by_year fk_trade_by_year_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_by_year
    ADD CONSTRAINT fk_trade_by_year_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_figure_groups fk_trade_figure_groups_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figure_groups
    ADD CONSTRAINT fk_trade_figure_groups_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_figure_groups fk_trade_figure_groups_trade_figure_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figure_groups
    ADD CONSTRAINT fk_trade_figure_groups_trade_figure_id FOREIGN KEY (trade_figure_id) REFERENCES reporting.trade_figures(trade_figure_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_figures fk_trade_figures_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figures
    ADD CONSTRAINT fk_trade_figures_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_figures fk_trade_figures_same_as_trade_figure_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figures
    ADD CONSTRAINT fk_trade_figures_same_as_trade_figure_id FOREIGN KEY (same_as_trade_figure_id) REFERENCES reporting.trade_figures(trade_figure_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_figures fk_trade_figures_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_figures
    ADD CONSTRAINT fk_trade_figures_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_goods fk_trade_goods_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_goods
    ADD CONSTRAINT fk_trade_goods_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: trade_goods fk_trade_goods_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.trade_goods
    ADD CONSTRAINT fk_trade_goods_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: twinning_regions fk_twinning_regions_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning_regions
    ADD CONSTRAINT fk_twinning_regions_region_id FOREIGN KEY (region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: twinning_regions fk_twinning_regions_twinning_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning_regions
    ADD CONSTRAINT fk_twinning_regions_twinning_id FOREIGN KEY (twinning_id) REFERENCES reporting.twinning(twinning_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: twinning fk_twinning_renews_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning
    ADD CONSTRAINT fk_twinning_renews_id FOREIGN KEY (renews_id) REFERENCES reporting.twinning(twinning_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: twinning fk_twinning_russian_region_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning
    ADD CONSTRAINT fk_twinning_russian_region_id FOREIGN KEY (russian_region_id) REFERENCES reporting.regions(region_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: twinning fk_twinning_source_id; Type: FK CONSTRAINT; Schema: reporting
--

ALTER TABLE ONLY reporting.twinning
    ADD CONSTRAINT fk_twinning_source_id FOREIGN KEY (source_id) REFERENCES reporting.sources(source_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: SCHEMA core; Type: ACL; Schema: -
--

GRANT USAGE ON SCHEMA core TO coopdb_reader;
GRANT USAGE ON SCHEMA core TO coopdb_sandbox;


--
-- Name: SCHEMA reporting; Type: ACL; Schema: -
--

GRANT USAGE ON SCHEMA reporting TO coopdb_reader;
GRANT USAGE ON SCHEMA reporting TO coopdb_sandbox;
GRANT USAGE ON SCHEMA reporting TO coopdb_reporting_reader;


--
-- Name: FUNCTION check_quote(); Type: ACL; Schema: core
--

REVOKE ALL ON FUNCTION core.check_quote() FROM PUBLIC;


--
-- Name: FUNCTION run_read_only(query text, column_count integer); Type: ACL; Schema: core; Owner: coopdb_sandbox
--

REVOKE ALL ON FUNCTION core.run_read_only(query text, column_count integer) FROM PUBLIC;
GRANT ALL ON FUNCTION core.run_read_only(query text, column_count integer) TO coopdb_reader;
GRANT ALL ON FUNCTION core.run_read_only(query text, column_count integer) TO __COOPDB_OWNER__;


--
-- Name: FUNCTION search_text(body text); Type: ACL; Schema: core
--

REVOKE ALL ON FUNCTION core.search_text(body text) FROM PUBLIC;
GRANT ALL ON FUNCTION core.search_text(body text) TO coopdb_reader;
GRANT ALL ON FUNCTION core.search_text(body text) TO coopdb_sandbox;


--
-- Name: FUNCTION search_vector(title text, body text); Type: ACL; Schema: core
--

REVOKE ALL ON FUNCTION core.search_vector(title text, body text) FROM PUBLIC;
GRANT ALL ON FUNCTION core.search_vector(title text, body text) TO coopdb_reader;
GRANT ALL ON FUNCTION core.search_vector(title text, body text) TO coopdb_sandbox;


--
-- Name: FUNCTION lo_creat(integer); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_creat(integer) FROM PUBLIC;


--
-- Name: FUNCTION lo_create(oid); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_create(oid) FROM PUBLIC;


--
-- Name: FUNCTION lo_from_bytea(oid, bytea); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_from_bytea(oid, bytea) FROM PUBLIC;


--
-- Name: FUNCTION lo_put(oid, bigint, bytea); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_put(oid, bigint, bytea) FROM PUBLIC;


--
-- Name: FUNCTION lo_truncate(integer, integer); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_truncate(integer, integer) FROM PUBLIC;


--
-- Name: FUNCTION lo_truncate64(integer, bigint); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lo_truncate64(integer, bigint) FROM PUBLIC;


--
-- Name: FUNCTION lowrite(integer, bytea); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.lowrite(integer, bytea) FROM PUBLIC;


--
-- Name: FUNCTION pg_notify(text, text); Type: ACL; Schema: pg_catalog
--

REVOKE ALL ON FUNCTION pg_catalog.pg_notify(text, text) FROM PUBLIC;


--
-- Name: TABLE attestations; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.attestations TO coopdb_reader;
GRANT SELECT ON TABLE core.attestations TO coopdb_sandbox;


--
-- Name: TABLE changes; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.changes TO coopdb_reader;
GRANT SELECT ON TABLE core.changes TO coopdb_sandbox;


--
-- Name: TABLE enterprise_mentions; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.enterprise_mentions TO coopdb_reader;
GRANT SELECT ON TABLE core.enterprise_mentions TO coopdb_sandbox;


--
-- Name: TABLE enterprise_names; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.enterprise_names TO coopdb_reader;
GRANT SELECT ON TABLE core.enterprise_names TO coopdb_sandbox;


--
-- Name: TABLE enterprises; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.enterprises TO coopdb_reader;
GRANT SELECT ON TABLE core.enterprises TO coopdb_sandbox;


--
-- Name: TABLE holdings; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.holdings TO coopdb_reader;
GRANT SELECT ON TABLE core.holdings TO coopdb_sandbox;


--
-- Name: TABLE loads; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.loads TO coopdb_reader;
GRANT SELECT ON TABLE core.loads TO coopdb_sandbox;


--
-- Name: TABLE meeting_participants; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.meeting_participants TO coopdb_reader;
GRANT SELECT ON TABLE core.meeting_participants TO coopdb_sandbox;


--
-- Name: TABLE meeting_regions; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.meeting_regions TO coopdb_reader;
GRANT SELECT ON TABLE core.meeting_regions TO coopdb_sandbox;


--
-- Name: TABLE meetings; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.meetings TO coopdb_reader;
GRANT SELECT ON TABLE core.meetings TO coopdb_sandbox;


--
-- Name: TABLE official_mentions; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.official_mentions TO coopdb_reader;
GRANT SELECT ON TABLE core.official_mentions TO coopdb_sandbox;


--
-- Name: TABLE official_names; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.official_names TO coopdb_reader;
GRANT SELECT ON TABLE core.official_names TO coopdb_sandbox;


--
-- Name: TABLE officials; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.officials TO coopdb_reader;
GRANT SELECT ON TABLE core.officials TO coopdb_sandbox;


--
-- Name: TABLE posts; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.posts TO coopdb_reader;
GRANT SELECT ON TABLE core.posts TO coopdb_sandbox;


--
-- Name: TABLE proposal_enterprises; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.proposal_enterprises TO coopdb_reader;
GRANT SELECT ON TABLE core.proposal_enterprises TO coopdb_sandbox;


--
-- Name: TABLE proposals; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.proposals TO coopdb_reader;
GRANT SELECT ON TABLE core.proposals TO coopdb_sandbox;


--
-- Name: TABLE quantities; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.quantities TO coopdb_reader;
GRANT SELECT ON TABLE core.quantities TO coopdb_sandbox;


--
-- Name: TABLE region_names; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.region_names TO coopdb_reader;
GRANT SELECT ON TABLE core.region_names TO coopdb_sandbox;


--
-- Name: TABLE regions; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.regions TO coopdb_reader;
GRANT SELECT ON TABLE core.regions TO coopdb_sandbox;


--
-- Name: TABLE sectors; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.sectors TO coopdb_reader;
GRANT SELECT ON TABLE core.sectors TO coopdb_sandbox;


--
-- Name: TABLE source_dates; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.source_dates TO coopdb_reader;
GRANT SELECT ON TABLE core.source_dates TO coopdb_sandbox;


--
-- Name: TABLE sources; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.sources TO coopdb_reader;
GRANT SELECT ON TABLE core.sources TO coopdb_sandbox;


--
-- Name: TABLE statements; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.statements TO coopdb_reader;
GRANT SELECT ON TABLE core.statements TO coopdb_sandbox;


--
-- Name: TABLE trade_figures; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.trade_figures TO coopdb_reader;
GRANT SELECT ON TABLE core.trade_figures TO coopdb_sandbox;


--
-- Name: TABLE trade_goods; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.trade_goods TO coopdb_reader;
GRANT SELECT ON TABLE core.trade_goods TO coopdb_sandbox;


--
-- Name: TABLE twinning_agreements; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.twinning_agreements TO coopdb_reader;
GRANT SELECT ON TABLE core.twinning_agreements TO coopdb_sandbox;


--
-- Name: TABLE twinning_regions; Type: ACL; Schema: core
--

GRANT SELECT ON TABLE core.twinning_regions TO coopdb_reader;
GRANT SELECT ON TABLE core.twinning_regions TO coopdb_sandbox;


--
-- Name: TABLE alembic_version; Type: ACL; Schema: public
--

GRANT SELECT ON TABLE public.alembic_version TO coopdb_reader;
GRANT SELECT ON TABLE public.alembic_version TO coopdb_reporting_reader;


--
-- Name: TABLE attestations; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.attestations TO coopdb_reader;
GRANT SELECT ON TABLE reporting.attestations TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.attestations TO coopdb_reporting_reader;


--
-- Name: TABLE changes; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.changes TO coopdb_reader;
GRANT SELECT ON TABLE reporting.changes TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.changes TO coopdb_reporting_reader;


--
-- Name: TABLE enterprise_mentions; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.enterprise_mentions TO coopdb_reader;
GRANT SELECT ON TABLE reporting.enterprise_mentions TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.enterprise_mentions TO coopdb_reporting_reader;


--
-- Name: TABLE enterprise_names; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.enterprise_names TO coopdb_reader;
GRANT SELECT ON TABLE reporting.enterprise_names TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.enterprise_names TO coopdb_reporting_reader;


--
-- Name: TABLE enterprises; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.enterprises TO coopdb_reader;
GRANT SELECT ON TABLE reporting.enterprises TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.enterprises TO coopdb_reporting_reader;


--
-- Name: TABLE loads; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.loads TO coopdb_reader;
GRANT SELECT ON TABLE reporting.loads TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.loads TO coopdb_reporting_reader;


--
-- Name: TABLE meeting_participants; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.meeting_participants TO coopdb_reader;
GRANT SELECT ON TABLE reporting.meeting_participants TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.meeting_participants TO coopdb_reporting_reader;


--
-- Name: TABLE meeting_regions; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.meeting_regions TO coopdb_reader;
GRANT SELECT ON TABLE reporting.meeting_regions TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.meeting_regions TO coopdb_reporting_reader;


--
-- Name: TABLE meetings; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.meetings TO coopdb_reader;
GRANT SELECT ON TABLE reporting.meetings TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.meetings TO coopdb_reporting_reader;


--
-- Name: TABLE official_mentions; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.official_mentions TO coopdb_reader;
GRANT SELECT ON TABLE reporting.official_mentions TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.official_mentions TO coopdb_reporting_reader;


--
-- Name: TABLE official_names; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.official_names TO coopdb_reader;
GRANT SELECT ON TABLE reporting.official_names TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.official_names TO coopdb_reporting_reader;


--
-- Name: TABLE officials; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.officials TO coopdb_reader;
GRANT SELECT ON TABLE reporting.officials TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.officials TO coopdb_reporting_reader;


--
-- Name: TABLE post_holders; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.post_holders TO coopdb_reader;
GRANT SELECT ON TABLE reporting.post_holders TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.post_holders TO coopdb_reporting_reader;


--
-- Name: TABLE posts; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.posts TO coopdb_reader;
GRANT SELECT ON TABLE reporting.posts TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.posts TO coopdb_reporting_reader;


--
-- Name: TABLE proposal_enterprises; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.proposal_enterprises TO coopdb_reader;
GRANT SELECT ON TABLE reporting.proposal_enterprises TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.proposal_enterprises TO coopdb_reporting_reader;


--
-- Name: TABLE proposals; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.proposals TO coopdb_reader;
GRANT SELECT ON TABLE reporting.proposals TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.proposals TO coopdb_reporting_reader;


--
-- Name: TABLE quantities; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.quantities TO coopdb_reader;
GRANT SELECT ON TABLE reporting.quantities TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.quantities TO coopdb_reporting_reader;


--
-- Name: TABLE region_names; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.region_names TO coopdb_reader;
GRANT SELECT ON TABLE reporting.region_names TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.region_names TO coopdb_reporting_reader;


--
-- Name: TABLE regions; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.regions TO coopdb_reader;
GRANT SELECT ON TABLE reporting.regions TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.regions TO coopdb_reporting_reader;


--
-- Name: TABLE source_dates; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.source_dates TO coopdb_reader;
GRANT SELECT ON TABLE reporting.source_dates TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.source_dates TO coopdb_reporting_reader;


--
-- Name: TABLE sources; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.sources TO coopdb_reader;
GRANT SELECT ON TABLE reporting.sources TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.sources TO coopdb_reporting_reader;


--
-- Name: TABLE statements; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.statements TO coopdb_reader;
GRANT SELECT ON TABLE reporting.statements TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.statements TO coopdb_reporting_reader;


--
-- Name: TABLE trade_by_year; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.trade_by_year TO coopdb_reader;
GRANT SELECT ON TABLE reporting.trade_by_year TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.trade_by_year TO coopdb_reporting_reader;


--
-- Name: TABLE trade_figure_groups; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.trade_figure_groups TO coopdb_reader;
GRANT SELECT ON TABLE reporting.trade_figure_groups TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.trade_figure_groups TO coopdb_reporting_reader;


--
-- Name: TABLE trade_figures; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.trade_figures TO coopdb_reader;
GRANT SELECT ON TABLE reporting.trade_figures TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.trade_figures TO coopdb_reporting_reader;


--
-- Name: TABLE trade_goods; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.trade_goods TO coopdb_reader;
GRANT SELECT ON TABLE reporting.trade_goods TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.trade_goods TO coopdb_reporting_reader;


--
-- Name: TABLE twinning; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.twinning TO coopdb_reader;
GRANT SELECT ON TABLE reporting.twinning TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.twinning TO coopdb_reporting_reader;


--
-- Name: TABLE twinning_regions; Type: ACL; Schema: reporting
--

GRANT SELECT ON TABLE reporting.twinning_regions TO coopdb_reader;
GRANT SELECT ON TABLE reporting.twinning_regions TO coopdb_sandbox;
GRANT SELECT ON TABLE reporting.twinning_regions TO coopdb_reporting_reader;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: core
--

ALTER DEFAULT PRIVILEGES FOR ROLE __COOPDB_OWNER__ IN SCHEMA core GRANT SELECT ON TABLES TO coopdb_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE __COOPDB_OWNER__ IN SCHEMA core GRANT SELECT ON TABLES TO coopdb_sandbox;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: reporting
--

ALTER DEFAULT PRIVILEGES FOR ROLE __COOPDB_OWNER__ IN SCHEMA reporting GRANT SELECT ON TABLES TO coopdb_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE __COOPDB_OWNER__ IN SCHEMA reporting GRANT SELECT ON TABLES TO coopdb_sandbox;
ALTER DEFAULT PRIVILEGES FOR ROLE __COOPDB_OWNER__ IN SCHEMA reporting GRANT SELECT ON TABLES TO coopdb_reporting_reader;


--
-- PostgreSQL database dump complete
--


SET LOCAL statement_timeout TO DEFAULT;
SET LOCAL lock_timeout TO DEFAULT;
SET LOCAL idle_in_transaction_session_timeout TO DEFAULT;
SET LOCAL transaction_timeout TO DEFAULT;
SET LOCAL client_encoding TO DEFAULT;
SET LOCAL standard_conforming_strings TO DEFAULT;
SET LOCAL check_function_bodies TO DEFAULT;
SET LOCAL xmloption TO DEFAULT;
SET LOCAL client_min_messages TO DEFAULT;
SET LOCAL row_security TO DEFAULT;
SET LOCAL default_tablespace TO DEFAULT;
SET LOCAL default_table_access_method TO DEFAULT;
SET LOCAL search_path TO DEFAULT;
