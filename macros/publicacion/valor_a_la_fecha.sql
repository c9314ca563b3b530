{#- A PNI indicator's value up to a year, by its target type: a cumulative or end-of-period target
    adds the years up to it (only when the year itself has a value), a deliverable done in an
    earlier year stays done, any other type is the year's own value. Used for the computed value
    and, on their own, for the institutions' reports (pni_avance). -#}
{% macro valor_a_la_fecha(del_anio, suma_a_la_fecha, maximo_anterior) -%}
    case
        when tipo_meta in ('acumulada', 'fin_de_periodo') then case when {{ del_anio }} is not null then {{ suma_a_la_fecha }} end
        when tipo_meta = 'entregable' then
            case
                when {{ del_anio }} is not null then greatest({{ del_anio }}, coalesce({{ maximo_anterior }}, 0))
                when {{ maximo_anterior }} >= 1 then {{ maximo_anterior }}
            end
        else {{ del_anio }}
    end
{%- endmacro %}
