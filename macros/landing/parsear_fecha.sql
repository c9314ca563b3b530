{#- Dates of the landing contract: `YYYY-MM-DD` (a day), `YYYY-MM` (a month) or `DD/MM/YYYY`
    (a day; one-digit day or month accepted). A date that does not exist in the calendar
    (2024-02-30) or whose year falls outside 1900–2099 (a typo such as 0224) is not recognised.
    Each macro takes the raw text column. -#}

{#- Returns the day (DATE) of a day-granularity fecha, NULL for a month or an invalid text. -#}
{% macro fecha_dia(columna) -%}
    (case
        when regexp_full_match({{ texto_limpio(columna) }}, '(19|20)[0-9]{2}-[0-9]{2}-[0-9]{2}')
            then cast(try_strptime({{ texto_limpio(columna) }}, '%Y-%m-%d') as date)
        when regexp_full_match({{ texto_limpio(columna) }}, '[0-9]{1,2}/[0-9]{1,2}/(19|20)[0-9]{2}')
            then cast(try_strptime({{ texto_limpio(columna) }}, '%d/%m/%Y') as date)
    end)
{%- endmacro %}

{#- Returns the first day of the fecha's month (DATE), NULL when the text is not a valid fecha. -#}
{% macro fecha_mes(columna) -%}
    (case
        when regexp_full_match({{ texto_limpio(columna) }}, '(19|20)[0-9]{2}-[0-9]{2}')
            then cast(try_strptime({{ texto_limpio(columna) }} || '-01', '%Y-%m-%d') as date)
        else cast(date_trunc('month', {{ fecha_dia(columna) }}) as date)
    end)
{%- endmacro %}

{#- Returns 'dia' or 'mes' (the granularity the fecha was written at), NULL when invalid. -#}
{% macro fecha_granularidad(columna) -%}
    (case
        when {{ fecha_dia(columna) }} is not null then 'dia'
        when {{ fecha_mes(columna) }} is not null then 'mes'
    end)
{%- endmacro %}
