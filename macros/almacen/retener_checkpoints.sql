{#
    On-run-start hook. While `memoria run` writes the warehouse in place, its changes must stay out of
    the file until the run commits with its own checkpoint (pipelines/warehouse/pending-transaction.ts);
    DuckDB checkpoints when its last connection closes unless told not to. Node signals the
    transaction by setting MEMORIA_CHECKPOINT_THRESHOLD (profiles.yml); outside one, dbt behaves as usual.
#}
{% macro retener_checkpoints() %}
    {%- if env_var('MEMORIA_CHECKPOINT_THRESHOLD', '') -%}
        pragma disable_checkpoint_on_shutdown
    {%- else -%}
        select 1
    {%- endif -%}
{% endmacro %}
