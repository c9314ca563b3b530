import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureDemoLanding } from '../../../orchestration/cli/demo-command.js';
import { demoGeneratorFingerprint, isCurrentDemoLanding } from '../../../pipelines/demo/demo-version.js';
import { silentProgress } from '../../../orchestration/run/progress.js';
import { testTmpRoot } from '../../support/demo-edition.js';

const root = join(testTmpRoot, 'test-demo-version');
const landing = join(root, 'landing');
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the demo landing folder follows its generator', () => {
  it('rewrites a folder an older generator wrote (referrals without person keys), and keeps a current one', { timeout: 120_000 }, async () => {
    await rm(root, { recursive: true, force: true });
    // What an older generator left: monthly referral counts, no `persona`, and its own fingerprint.
    await mkdir(join(landing, 'derivaciones'), { recursive: true });
    await writeFile(join(landing, 'derivaciones', '2023-07-06_mensual-2023-06.csv'), 'fecha,institucion,sexo,cantidad\n2023-06,pnc,M,700\n');
    await writeFile(`${landing}.version`, 'generador-anterior\n');
    expect(await isCurrentDemoLanding(landing)).toBe(false);

    await ensureDemoLanding(landing, silentProgress);
    expect(await isCurrentDemoLanding(landing)).toBe(true);
    expect((await readFile(`${landing}.version`, 'utf8')).trim()).toBe(await demoGeneratorFingerprint());
    const referrals = await readFile(join(landing, 'derivaciones', '2023-07-06_mensual-2023-06.csv'), 'utf8');
    expect(referrals.split(/\r?\n/)[0]).toBe('fecha,institucion,sexo,persona');

    // A current folder is reused as it is: a file added by hand survives.
    await writeFile(join(landing, 'derivaciones', 'nota.txt'), 'no se borra');
    await ensureDemoLanding(landing, silentProgress);
    expect(existsSync(join(landing, 'derivaciones', 'nota.txt'))).toBe(true);
  });
});
