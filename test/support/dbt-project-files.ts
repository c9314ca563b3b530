import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectRoot } from '../../pipelines/paths.js';

/** A file of the dbt project: its repository path and its text. */
export interface DbtProjectFile {
  readonly path: string;
  readonly sql: string;
}

/** Returns the files under the given dbt project folders whose names match `name` (e.g. /\.sql$/). */
export function dbtProjectFiles(folders: readonly string[], name: RegExp): DbtProjectFile[] {
  return folders.flatMap((folder) =>
    readdirSync(join(projectRoot, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && name.test(entry.name))
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path: relative(projectRoot, path), sql: readFileSync(path, 'utf8') };
      }),
  );
}
