import { readFile } from 'node:fs/promises';

export interface ModelDocs {
  readonly description: string;
  readonly columns: Record<string, string>;
}

/** Returns the description of every model and its columns from dbt's manifest.json, keyed by model name. */
export async function readModelDocs(manifestPath: string): Promise<Map<string, ModelDocs>> {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    nodes: Record<string, { resource_type: string; name: string; description: string; columns: Record<string, { description: string }> }>;
  };
  const docs = new Map<string, ModelDocs>();
  for (const node of Object.values(manifest.nodes)) {
    if (node.resource_type !== 'model') continue;
    const columns: Record<string, string> = {};
    for (const [name, column] of Object.entries(node.columns)) columns[name] = column.description;
    docs.set(node.name, { description: node.description, columns });
  }
  return docs;
}
