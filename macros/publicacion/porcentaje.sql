{#- Returns numerador / denominador × 100 as DECIMAL(18,2), rounded half away from zero (the
    project's only rounding), NULL when the denominator is 0 or NULL. Computed in exact integer
    arithmetic on hundredths: DuckDB divides DECIMALs as DOUBLE, whose binary fractions could
    round a tie the wrong way. Works for integer counts and DECIMAL(·,2) amounts alike. -#}
{% macro porcentaje(numerador, denominador) -%}
    (case
        when {{ denominador }} is not null and {{ denominador }} <> 0 and {{ numerador }} is not null then
            cast(
                sign({{ numerador }}) * sign({{ denominador }})
                * (
                    (abs(cast(cast({{ numerador }} as decimal(38, 2)) * 100 as hugeint)) * 20000
                        + abs(cast(cast({{ denominador }} as decimal(38, 2)) * 100 as hugeint)))
                    // (2 * abs(cast(cast({{ denominador }} as decimal(38, 2)) * 100 as hugeint)))
                )
                * cast(0.01 as decimal(3, 2))
            as decimal(18, 2))
    end)
{%- endmacro %}
