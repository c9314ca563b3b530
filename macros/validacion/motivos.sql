{#- Reasons (motivos) why a landing row breaks the contract, in Spanish, quoting the value as
    received. Every macro reads the staging columns `<columna>_texto` (raw text) and the parsed
    or looked-up value, and returns NULL when the value is fine. A row's motivo joins them with
    `; ` (see motivo_fila). -#}

{#- «value» as received, for quoting in a reason. -#}
{% macro citar(columna_texto) -%}
    '«' || {{ columna_texto }} || '»'
{%- endmacro %}

{#- Joins the reasons of one row; NULL when the row is valid. -#}
{% macro motivo_fila(motivos) -%}
    nullif(concat_ws('; ', {{ motivos | join(', ') }}), '')
{%- endmacro %}

{% macro motivo_obligatorio(columna) -%}
    (case
        when {{ texto_limpio(columna ~ '_texto') }} is null
            then 'falta el valor obligatorio de {{ columna }}'
    end)
{%- endmacro %}

{#- `fecha`: required for count and amount sources; `solo_mes` for sources whose fecha is a month. -#}
{% macro motivo_fecha(obligatoria=true, solo_mes=false) -%}
    (case
        when {{ texto_limpio('fecha_texto') }} is null
            then {% if obligatoria %}'falta el valor obligatorio de fecha'{% else %}null{% endif %}
        when mes is null
            then 'fecha no reconocida: ' || {{ citar('fecha_texto') }}
                || ' (formatos aceptados: AAAA-MM-DD, AAAA-MM o DD/MM/AAAA, con una fecha que exista en el calendario)'
        {%- if solo_mes %}
        when granularidad <> 'mes'
            then 'fecha no reconocida: ' || {{ citar('fecha_texto') }}
                || ' (esta fuente se entrega por mes: AAAA-MM)'
        {%- endif %}
    end)
{%- endmacro %}

{#- `cantidad`: absent means 1; otherwise a whole number ≥ 0 written with digits only. -#}
{% macro motivo_cantidad() -%}
    (case
        when {{ texto_limpio('cantidad_texto') }} is not null and cantidad is null
            then 'cantidad inválida (debe ser un entero ≥ 0): ' || {{ citar('cantidad_texto') }}
    end)
{%- endmacro %}

{#- Whole numbers other than cantidad (`edad`, `anio`): `error` is the Spanish reason before the
    quoted value, e.g. 'edad inválida (debe ser un número entero de años)'. -#}
{% macro motivo_entero(columna, error, obligatoria=false) -%}
    (case
        when {{ texto_limpio(columna ~ '_texto') }} is null
            then {% if obligatoria %}'falta el valor obligatorio de {{ columna }}'{% else %}null{% endif %}
        when {{ columna }} is null
            then '{{ error }}: ' || {{ citar(columna ~ '_texto') }}
    end)
{%- endmacro %}

{#- A code with a fixed shape (`patron`, a regular expression over the folded value), e.g. the PNI
    indicator id `5.5.2.a`. `error` is the Spanish reason before the quoted value. -#}
{% macro motivo_patron(columna, patron, error) -%}
    (case
        when {{ columna }} is not null and not regexp_full_match({{ columna }}, '{{ patron }}')
            then '{{ error }}: ' || {{ citar(columna ~ '_texto') }}
    end)
{%- endmacro %}

{#- Amounts: not negative, `.` decimal point, `,` only between groups of three digits, cents. -#}
{% macro motivo_monto(columna='monto', obligatoria=true) -%}
    (case
        when {{ texto_limpio(columna ~ '_texto') }} is null
            then {% if obligatoria %}'falta el valor obligatorio de {{ columna }}'{% else %}null{% endif %}
        when {{ columna }} is not null
            then null
        when {{ texto_limpio(columna ~ '_texto') }} like '-%'
            then '{{ columna }} mal formado: ' || {{ citar(columna ~ '_texto') }}
                || ' (no se aceptan valores negativos)'
        when {{ monto_bien_formado(columna ~ '_texto') }}
            and regexp_matches({{ texto_limpio(columna ~ '_texto') }}, '\.[0-9]{3,}$')
            then '{{ columna }} con más de dos decimales: ' || {{ citar(columna ~ '_texto') }}
                || ' (se expresa en dólares y centavos; no se redondea)'
        when {{ monto_bien_formado(columna ~ '_texto') }}
            then '{{ columna }} fuera de rango: ' || {{ citar(columna ~ '_texto') }}
        else '{{ columna }} mal formado: ' || {{ citar(columna ~ '_texto') }}
            || ' (use «.» como punto decimal y «,» solo para separar miles en grupos de tres, sin símbolo de moneda ni espacios)'
    end)
{%- endmacro %}

{#- Closed lists: the folded value must be a code of `lista` or one of its synonyms. `codigo` is
    the looked-up code (see codigo_cerrado). A single `H` for sexo gets its own explanation. -#}
{% macro motivo_lista_cerrada(columna, lista, codigo, obligatoria=true) -%}
    (case
        when {{ texto_limpio(columna ~ '_texto') }} is null
            then {% if obligatoria %}'falta el valor obligatorio de {{ columna }}'{% else %}null{% endif %}
        {%- if lista == 'sexo' %}
        when {{ columna }} = 'h'
            then 'valor fuera de la lista cerrada de sexo: ' || {{ citar(columna ~ '_texto') }}
                || ' (se rechaza «H»: en las exportaciones que usan H/M, «M» significa mujer y adivinar'
                || ' invertiría los sexos sin aviso; envíe M/F, masculino/femenino u hombre/mujer'
                || ' y revise las filas con «M» de esta entrega)'
        {%- endif %}
        when {{ codigo }} is null
            then 'valor fuera de la lista cerrada de {{ columna }}: ' || {{ citar(columna ~ '_texto') }}
                || ' (valores aceptados: ' || (
                    select string_agg(aceptados.valor, ', ' order by aceptados.orden, aceptados.valor)
                    from {{ ref('int_codigos__aceptados') }} as aceptados
                    where aceptados.lista = '{{ lista }}'
                ) || ')'
    end)
{%- endmacro %}
