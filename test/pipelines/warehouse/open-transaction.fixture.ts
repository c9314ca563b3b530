// A process that begins a transaction on the warehouse given as argument, writes a million rows and a
// new table through its connections, prints «escrito» and waits to be killed (warehouse-transaction.test.ts).
import { beginWarehouseTransaction } from '../../../pipelines/warehouse/warehouse-transaction.js';
import { openWarehouse } from '../../../pipelines/warehouse/warehouse-connection.js';
import { acquireWarehouseLock } from '../../../pipelines/warehouse/warehouse-lock.js';

const [warehousePath] = process.argv.slice(2);
await acquireWarehouseLock(warehousePath, { command: 'prueba de transacción', waitMs: 0 });
const transaction = await beginWarehouseTransaction(warehousePath);
const warehouse = await openWarehouse(transaction.workPath);
await warehouse.run(`insert into datos.t select range + 10000000, 'nuevo' from range(1000000)`);
await warehouse.run(`create table datos.nueva as select range as i from range(300000)`);
warehouse.close();
console.log('escrito');
setInterval(() => {}, 60_000);
