import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDelivery } from '../../../pipelines/connectors/landing-writer.js';
import { listDeliveries } from '../../../pipelines/extract/landing-extractor.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const folder = join(testTmpRoot, 'test-landing-writer', 'retornados');

beforeEach(() => rm(folder, { recursive: true, force: true }));

describe('connector deliveries', () => {
  it("stay invisible to the extraction until finished, then sort after the connector's earlier deliveries", async () => {
    const writer = await openDelivery(folder, 'postgres', ['fecha', 'id'], new Date('2024-05-01T12:00:00.004Z'));
    await writer.write(['2024-04-30', 'R-1']);
    expect((await listDeliveries(folder)).deliveries).toEqual([]);
    const first = await writer.finish();
    expect(first).toBe('2024-05-01_060000_004_postgres.csv');
    expect(await readFile(join(folder, first!), 'utf8')).toBe('fecha,id\n2024-04-30,R-1\n');
    // A clock set back still yields a name that sorts later: the later delivery wins.
    const late = await openDelivery(folder, 'postgres', ['fecha', 'id'], new Date('2024-04-01T00:00:00Z'));
    await late.write(['2024-04-30', 'R-2']);
    const second = await late.finish();
    expect((await listDeliveries(folder)).deliveries).toEqual([first, second]);
  });

  it('quote fields as RFC 4180 asks and leave nothing behind when aborted', async () => {
    const writer = await openDelivery(folder, 'http', ['a', 'b'], new Date('2024-05-01T12:00:00Z'));
    await writer.write(['uno, dos', 'dice "hola"\ny']);
    const name = await writer.finish();
    expect(await readFile(join(folder, name!), 'utf8')).toBe('a,b\n"uno, dos","dice ""hola""\ny"\n');
    const aborted = await openDelivery(folder, 'http', ['a'], new Date('2024-05-02T12:00:00Z'));
    await aborted.write(['x']);
    await aborted.abort();
    expect(await readdir(folder)).toEqual([name]);
  });
});
