import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * What the slow suites call: a warehouse build (a dbt run, tens of seconds to minutes) or the
 * linear-programming attacker of the disclosure tests.
 */
const SLOW = /\b(runEdition|loadAndBuild|memoria\.mjs|lp-attacker|recovery-attack|release-attack)\b/;

/**
 * Starts the slow suites before the others, keeping vitest's order within each group (the slowest
 * first when it remembers the durations, else the largest file). On a clean clone vitest remembers
 * nothing and started some of the longest suites last, leaving one core idle while they finished;
 * the short suites fill the end instead.
 */
export default class SlowSuitesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const slow = (file: TestSpecification) => SLOW.test(readFileSync(file.moduleId, 'utf8'));
    return [...sorted.filter(slow), ...sorted.filter((file) => !slow(file))];
  }
}
