/**
 * Runs a purge in its own process and says after each committed step, so the purge test can kill it with
 * SIGKILL part-way: `tsx purge-child.ts <database file> <meeting id> <now>`.
 */
import { SqliteStore } from '../src/store/sqlite-store.js';

const [file, meetingId, now] = process.argv.slice(2);
const store = new SqliteStore(file ?? '');
await store.retention.purge(meetingId ?? '', Number(now), {
  afterStep: (name) => {
    process.stdout.write(`step ${name}\n`);
    // Hold still between steps so the parent's SIGKILL lands in the middle of the purge.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
  },
});
process.stdout.write('done\n');
