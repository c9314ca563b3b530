import { writeFile } from 'node:fs/promises';
import { formatBenchTable } from '../bench/bench-figures.js';
import { runFlujoBench } from '../bench/flujo-bench.js';
import { exitCodes } from './exit-codes.js';
import type { CommandOptions } from './main.js';

const DEFAULT_ROWS = 12_000_000;
const DEFAULT_YEARS = 5;

/** `memoria bench`: the throughput and incremental benchmark of the flow source (issue #8). */
export async function benchCommand(options: CommandOptions): Promise<number> {
  const rows = options.filas === undefined ? DEFAULT_ROWS : Number(options.filas);
  const years = options.anios === undefined ? DEFAULT_YEARS : Number(options.anios);
  if (!Number.isInteger(rows) || rows < 12) {
    console.error(`memoria: --filas debe ser un entero de al menos 12 (una fila por mes); se recibió «${options.filas}».`);
    return exitCodes.usage;
  }
  if (!Number.isInteger(years) || years < 1) {
    console.error(`memoria: --anios debe ser un entero mayor o igual que 1; se recibió «${options.anios}».`);
    return exitCodes.usage;
  }
  const figures = await runFlujoBench({ rows, years, log: (message) => process.stderr.write(`▸ ${message}\n`) });
  console.log(formatBenchTable(figures));
  if (options.json !== undefined) await writeFile(String(options.json), JSON.stringify(figures, null, 2) + '\n');
  return exitCodes.ok;
}
