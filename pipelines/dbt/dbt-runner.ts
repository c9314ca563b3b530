import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { projectRoot } from '../paths.js';
import { DbtMissingError } from './dbt-missing-error.js';
import { checkpointsHeld } from '../warehouse/pending-transaction.js';
import { HELD_CHECKPOINT_THRESHOLD } from '../warehouse/warehouse-connection.js';

export interface DbtNodeResult {
  readonly uniqueId: string;
  readonly resourceType: string;
  readonly name: string;
  readonly status: string;
  readonly message: string | null;
  readonly failures: number | null;
  readonly seconds: number;
}

export interface DbtRunResult {
  readonly exitCode: number;
  readonly results: DbtNodeResult[];
  readonly targetPath: string;
  /** The last lines dbt printed, for error messages. */
  readonly tail: string[];
}

export interface DbtInvocation {
  readonly command: 'build' | 'run' | 'test' | 'seed' | 'parse';
  /** Absolute path of the warehouse file; nothing else may hold it open while dbt runs. */
  readonly warehousePath: string;
  readonly targetPath: string;
  /** The reporting period (MEMORIA_DESDE, MEMORIA_HASTA: models/intermediate/comun/int_periodos.sql); none: the vars'. */
  readonly period?: { readonly desde: string; readonly hasta: string };
  /** dbt's vars (`--vars`): the period of a build without `period`, as the unit tests' overrides set it. */
  readonly vars?: Record<string, string>;
  readonly select?: string;
  /** The last delivery a batch's build sees (MEMORIA_ENTREGA_HASTA, macros/entregas/solo_entregas_de_la_tanda.sql); none: all. */
  readonly entregaHasta?: number;
  /** Which tests a `select` brings along (dbt's --indirect-selection; dbt's default is eager). */
  readonly indirectSelection?: 'eager' | 'cautious' | 'buildable';
  /** Rebuilds incremental models from scratch (`--full-refresh`). */
  readonly fullRefresh?: boolean;
  /** Leaves out the models' unit tests (`--exclude-resource-type unit_test`), as runs do (see buildStep). */
  readonly withoutUnitTests?: boolean;
  readonly onProgress?: (line: string) => void;
}

/**
 * The environment the profile reads (profiles.yml) besides the warehouse's name: the checkpoint
 * threshold, held while a run writes the file in place. dbt's partial parsing keys on the profile,
 * so the kept parse does too (pipelines/dbt/parse-cache.ts).
 */
export function profileEnvironment(warehousePath: string): Record<string, string> {
  return checkpointsHeld(warehousePath) ? { MEMORIA_CHECKPOINT_THRESHOLD: HELD_CHECKPOINT_THRESHOLD } : {};
}

/** Returns the dbt executable of the project's virtualenv, or throws a message saying how to install it. */
export function dbtExecutable(): string {
  const executable = join(projectRoot, '.venv', 'bin', 'dbt');
  if (!existsSync(executable)) {
    throw new DbtMissingError(`No se encontró dbt en ${executable}. Ejecute «npm install» en ${projectRoot} para crear el entorno.`);
  }
  return executable;
}

/**
 * Runs one dbt CLI command as a child process and returns its per-node results, read from
 * `run_results.json` in the target path (dbt's own record, not its console output).
 */
export async function runDbt(invocation: DbtInvocation): Promise<DbtRunResult> {
  // No file log: dbt formats every event, statements included, for each of its logs before it filters
  // them by level, and the run's work folder, where the file would be, goes when the run ends. What a
  // run needs of dbt comes from run_results.json and the console (progress, an error's tail).
  const args = [invocation.command, '--project-dir', projectRoot, '--profiles-dir', projectRoot, '--target-path', invocation.targetPath, '--log-level-file', 'none'];
  if (invocation.vars) args.push('--vars', JSON.stringify(invocation.vars));
  if (invocation.select) args.push('--select', invocation.select);
  if (invocation.indirectSelection) args.push('--indirect-selection', invocation.indirectSelection);
  if (invocation.fullRefresh) args.push('--full-refresh');
  // `dbt parse` runs no node and refuses the option.
  if (invocation.withoutUnitTests && invocation.command !== 'parse') args.push('--exclude-resource-type', 'unit_test');
  // The warehouse is named relative to dbt's working folder: the profile is then the same for every
  // run, which dbt requires to parse only what changed (pipelines/dbt/parse-cache.ts). While a run
  // writes the file in place, dbt's connections must not checkpoint either (profiles.yml).
  const held = profileEnvironment(invocation.warehousePath);
  const child = spawn(dbtExecutable(), args, {
    cwd: dirname(invocation.warehousePath),
    env: {
      ...withoutNpmVariables(process.env),
      MEMORIA_WAREHOUSE: basename(invocation.warehousePath),
      ...held,
      // Set from the invocation alone: a value left in the caller's environment would change a whole build.
      MEMORIA_DESDE: invocation.period?.desde,
      MEMORIA_HASTA: invocation.period?.hasta,
      MEMORIA_ENTREGA_HASTA: invocation.entregaHasta === undefined ? undefined : String(invocation.entregaHasta),
      DBT_LOG_PATH: join(invocation.targetPath, 'logs'),
      DBT_SEND_ANONYMOUS_USAGE_STATS: 'false',
      DBT_USE_COLORS: 'false',
      DBT_PRINTER_WIDTH: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A dbt left running after Node dies would keep writing a transaction nobody will commit.
  const killChild = () => child.kill('SIGTERM');
  process.once('exit', killChild);
  const tail: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      tail.push(line);
      if (tail.length > 60) tail.shift();
      invocation.onProgress?.(line);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  }).finally(() => process.off('exit', killChild));
  return { exitCode, results: await readRunResults(invocation.targetPath), targetPath: invocation.targetPath, tail };
}

/**
 * The environment without the `npm_*` variables `npm start` and `npm test` add (about 30): dbt reads
 * the whole environment again for each line it logs, looking for secrets to mask, and never needs them.
 */
function withoutNpmVariables(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([name]) => !name.startsWith('npm_')));
}

async function readRunResults(targetPath: string): Promise<DbtNodeResult[]> {
  let raw: string;
  try {
    raw = await readFile(join(targetPath, 'run_results.json'), 'utf8');
  } catch {
    return [];
  }
  const parsed = JSON.parse(raw) as {
    results: { unique_id: string; status: string; message: string | null; failures: number | null; execution_time: number }[];
  };
  return parsed.results.map((result) => {
    const [resourceType, , ...rest] = result.unique_id.split('.');
    return {
      uniqueId: result.unique_id,
      resourceType,
      name: rest.join('.'),
      status: result.status,
      message: result.message,
      failures: result.failures,
      seconds: result.execution_time,
    };
  });
}

/** Returns the results that make an edition untrustworthy: errors, failed error-level tests, skipped nodes. */
export function blockingResults(results: DbtNodeResult[]): DbtNodeResult[] {
  return results.filter((result) => ['error', 'fail', 'skipped', 'runtime error'].includes(result.status));
}
