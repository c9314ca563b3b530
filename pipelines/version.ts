import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './paths.js';

/** Returns the code version: package version plus the git commit when the checkout has one. */
export async function memoriaVersion(): Promise<string> {
  const { version } = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { version: string };
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot });
    return `${version}+${stdout.trim()}`;
  } catch {
    return version;
  }
}
