import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DbtMissingError } from '../../pipelines/dbt/dbt-missing-error.js';
import { PeriodError } from '../../pipelines/time/reporting-period.js';
import { memoriaVersion } from '../../pipelines/version.js';
import { exitCodes } from './exit-codes.js';
import { helpTexts } from './help-texts.js';

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
  /**
   * Loads the command's code. Only the command that runs is imported: help and usage errors answer
   * at once instead of loading the whole pipeline (DuckDB, pdfmake, Plot, ExcelJS: ≈ 2.5 s).
   */
  load(): Promise<(options: CommandOptions, positionals: string[]) => Promise<number>>;
}

const commands: Record<string, Command> = {
  run: { allowed: ['landing', 'out', 'desde', 'hasta', 'warehouse', 'edicion', 'umbral', 'fecha-publicacion', 'detalle'], load: async () => (await import('./run-command.js')).runCommand },
  extract: { allowed: ['landing', 'warehouse', 'detalle'], load: async () => (await import('./extract-command.js')).extractCommand },
  build: { allowed: ['warehouse', 'desde', 'hasta', 'detalle'], load: async () => (await import('./build-command.js')).buildCommand },
  demo: { allowed: ['out'], load: async () => (await import('./demo-command.js')).demoCommand },
  schedule: { allowed: ['horario', 'una-vez', 'detalle'], load: async () => (await import('./schedule-command.js')).scheduleCommand },
  status: {
    allowed: ['horario', 'warehouse'],
    load: async () => {
      const { statusCommand } = await import('./status-command.js');
      return (options) => statusCommand(options);
    },
  },
  bench: { allowed: ['filas', 'anios', 'json'], load: async () => (await import('./bench-command.js')).benchCommand },
  consulta: {
    allowed: ['medida', 'por', 'filtro', 'desde', 'hasta', 'solicitud', 'solicitante', 'out', 'warehouse', 'umbral', 'lista', 'repetir'],
    load: async () => (await import('./consulta-command.js')).consultaCommand,
  },
  pni: {
    allowed: ['anio', 'out'],
    positionals: true,
    load: async () => {
      const { pniCommand } = await import('./pni-command.js');
      return (options, positionals) => pniCommand(positionals, { anio: options.anio as string | undefined, out: options.out as string | undefined });
    },
  },
  metas: {
    allowed: ['anio', 'out'],
    positionals: true,
    load: async () => {
      const { metasCommand } = await import('./metas-command.js');
      return (options, positionals) => metasCommand(positionals, { anio: options.anio as string | undefined, out: options.out as string | undefined });
    },
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
    const run = await command.load();
    return await run(values, rest);
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
  console.error(`memoria: ${message.replace(/\.$/, '')}.\nUse «memoria help» para ver los comandos y opciones.`);
  return exitCodes.usage;
}
