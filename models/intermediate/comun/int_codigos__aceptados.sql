{#- Every folded value a closed list accepts, with the code it stands for: the codes themselves
    (lower-cased, as values arrive folded) and their synonyms (`hombre` → `M`). -#}
with

codigos as (
    select * from {{ ref('codigos') }}
),

sinonimos as (
    select * from {{ ref('sinonimos') }}
),

aceptados as (
    select
        codigos.lista,
        lower(codigos.codigo) as valor,
        codigos.codigo,
        codigos.orden
    from codigos

    union

    select
        sinonimos.lista,
        sinonimos.valor,
        sinonimos.codigo,
        codigos.orden
    from sinonimos
    inner join codigos
        on sinonimos.lista = codigos.lista
        and sinonimos.codigo = codigos.codigo
)

select * from aceptados
