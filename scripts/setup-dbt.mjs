// Creates the project's Python virtualenv (.venv) with the pinned dbt toolchain (and the SQL linter)
// from requirements.txt. Runs from `npm install`; a second run is a no-op when the pins are unchanged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// MEMORIA_VENV lets the install test point at a throwaway location.
const venv = process.env.MEMORIA_VENV ?? join(root, '.venv');
const requirements = join(root, 'requirements.txt');
const stamp = join(venv, '.memoria-requirements.sha256');
const venvPython = join(venv, 'bin', 'python');

const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
if (existsSync(stamp) && existsSync(venvPython) && readFileSync(stamp, 'utf8').trim() === wanted) {
  console.log('memoria: entorno dbt (.venv) ya instalado y al día.');
  process.exit(0);
}

const python = findPython();
if (!python) {
  console.error('memoria: no se encontró python3 (3.9 o superior), necesario para dbt.\n' + '  Instálelo (Debian/Ubuntu: apt-get install python3 python3-venv) y vuelva a ejecutar npm install.');
  process.exit(1);
}

step(`Creando el entorno virtual de Python en .venv (${python})`, python, ['-m', 'venv', venv]);
step('Actualizando pip', venvPython, ['-m', 'pip', 'install', '--quiet', '--upgrade', 'pip']);
step('Instalando dbt-core, dbt-duckdb, duckdb y sqlfluff (versiones fijadas en requirements.txt)', venvPython, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
writeFileSync(stamp, wanted + '\n');
console.log('memoria: entorno dbt listo.');

function findPython() {
  for (const candidate of [process.env.PYTHON, 'python3', 'python'].filter(Boolean)) {
    const probe = spawnSync(candidate, ['-c', 'import sys, venv; print(sys.version_info >= (3, 9))'], { encoding: 'utf8' });
    if (probe.status === 0 && probe.stdout.trim() === 'True') return candidate;
  }
  return null;
}

function step(message, command, args) {
  console.log(`memoria: ${message}…`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`memoria: falló «${command} ${args.join(' ')}» (código ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}
