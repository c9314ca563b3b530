/**
 * Child process of the lock tests: takes the warehouse lock of argv[2] (waiting up to 30 s), prints
 * `tomado <ms>`, holds it for argv[3] ms (or until stdin closes when absent), releases it and prints
 * `liberado <ms>`. Run as `node --import tsx test/orchestration/schedule/support/hold-lock.ts ALMACEN [MS]`.
 */
import { acquireWarehouseLock } from '../../../../pipelines/warehouse/warehouse-lock.js';

const [warehouse, holdMs] = process.argv.slice(2);
const lock = await acquireWarehouseLock(warehouse, { command: 'prueba', waitMs: 30_000 });
process.stdout.write(`tomado ${performance.timeOrigin + performance.now()}\n`);
if (holdMs) await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
else await new Promise((resolve) => process.stdin.on('end', resolve).resume());
process.stdout.write(`liberado ${performance.timeOrigin + performance.now()}\n`);
await lock.release();
