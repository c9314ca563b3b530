/** Returns the Frictionless type of a DuckDB column; text `mes` columns hold `YYYY-MM` and are typed as such (a whole `mes` is a month number). */
export function fieldType(name: string, duckdbType: string): string {
  const type = duckdbType.toUpperCase();
  if ((name === 'mes' || name === 'desde' || name === 'hasta') && type === 'VARCHAR') return 'yearmonth';
  if (/^(BIGINT|INTEGER|HUGEINT|SMALLINT|TINYINT|UBIGINT|UINTEGER)/.test(type)) return 'integer';
  if (/^(DECIMAL|DOUBLE|FLOAT|REAL)/.test(type)) return 'number';
  if (type === 'BOOLEAN') return 'boolean';
  if (type === 'DATE') return 'date';
  return 'string';
}
