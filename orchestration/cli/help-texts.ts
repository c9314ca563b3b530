import { DEFAULT_PRIVACY_THRESHOLD } from '../../privacy/privacy-threshold.js';

/** Spanish help texts of the `memoria` command and its subcommands. */
export const helpTexts: Record<string, string> = {
  general: `memoria: almacén de datos y reportes de la Dirección General de Migración y Extranjería

Uso: memoria <comando> [opciones]

Comandos:
  run       Extrae las entregas, construye el almacén (dbt), prueba y publica la edición
  extract   Solo extrae las entregas de la carpeta de entrada al almacén
  build     Solo construye el almacén con dbt (modelos y pruebas)
  demo      Escribe los datos de demostración (carpeta de entrada de ejemplo)
  schedule  Ejecuta las extracciones programadas del horario (servicio) y publica la edición
  status    Muestra por fuente la última extracción correcta y fallida, la frescura y la cuarentena
  bench     Mide el rendimiento con flujo a nivel de registro: memoria bench [--filas N] [--json ARCHIVO]
  pni       Plantillas XLSX de reporte del PNI por institución: memoria pni templates --anio AAAA
  metas     Plantillas XLSX de metas físicas del POA por unidad: memoria metas plantillas --anio AAAA
  consulta  Responde una solicitud de información con un cuadro protegido y lo anota en el registro
  help      Muestra esta ayuda o la de un comando: memoria help run

Opciones generales: --ayuda (-h), --version
Códigos de salida: 0 correcto · 1 datos o pruebas no permiten publicar (nada cambió) · 2 uso incorrecto · 3 falta instalar (npm install)`,
  run: `Uso: memoria run [--landing DIR] [--out DIR] [--desde AAAA-MM] [--hasta AAAA-MM] [--warehouse ARCHIVO] [--edicion DIR] [--umbral N] [--fecha-publicacion AAAA-MM-DD] [--detalle]

Extrae cada entrega de --landing, construye el almacén, ejecuta los modelos y pruebas de dbt y escribe
la edición del periodo --desde..--hasta (meses completos, ambos incluidos) en --out. El periodo de
comparación son los mismos meses un año antes. Si algo falla, no publica nada: el almacén y la edición
anterior quedan intactos, y el comando termina con código 1 explicando por qué.

Sin opciones usa los datos de demostración (demo/landing, que se generan si faltan) y el periodo de la
Memoria 2023-2024 (2023-06 a 2024-03).

  --landing DIR        carpeta de entrada, una subcarpeta por fuente (por omisión: demo/landing)
  --out DIR            carpeta de la edición (por omisión: edicion)
  --desde AAAA-MM      primer mes del periodo (por omisión: 2023-06)
  --hasta AAAA-MM      último mes del periodo (por omisión: 2024-03)
  --warehouse ARCHIVO  archivo DuckDB del almacén (por omisión: almacen/memoria.duckdb)
  --edicion DIR        carpeta editorial con los textos de la edición (por omisión:
                       ediciones/<desde>_<hasta>, si existe)
  --umbral N           protección de celdas pequeñas en los datos abiertos: se suprimen las
                       cifras de 1 a N−1 personas de poblaciones protegidas (por omisión: 5)
  --fecha-publicacion AAAA-MM-DD
                       fecha de publicación que imprimen todos los documentos, el LEEME y el
                       tablero (por omisión: fecha_publicacion de edicion.yml; sin ella, el día
                       de la ejecución)
  --detalle            muestra cada entrega y cada paso de dbt`,
  extract: `Uso: memoria extract [--landing DIR] [--warehouse ARCHIVO] [--detalle]

Lee cada entrega nueva de --landing y la guarda tal como llegó en la capa cruda del almacén (con su
archivo archivado y el número de línea de cada fila). Un archivo ilegible o sin columnas obligatorias
se rechaza y el almacén queda como estaba (código 1).`,
  build: `Uso: memoria build [--warehouse ARCHIVO] [--desde AAAA-MM] [--hasta AAAA-MM] [--detalle]

Ejecuta «dbt build» sobre el almacén: tablas de referencia, modelos y pruebas. Si una prueba de nivel
error falla, el almacén queda como estaba (código 1).`,
  bench: `Uso: memoria bench [--filas N] [--anios N] [--json ARCHIVO]

Genera en una carpeta temporal (se borra al final) entregas de flujo con una fila por cruce
(identificador, día, puesto, vía, dirección, sexo, nacionalidad) y mide, sobre los mismos archivos:
la lectura nativa de DuckDB (read_csv) contra la extracción de memoria, «dbt build» de los modelos
de flujo, la ejecución completa hasta la edición publicada, y un mes nuevo (con la corrección de un
mes antiguo) sobre --anios años de historia, incremental contra una reconstrucción completa, además
de la memoria máxima de Node y de dbt. Imprime una tabla con las metas y escribe las cifras en JSON.

  --filas N        cruces del año de prueba (por omisión: 12000000)
  --anios N        años de historia antes del mes nuevo (por omisión: 5; cada año tiene --filas filas)
  --json ARCHIVO   escribe las cifras en este archivo JSON`,
  pni: `Uso: memoria pni templates --anio AAAA [--out DIR]

Escribe las plantillas de reporte del Plan Nacional de Implementación del Pacto Mundial para la
Migración (PNI) de un año: un archivo XLSX por institución responsable, con sus indicadores de ese
año, la meta del año y una columna «Valor» vacía. Una plantilla llena se coloca tal cual en la carpeta
«pni» de la entrada (--landing) y se carga sin editarla; las filas que quedan sin valor se omiten.

  --anio AAAA   año de los indicadores (obligatorio)
  --out DIR     carpeta donde se escriben (por omisión: plantillas-pni-AAAA)`,
  metas: `Uso: memoria metas plantillas --anio AAAA [--out DIR]

Escribe las plantillas de las metas físicas del plan operativo anual (POA) de un año: un archivo XLSX
por unidad organizativa que envía datos de conteo, con una fila por medida y mes, las columnas de
códigos de sus fuentes y una columna «Programado» vacía. Una plantilla llena se coloca tal cual en la carpeta «metas» de la
entrada (--landing) y se carga sin editarla; las filas que quedan sin «Programado» se omiten.
También se acepta «memoria metas templates».

  --anio AAAA   año de las metas (obligatorio)
  --out DIR     carpeta donde se escriben (por omisión: plantillas-metas-AAAA)`,
  consulta: `Uso: memoria consulta --medida FUENTE [--por COL,COL…] [--filtro COL=CÓDIGO …] [--desde AAAA-MM] [--hasta AAAA-MM]
                        --solicitud TEXTO --out ARCHIVO.csv|.xlsx [--solicitante NOMBRE] [--warehouse ARCHIVO] [--umbral N]
     memoria consulta --lista [--warehouse ARCHIVO]
     memoria consulta --repetir N [--out ARCHIVO] [--warehouse ARCHIVO]

Responde una solicitud de acceso a la información pública con un cuadro del almacén: la cantidad de
la fuente (o medida) por cada combinación de las columnas de --por (dia, mes, trimestre, anio y las
columnas de la fuente), en los códigos del contrato y con sus nombres en español, y el total cuando
es seguro publicarlo. Si la fuente cuenta una población protegida, la respuesta pasa por el mismo
control de divulgación que la edición, contra todo lo ya publicado y todas las respuestas
anteriores: las cifras que permitirían deducir una cifra confidencial se suprimen (x), o la
respuesta se rechaza con el motivo. El .csv va acompañado de un .json con la solicitud, las
definiciones, el corte de los datos y los signos; el .xlsx los lleva en hojas propias.

Cada solicitud queda en el registro del almacén (texto, parámetros, fecha, quién, SHA-256 del
archivo). --lista lo muestra; --repetir N vuelve a escribir la respuesta N, idéntica byte a byte
si los datos no cambiaron.

  --medida FUENTE      fuente de conteo (flujo, pasaportes, retornados, …) o medida (autorizaciones_nna, …)
  --por COL,COL        columnas que desagregan la cantidad (una sola de tiempo)
  --filtro COL=CÓDIGO  restringe una columna a un código; se puede repetir con otras columnas
  --desde, --hasta     periodo (por omisión, todos los meses con datos)
  --solicitud TEXTO    texto de la solicitud, tal como se recibió (obligatorio)
  --solicitante NOMBRE quién la pidió (opcional)
  --out ARCHIVO        archivo de la respuesta: .csv (con .json) o .xlsx
  --umbral N           umbral de celdas pequeñas: el de las ediciones (${DEFAULT_PRIVACY_THRESHOLD}) o uno mayor

Salida: 0 respondida · 1 rechazada por confidencialidad, o no reproducible · 2 uso incorrecto (dice qué existe)`,
  schedule: `Uso: memoria schedule [--horario ARCHIVO] [--una-vez] [--detalle]

Servicio de extracciones programadas: ejecuta cada fuente del horario a su hora (expresiones cron en
hora de El Salvador), con su conector (carpeta, PostgreSQL o API HTTP), y publica la edición como
«memoria run». Las fallas transitorias se reintentan con espera creciente; si una ejecución falla,
el almacén y la edición quedan como estaban y el registro de ejecuciones dice por qué. Se detiene con
SIGTERM o Ctrl-C sin dejar nada a medias. Formato del horario y credenciales: docs/servicio.md.

  --horario ARCHIVO  horario JSON (por omisión: config/horario.json; ejemplo: config/horario.ejemplo.json)
  --una-vez          ejecuta todas las fuentes una vez y termina (código 0 si todo se extrajo y publicó)
  --detalle          muestra cada entrega en el diario del servicio`,
  status: `Uso: memoria status [--horario ARCHIVO] [--warehouse ARCHIVO]

Muestra, por fuente, su conector y horario, la próxima ejecución, la última extracción correcta y la
última fallida, si está al día con su horario, qué está en cuarentena (calidad.cuarentena) y si hay
una ejecución escribiendo el almacén. Código 0 si todas las fuentes están al día y ninguna falla, 1 si
no (para el monitoreo), 2 si el horario tiene errores.

  --horario ARCHIVO    horario JSON (por omisión: config/horario.json, si existe)
  --warehouse ARCHIVO  almacén a leer (por omisión: el del horario, o almacen/memoria.duckdb)`,
  demo: `Uso: memoria demo [--out DIR]

Escribe la carpeta de entrada de demostración (por omisión: demo/landing): datos sintéticos y
deterministas de 2022-01 a 2024-05 para cada fuente, calibrados para reproducir las cifras de la
Memoria de Labores junio 2023 - marzo 2024.`,
};
