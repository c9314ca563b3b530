/**
 * Child process of the service test: runs `memoria schedule --horario argv[2]` through the command
 * function itself (as main.ts will), as `node --import tsx test/orchestration/schedule/support/run-schedule.ts HORARIO`.
 */
import { scheduleCommand } from '../../../../orchestration/cli/schedule-command.js';

process.exitCode = await scheduleCommand({ horario: process.argv[2] });
