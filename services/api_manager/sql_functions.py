"""The functions a SQL API may call: PostgreSQL built-ins that read their arguments and nothing else.

An allowlist, not a denylist: a function is callable only when it is named here. Everything on the
list is free of side effects (no sleep, locks, notifications, settings, sequences, large objects,
files, other connections, backend signals) and cannot run SQL given as text or read a table by name
(`query_to_xml`, `table_to_xml`, `dblink` are absent for that reason). Cost is bounded by the
statement timeout; `generate_series` is also bounded statically by the validator.
"""

from __future__ import annotations

AGGREGATES = """
count sum avg min max stddev stddev_pop stddev_samp variance var_pop var_samp array_agg string_agg
json_agg jsonb_agg json_agg_strict jsonb_agg_strict json_object_agg jsonb_object_agg bool_and bool_or
every bit_and bit_or bit_xor corr covar_pop covar_samp regr_avgx regr_avgy regr_count regr_intercept
regr_r2 regr_slope regr_sxx regr_sxy regr_syy percentile_cont percentile_disc mode any_value grouping
range_agg range_intersect_agg
"""
WINDOWS = """
row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value last_value nth_value
"""
MATH = """
abs ceil ceiling floor round trunc sign sqrt cbrt power pow exp ln log log10 mod div degrees radians pi
greatest least width_bucket gcd lcm factorial scale min_scale trim_scale random random_normal
sin cos tan cot asin acos atan atan2 sind cosd tand cotd asind acosd atand atan2d sinh cosh tanh asinh
acosh atanh erf erfc
"""
STRINGS = """
length char_length character_length octet_length bit_length lower upper initcap btrim ltrim rtrim trim
substring substr left right lpad rpad replace reverse position strpos split_part concat concat_ws format
repeat translate overlay starts_with regexp_replace regexp_match regexp_matches regexp_split_to_array
regexp_split_to_table regexp_count regexp_instr regexp_like regexp_substr md5 sha224 sha256 sha384 sha512
encode decode to_hex ascii chr quote_ident quote_literal quote_nullable string_to_array string_to_table
array_to_string unistr normalize casefold to_ascii convert_from convert_to bit_count get_bit get_byte
"""
TIME = """
now current_date current_time current_timestamp localtime localtimestamp clock_timestamp
statement_timestamp transaction_timestamp timeofday date_trunc date_part extract date_bin age make_date
make_time make_timestamp make_timestamptz make_interval to_timestamp to_date to_char to_number
justify_days justify_hours justify_interval isfinite timezone date_add date_subtract
"""
CONDITIONAL = """
coalesce nullif num_nonnulls num_nulls
"""
JSON = """
to_json to_jsonb json_build_object jsonb_build_object json_build_array jsonb_build_array json_object
jsonb_object json_array_length jsonb_array_length json_each jsonb_each json_each_text jsonb_each_text
json_extract_path jsonb_extract_path json_extract_path_text jsonb_extract_path_text json_object_keys
jsonb_object_keys json_array_elements jsonb_array_elements json_array_elements_text
jsonb_array_elements_text json_typeof jsonb_typeof json_strip_nulls jsonb_strip_nulls jsonb_pretty
jsonb_set jsonb_set_lax jsonb_insert jsonb_path_query jsonb_path_exists jsonb_path_match
jsonb_path_query_array jsonb_path_query_first row_to_json array_to_json json_to_record json_to_recordset
jsonb_to_record jsonb_to_recordset json_scalar json_serialize json_query json_value json_exists
json_array json_arrayagg json_objectagg to_tsvector to_tsquery plainto_tsquery phraseto_tsquery
websearch_to_tsquery ts_rank ts_rank_cd ts_headline setweight strip numnode querytree
"""
ARRAYS = """
array_length array_position array_positions array_remove array_replace array_append array_prepend
array_cat array_dims array_lower array_upper array_ndims cardinality unnest generate_subscripts
trim_array array_reverse array_sort array_sample array_shuffle
"""
RANGES_AND_NETWORK = """
isempty lower_inc upper_inc lower_inf upper_inf range_merge multirange tstzrange tsrange daterange
int4range int8range numrange host hostmask masklen netmask network broadcast family abbrev set_masklen
inet_same_family inet_merge text inet cidr macaddr
"""
CASTS = """
date time timestamp timestamptz interval int int2 int4 int8 integer bigint smallint float4 float8 numeric
bool boolean varchar char bpchar row
"""
SET_RETURNING = "generate_series"

SAFE_FUNCTIONS: frozenset[str] = frozenset(
    [
        *" ".join(
            (AGGREGATES, WINDOWS, MATH, STRINGS, TIME, CONDITIONAL, JSON, ARRAYS, RANGES_AND_NETWORK, CASTS)
        ).split(),
        SET_RETURNING,
    ]
)

# Never on the list, named so a test can prove none of them slips in through a typed sqlglot node.
KNOWN_DANGEROUS: tuple[str, ...] = (
    "pg_sleep",
    "pg_sleep_for",
    "pg_sleep_until",
    "set_config",
    "current_setting",
    "nextval",
    "setval",
    "currval",
    "lastval",
    "pg_advisory_lock",
    "pg_advisory_xact_lock",
    "pg_try_advisory_lock",
    "pg_notify",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_ls_dir",
    "pg_stat_file",
    "lo_import",
    "lo_export",
    "lo_from_bytea",
    "lo_create",
    "dblink",
    "dblink_exec",
    "query_to_xml",
    "table_to_xml",
    "cursor_to_xml",
    "database_to_xml",
    "schema_to_xml",
    "pg_terminate_backend",
    "pg_cancel_backend",
    "pg_reload_conf",
    "pg_rotate_logfile",
    "txid_current",
    "pg_current_xact_id",
    "pg_logical_emit_message",
    "pg_switch_wal",
    "pg_create_restore_point",
    "version",
    "inet_server_addr",
    "pg_postmaster_start_time",
    "xpath",
    "xmlparse",
    "pg_file_write",
    "pg_stat_reset",
    "setseed",
    "pg_backend_pid",
    "pg_blocking_pids",
    "pg_export_snapshot",
    "pg_import_system_collations",
    "pg_get_functiondef",
    "has_table_privilege",
    "current_user_id",
    "pg_catalog_version",
    "pg_walfile_name",
    "pg_ls_logdir",
    "pg_ls_waldir",
)
