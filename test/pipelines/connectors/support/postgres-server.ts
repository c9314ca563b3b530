import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod, chown, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A throwaway PostgreSQL server for one test file: its own data folder, loopback only, on a free port. */
export interface PostgresServer {
  /** Connection string of the `memoria` superuser (trust authentication on 127.0.0.1). */
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Returns the folder of PostgreSQL's server programs (Debian: /usr/lib/postgresql/<version>/bin), or undefined. */
export function postgresBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length) return join(root, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? join(found, '..') : undefined;
}

/**
 * Starts a real PostgreSQL server in a new folder under the system's temporary folder (which any user
 * can reach, unlike a checkout under /root). PostgreSQL refuses to run as root, so under root the
 * server runs as the unprivileged `postgres` user of the Debian package (runuser), owning only that folder.
 */
export async function startPostgres(): Promise<PostgresServer> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL no está instalado (initdb, pg_ctl): apt-get install postgresql, o ejecute .ci/run');
  const dir = await mkdtemp(join(tmpdir(), 'memoria-pg-'));
  await mkdir(join(dir, 'socket'), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = asRoot ? (['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] as const) : ([join(bin, program), args] as const);
    execFileSync(command[0], command[1], { stdio: ['ignore', 'pipe', 'pipe'], cwd: dir });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    for (const path of [dir, join(dir, 'socket')]) await chown(path, uid, gid);
    await chmod(dir, 0o700);
  }
  const data = join(dir, 'datos');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'memoria', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(dir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${join(dir, 'socket')} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    'start',
  ]);
  return {
    url: `postgres://memoria@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
