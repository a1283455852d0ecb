// A pg-boss consumer that runs every job the way the ValueRank orchestrator does: spawn the worker binary, write
// the job's input as JSON on stdin, read the one envelope from stdout, and throw a retryable error back to
// pg-boss (which retries the job) or complete the job with its envelope. Every attempt is logged to
// scaleout_attempts and every job's first result kept in scaleout_results (one row per job key).
//   node consumer.mjs CONNECTION BIN_DIR
import { spawn } from 'node:child_process';
import PgBoss from 'pg-boss';
import pg from 'pg';

const [connectionString, binDir] = process.argv.slice(2);
const binaries = { probe: 'valuerank-probe', summarize: 'valuerank-summarize', analyze: 'valuerank-analyze-basic' };

function runWorker(binary, input, extraEnv) {
  return new Promise((resolve, reject) => {
    const child = spawn(`${binDir}/${binary}`, [], { env: { ...process.env, ...extraEnv } });
    let stdout = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`${binary} exited ${code} without an envelope`));
      }
    });
    child.stdin.end(JSON.stringify(input));
  });
}

const db = new pg.Pool({ connectionString, max: 4 });
db.on('error', (e) => console.error('consumer pool:', e.message));
const boss = new PgBoss({ connectionString, max: 4 });
boss.on('error', (e) => console.error('pg-boss:', e.message));
await boss.start();

// The producer hears how many jobs this consumer is running (it kills one that holds jobs).
let active = 0;
const report = () => process.send?.({ active });

for (const [queue, binary] of Object.entries(binaries)) {
  await boss.work(queue, { teamSize: 4, teamConcurrency: 4, newJobCheckInterval: 100, includeMetadata: true }, async (job) => {
    ++active;
    report();
    try {
      await runJob(queue, binary, job);
    } finally {
      --active;
      report();
    }
  });
}

async function runJob(queue, binary, job) {
    const { key, input, faultOnFirstTry } = job.data;
    // A scripted share of jobs meets the mock provider's retryable fault on their first try.
    const env = faultOnFirstTry && job.retrycount === 0 ? { VALUERANK_MOCK_FAULT: 'server_error' } : {};
    const envelope = await runWorker(binary, input, env);
    const error = envelope.success ? null : envelope.error;
    await db.query('INSERT INTO scaleout_attempts(job_key, queue, retry, ok, code, retryable, pid) VALUES($1, $2, $3, $4, $5, $6, $7)',
      [key, queue, job.retrycount, envelope.success, error?.code ?? null, error?.retryable ?? null, process.pid]);
    if (error?.retryable) throw new Error(`${error.code}: ${error.message}`); // pg-boss retries the job
    await db.query('INSERT INTO scaleout_results(job_key, queue, envelope) VALUES($1, $2, $3) ON CONFLICT (job_key) DO NOTHING',
      [key, queue, envelope]);
}
console.log(`consumer ${process.pid} ready`);
