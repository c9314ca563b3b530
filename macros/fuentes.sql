{#- The landing contract's sources as the dbt models use them (pipelines/contract/landing-sources.ts
    is the reference for their columns). The data-quality marts loop over this list. -#}

{#- Returns the count sources: name, dimension columns (contract order) and open-list columns. -#}
{% macro fuentes_conteo() %}
    {{ return([
        {'nombre': 'pasaportes', 'dimensiones': ['oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal'],
         'abiertas': [{'columna': 'oficina', 'ambito': 'oficina_tipo'}]},
        {'nombre': 'residencias', 'dimensiones': ['calidad', 'sexo', 'nacionalidad'],
         'abiertas': [{'columna': 'nacionalidad'}]},
        {'nombre': 'visas', 'dimensiones': ['tramite', 'sexo', 'nacionalidad'],
         'abiertas': [{'columna': 'nacionalidad'}]},
        {'nombre': 'nacionalidad', 'dimensiones': ['tramite', 'sexo'],
         'abiertas': []},
        {'nombre': 'certificaciones', 'dimensiones': ['tipo', 'sexo'],
         'abiertas': []},
        {'nombre': 'flujo', 'dimensiones': ['direccion', 'via', 'puesto', 'sexo', 'nacionalidad'],
         'abiertas': [{'columna': 'puesto'}, {'columna': 'nacionalidad'}]},
        {'nombre': 'prechequeo', 'dimensiones': ['tipo', 'puesto', 'sexo'],
         'abiertas': [{'columna': 'puesto'}]},
        {'nombre': 'retornados', 'dimensiones': ['via', 'sexo', 'edad', 'pais_procedencia'],
         'abiertas': [{'columna': 'pais_procedencia'}]},
        {'nombre': 'resguardos', 'dimensiones': ['nacionalidad', 'sexo'],
         'abiertas': [{'columna': 'nacionalidad'}]},
        {'nombre': 'derivaciones', 'dimensiones': ['institucion', 'sexo'],
         'abiertas': [{'columna': 'institucion'}]},
    ]) }}
{% endmacro %}

{#- Returns the names of every landing source (count, amount and record sources). -#}
{% macro fuentes() %}
    {% set nombres = [] %}
    {% for fuente in fuentes_conteo() %}{% do nombres.append(fuente.nombre) %}{% endfor %}
    {{ return(nombres + ['presupuesto', 'compras', 'pni']) }}
{% endmacro %}

{#- Returns the open-list columns of every source (for calidad.codigos_desconocidos). -#}
{% macro columnas_abiertas() %}
    {% set columnas = [] %}
    {% for fuente in fuentes_conteo() %}
        {% for abierta in fuente.abiertas %}
            {% do columnas.append({'fuente': fuente.nombre, 'columna': abierta.columna,
                                   'ambito': abierta.get('ambito')}) %}
        {% endfor %}
    {% endfor %}
    {% do columnas.append({'fuente': 'pni', 'columna': 'institucion', 'ambito': none}) %}
    {{ return(columnas) }}
{% endmacro %}
