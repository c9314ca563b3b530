import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DbtMissingError } from '../../pipelines/dbt/dbt-runner.js';
import { PeriodError } from '../../pipelines/time/reporting-period.js';
import { memoriaVersion } from '../../pipelines/version.js';
import { benchCommand } from './bench-command.js';
import { buildCommand } from './build-command.js';
import { consultaCommand } from './consulta-command.js';
import { demoCommand } from './demo-command.js';
import { exitCodes } from './exit-codes.js';
import { extractCommand } from './extract-command.js';
import { helpTexts } from './help-texts.js';
import { metasCommand } from './metas-command.js';
import { pniCommand } from './pni-command.js';
import { scheduleCommand } from './schedule-command.js';
import { statusCommand } from './status-command.js';
import { runCommand } from './run-command.js';

export type CommandOptions = Record<string, string | boolean | string[] | undefined>;

const options = {
  landing: { type: 'string' },
  out: { type: 'string' },
  desde: { type: 'string' },
  hasta: { type: 'string' },
  warehouse: { type: 'string' },
  edicion: { type: 'string' },
  umbral: { type: 'string' },
  'fecha-publicacion': { type: 'string' },
  anio: { type: 'string' },
  horario: { type: 'string' },
  'una-vez': { type: 'boolean' },
  filas: { type: 'string' },
  anios: { type: 'string' },
  json: { type: 'string' },
  detalle: { type: 'boolean' },
  medida: { type: 'string' },
  por: { type: 'string' },
  filtro: { type: 'string', multiple: true },
  solicitud: { type: 'string' },
  solicitante: { type: 'string' },
  lista: { type: 'boolean' },
  repetir: { type: 'string' },
  ayuda: { type: 'boolean', short: 'h' },
  help: { type: 'boolean' },
  version: { type: 'boolean' },
} satisfies ParseArgsConfig['options'];

interface Command {
  readonly allowed: string[];
  /** Whether the command takes words after its name (`memoria pni templates`, `memoria metas plantillas`). */
  readonly positionals?: boolean;
  run(options: CommandOptions, positionals: string[]): Promise<number>;
}

const commands: Record<string, Command> = {
  run: { allowed: ['landing', 'out', 'desde', 'hasta', 'warehouse', 'edicion', 'umbral', 'fecha-publicacion', 'detalle'], run: runCommand },
  extract: { allowed: ['landing', 'warehouse', 'detalle'], run: extractCommand },
  build: { allowed: ['warehouse', 'desde', 'hasta', 'detalle'], run: buildCommand },
  demo: { allowed: ['out'], run: demoCommand },
  schedule: { allowed: ['horario', 'una-vez', 'detalle'], run: scheduleCommand },
  status: { allowed: ['horario', 'warehouse'], run: (options) => statusCommand(options) },
  bench: { allowed: ['filas', 'anios', 'json'], run: benchCommand },
  consulta: {
    allowed: ['medida', 'por', 'filtro', 'desde', 'hasta', 'solicitud', 'solicitante', 'out', 'warehouse', 'umbral', 'lista', 'repetir'],
    run: consultaCommand,
  },
  pni: {
    allowed: ['anio', 'out'],
    positionals: true,
    run: (options, positionals) => pniCommand(positionals, { anio: options.anio as string | undefined, out: options.out as string | undefined }),
  },
  metas: {
    allowed: ['anio', 'out'],
    positionals: true,
    run: (options, positionals) => metasCommand(positionals, { anio: options.anio as string | undefined, out: options.out as string | undefined }),
  },
};

/** Runs the `memoria` command line and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError((error as Error).message.replace(/^Unknown option '(.*)'.*/s, 'opción desconocida «$1»'));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    console.log(await memoriaVersion());
    return exitCodes.ok;
  }
  const [name, ...rest] = positionals;
  if (!name || name === 'help' || values.ayuda || values.help) {
    const topic = name === 'help' ? rest[0] : name;
    console.log(helpTexts[topic ?? 'general'] ?? helpTexts.general);
    return topic && !helpTexts[topic] ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands[name];
  if (!command) return usageError(`comando desconocido «${name}»`);
  if (rest.length && !command.positionals) return usageError(`argumento inesperado «${rest[0]}»`);
  const unexpected = Object.keys(values).filter((key) => !command.allowed.includes(key));
  if (unexpected.length) return usageError(`«memoria ${name}» no admite --${unexpected[0]}`);

  try {
    return await command.run(values, rest);
  } catch (error) {
    if (error instanceof PeriodError) return usageError(error.message);
    if (error instanceof DbtMissingError) {
      console.error(`memoria: ${error.message}`);
      return exitCodes.environment;
    }
    throw error;
  }
}

function usageError(message: string): number {
  console.error(`memoria: ${message}.\nUse «memoria help» para ver los comandos y opciones.`);
  return exitCodes.usage;
}
