{#- Age group published instead of the age (outputs.md): `nna` (niñas, niños y adolescentes,
    under 18), `adulto` (18 or more), `sin_dato` (no age sent). -#}
{% macro grupo_edad(edad) -%}
    (case
        when {{ edad }} is null then 'sin_dato'
        when {{ edad }} < 18 then 'nna'
        else 'adulto'
    end)
{%- endmacro %}
