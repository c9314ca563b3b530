{#- Generado desde pipelines/contract/sources/ por `npm run fuentes`: no se edita a mano.
    The landing contract's sources as the dbt models use them. The data-quality marts, the PNI
    figures and the generated models (macros/fuentes/fuente_conteo.sql) loop over these lists. -#}

{#- Returns the count sources: name, dimension columns (contract order), open-list columns, every
    dimension's code list, whether records carry a `persona` key, whether the disclosure control
    protects it, whether the models are generated,
    and the coarser grids published whole beside the monthly mart. -#}
{% macro fuentes_conteo() %}
    {{ return([
        {'nombre': 'pasaportes', 'dimensiones': ['oficina_tipo', 'oficina', 'sexo', 'tramite', 'canal'], 'abiertas': [{'columna': 'oficina', 'ambito': 'oficina_tipo'}], 'columnas': [{'nombre': 'oficina_tipo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'oficina_tipo'}, {'nombre': 'oficina', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'oficinas', 'ambito': 'oficina_tipo'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'tramite', 'obligatoria': false, 'tipo': 'cerrada', 'lista': 'tramite_pasaporte'}, {'nombre': 'canal', 'obligatoria': false, 'tipo': 'cerrada', 'lista': 'canal'}], 'persona': false, 'protegida': false, 'generada': false, 'gruesas': []},
        {'nombre': 'residencias', 'dimensiones': ['calidad', 'sexo', 'nacionalidad'], 'abiertas': [{'columna': 'nacionalidad'}], 'columnas': [{'nombre': 'calidad', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'calidad'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'nacionalidad', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}], 'persona': false, 'protegida': true, 'generada': false, 'gruesas': [{'nombre': 'residencias_calidad_mensual', 'por': ['calidad', 'sexo'], 'tiempo': 'mes', 'donde': {}}]},
        {'nombre': 'visas', 'dimensiones': ['tramite', 'sexo', 'nacionalidad'], 'abiertas': [{'columna': 'nacionalidad'}], 'columnas': [{'nombre': 'tramite', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'tramite_visa'}, {'nombre': 'sexo', 'obligatoria': false, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'nacionalidad', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}], 'persona': false, 'protegida': true, 'generada': false, 'gruesas': []},
        {'nombre': 'nacionalidad', 'dimensiones': ['tramite', 'sexo'], 'abiertas': [], 'columnas': [{'nombre': 'tramite', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'tramite_nacionalidad'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': false, 'protegida': false, 'generada': false, 'gruesas': []},
        {'nombre': 'certificaciones', 'dimensiones': ['tipo', 'sexo'], 'abiertas': [], 'columnas': [{'nombre': 'tipo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'tipo_certificacion'}, {'nombre': 'sexo', 'obligatoria': false, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': false, 'protegida': false, 'generada': false, 'gruesas': []},
        {'nombre': 'flujo', 'dimensiones': ['direccion', 'via', 'puesto', 'sexo', 'nacionalidad'], 'abiertas': [{'columna': 'puesto'}, {'columna': 'nacionalidad'}], 'columnas': [{'nombre': 'direccion', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'direccion'}, {'nombre': 'via', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'via_flujo'}, {'nombre': 'puesto', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'puestos_fronterizos'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'nacionalidad', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}], 'persona': false, 'protegida': false, 'generada': false, 'gruesas': []},
        {'nombre': 'prechequeo', 'dimensiones': ['tipo', 'puesto', 'sexo'], 'abiertas': [{'columna': 'puesto'}], 'columnas': [{'nombre': 'tipo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'tipo_prechequeo'}, {'nombre': 'puesto', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'puestos_fronterizos'}, {'nombre': 'sexo', 'obligatoria': false, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': false, 'protegida': true, 'generada': false, 'gruesas': []},
        {'nombre': 'retornados', 'dimensiones': ['via', 'sexo', 'edad', 'pais_procedencia'], 'abiertas': [{'columna': 'pais_procedencia'}], 'columnas': [{'nombre': 'via', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'via_retorno'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'edad', 'obligatoria': false, 'tipo': 'entero'}, {'nombre': 'pais_procedencia', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}], 'persona': true, 'protegida': true, 'generada': false, 'gruesas': [{'nombre': 'retornados_ruta_mensual', 'por': ['via', 'sexo'], 'tiempo': 'mes', 'donde': {}}, {'nombre': 'retornados_nna_trimestral', 'por': ['sexo'], 'tiempo': 'trimestre', 'donde': {'grupo_edad': 'nna'}}]},
        {'nombre': 'resguardos', 'dimensiones': ['nacionalidad', 'sexo'], 'abiertas': [{'columna': 'nacionalidad'}], 'columnas': [{'nombre': 'nacionalidad', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': false, 'protegida': true, 'generada': false, 'gruesas': [{'nombre': 'resguardos_region_anual', 'por': ['region'], 'tiempo': 'anio', 'donde': {}}]},
        {'nombre': 'derivaciones', 'dimensiones': ['institucion', 'sexo'], 'abiertas': [{'columna': 'institucion'}], 'columnas': [{'nombre': 'institucion', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'instituciones'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': true, 'protegida': true, 'generada': false, 'gruesas': [{'nombre': 'derivaciones_institucion_trimestral', 'por': ['institucion'], 'tiempo': 'trimestre', 'donde': {}}]},
        {'nombre': 'carnets', 'dimensiones': ['tipo', 'sexo', 'nacionalidad'], 'abiertas': [{'columna': 'nacionalidad'}], 'columnas': [{'nombre': 'tipo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'tipo_carnet'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}, {'nombre': 'nacionalidad', 'obligatoria': false, 'tipo': 'abierta', 'semilla': 'paises', 'iso': true}], 'persona': false, 'protegida': true, 'generada': true, 'gruesas': [{'nombre': 'carnets_tipo_mensual', 'por': ['tipo', 'sexo'], 'tiempo': 'mes', 'donde': {}}]},
        {'nombre': 'capacitaciones', 'dimensiones': ['curso', 'institucion', 'sexo'], 'abiertas': [{'columna': 'curso'}, {'columna': 'institucion'}], 'columnas': [{'nombre': 'curso', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'cursos'}, {'nombre': 'institucion', 'obligatoria': true, 'tipo': 'abierta', 'semilla': 'instituciones'}, {'nombre': 'sexo', 'obligatoria': true, 'tipo': 'cerrada', 'lista': 'sexo'}], 'persona': true, 'protegida': false, 'generada': true, 'gruesas': []},
    ]) }}
{% endmacro %}

{#- Returns the names of every landing source (count, amount and record sources). -#}
{% macro fuentes() %}
    {% set nombres = [] %}
    {% for fuente in fuentes_conteo() %}{% do nombres.append(fuente.nombre) %}{% endfor %}
    {{ return(nombres + ['presupuesto', 'compras', 'pni', 'metas']) }}
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
    {{ return(columnas + [{'fuente': 'pni', 'columna': 'institucion', 'ambito': none}]) }}
{% endmacro %}

{#- Returns the measures whose monthly and period totals are published whole (medidas_protegidas_*):
    key, source and the dimension values of the rows that count. -#}
{% macro medidas_totales_protegidos() %}
    {{ return([{'clave': 'residencias', 'fuente': 'residencias', 'filtro': {}}, {'clave': 'autorizaciones_nna', 'fuente': 'prechequeo', 'filtro': {'tipo': 'autorizacion_salida_nna'}}, {'clave': 'retornados', 'fuente': 'retornados', 'filtro': {}}, {'clave': 'resguardos', 'fuente': 'resguardos', 'filtro': {}}, {'clave': 'derivaciones', 'fuente': 'derivaciones', 'filtro': {}}, {'clave': 'carnets', 'fuente': 'carnets', 'filtro': {}}, {'clave': 'carnets_primera_vez', 'fuente': 'carnets', 'filtro': {'tipo': 'primera_vez'}}]) }}
{% endmacro %}
