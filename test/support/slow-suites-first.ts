import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { projectRoot } from '../../pipelines/paths.js';

/**
 * The suites that take half a minute or more on the 2-core machine (warehouse builds, editions, the
 * linear-programming attacker), longest first (a full run on 7 December 2026). A renamed or removed
 * file here only loses its place.
 */
const SLOWEST = [
  'test/pipelines/contract/incremental-contract.test.ts',
  'test/reports/open-data/release-versions.test.ts',
  'test/pipelines/contract/batch-contract.test.ts',
  'test/orchestration/schedule/scheduled-demo.test.ts',
  'test/orchestration/schedule/kill-run.test.ts',
  'test/reports/consultas/consulta-command.test.ts',
  'test/privacy/adversarial-release.test.ts',
  'test/privacy/small-cell-protection.test.ts',
  'test/dashboards/accessibility.test.ts',
  'test/reports/edition-pdfs.test.ts',
  'test/pipelines/connectors/scheduled-connectors.test.ts',
  'test/pipelines/contract/landing-contract.test.ts',
];

/**
 * Starts the slowest suites first, then the others in vitest's order. On a clean clone vitest knows
 * no durations and orders by file size: the scheduled demo (≈ 90 s) started among the last files and
 * ran on alone while the other core sat idle.
 */
export default class SlowSuitesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SLOWEST.indexOf(relative(projectRoot, file.moduleId));
      return index === -1 ? SLOWEST.length : index;
    };
    return sorted
      .map((file, position) => ({ file, position }))
      .sort((a, b) => rank(a.file) - rank(b.file) || a.position - b.position)
      .map(({ file }) => file);
  }
}
