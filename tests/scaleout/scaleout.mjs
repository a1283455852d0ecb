// The scale-out test's producer and judge (run_scaleout.sh starts PostgreSQL and calls this):
//  1. throughput: 300 probe jobs with 1 consumer, then 300 with 4 consumers (jobs/s each);
//  2. the evaluation: probe jobs for a grid of mock: models × scenarios × samples (2 000), one consumer killed with
//     SIGKILL mid-run and another started, a scripted tenth of the jobs failing retryably on their first try and a
//     few failing for good; then a summarize job for each transcript, then one analyze job over all of them;
//  3. checks: every job has exactly one result, retries happened for retryable failures only, and the analysis
//     equals valuerank-analyze-basic run directly on the stored summaries.
// Prints the figures and "N passed, M failed"; exits non-zero on any failure.
//   node scaleout.mjs CONNECTION BIN_DIR
import { fork, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import PgBoss from 'pg-boss';
import pg from 'pg';

const [connectionString, binDir] = process.argv.slice(2);
const consumerScript = fileURLToPath(new URL('./consumer.mjs', import.meta.url));
const db = new pg.Pool({ connectionString, max: 4 });
const boss = new PgBoss({ connectionString, max: 4, maintenanceIntervalSeconds: 1 });
boss.on('error', (e) => console.error('pg-boss:', e.message));

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` (${detail})` : ''}`);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const count = async (sql, args = []) => Number((await db.query(sql, args)).rows[0].n);

// Waits until every job of the queue has ended (completed, or failed for good), with a deadline.
async function drain(queue, seconds) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const open = await count(
      `SELECT count(*) AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [queue]);
    if (open === 0) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

function startConsumer(mockLatencyMs = 0) {
  const env = { ...process.env, VALUERANK_MOCK_LATENCY_MS: String(mockLatencyMs) };
  const child = fork(consumerScript, [connectionString, binDir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], env });
  child.active = 0;
  child.on('message', (m) => { child.active = m.active; });
  return child;
}

function probeInput(model, scenario, sample) {
  return {
    runId: 'scaleout', scenarioId: `s${scenario}`, modelId: model,
    scenario: {
      preamble: 'You are a thoughtful advisor.',
      prompt: `Dilemma ${scenario}: option A (the rule) or option B (the person)? Rate 1-5, 1 strongly A, 5 strongly B.`,
      dimensions: { severity: 1 + (scenario % 5), reversibility: 1 + (scenario % 3) },
    },
    config: { maxTurns: 1, seed: sample },
  };
}

const jobOptions = { retryLimit: 4, retryDelay: 0, expireInSeconds: 5 };

async function throughput(consumers, jobs) {
  const queue = 'probe';
  const started = Date.now();
  await boss.insert(Array.from({ length: jobs }, (_, i) => ({
    name: queue, data: { key: `bench-${consumers}-${i}`, input: probeInput('mock:bench', i % 50, i) }, ...jobOptions,
  })));
  const children = Array.from({ length: consumers }, () => startConsumer());
  const done = await drain(queue, 120);
  const seconds = (Date.now() - started) / 1000;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => c.exitCode !== null || c.signalCode !== null ? r() : c.on('exit', r))));
  check(`throughput with ${consumers} consumer(s): every job done`, done);
  return jobs / seconds;
}

await boss.start();
await db.query(`CREATE TABLE scaleout_results(job_key text PRIMARY KEY, queue text NOT NULL, envelope jsonb NOT NULL)`);
await db.query(`CREATE TABLE scaleout_attempts(id serial PRIMARY KEY, job_key text NOT NULL, queue text NOT NULL, retry int NOT NULL,
                ok boolean NOT NULL, code text, retryable boolean, pid int NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp())`);

// 1. Throughput.
const oneConsumer = await throughput(1, 300);
const fourConsumers = await throughput(4, 300);
console.log(`throughput: ${oneConsumer.toFixed(1)} jobs/s with 1 consumer, ${fourConsumers.toFixed(1)} jobs/s with 4 consumers`);

// 2. The evaluation: 5 models × 100 scenarios × 4 samples, a tenth meeting a retryable fault first, and three
//    jobs whose input is invalid (mock: without a name), which must fail once and never be retried.
const started = Date.now();
const models = ['mock:alpha', 'mock:beta', 'mock:gamma', 'mock:delta', 'mock:epsilon'];
const probeJobs = [];
for (const [m, model] of models.entries())
  for (let s = 0; s < 100; ++s)
    for (let k = 0; k < 4; ++k)
      probeJobs.push({ key: `probe/${model}/s${s}/${k}`, input: probeInput(model, s, k), faultOnFirstTry: (m * 400 + s * 4 + k) % 10 === 3 });
const invalid = ['probe/invalid/0', 'probe/invalid/1', 'probe/invalid/2'];
for (const key of invalid) probeJobs.push({ key, input: probeInput('mock:', 0, 0) });
await boss.insert(probeJobs.map((data) => ({ name: 'probe', data, ...jobOptions })));

let consumers = [0, 1, 2, 3].map(() => startConsumer(40));
// SIGKILL one consumer once a third of the transcripts are in, while the consumers hold jobs (each takes up to
// four; every mock call takes 40 ms here), and start another in its place.
while (await count(`SELECT count(*) AS n FROM scaleout_results WHERE job_key LIKE 'probe/mock:%'`) < 700) await sleep(20);
let victim;
while (!(victim = consumers.find((c) => c.active >= 2))) await sleep(5);
const activeAtKill = await count(`SELECT count(*) AS n FROM pgboss.job WHERE name = 'probe' AND state = 'active'`);
victim.kill('SIGKILL');
console.log(`killed consumer ${victim.pid} with SIGKILL (${activeAtKill} probe jobs active across the consumers) after ${await count(`SELECT count(*) AS n FROM scaleout_results WHERE job_key LIKE 'probe/%'`)} results`);
consumers = [...consumers.filter((c) => c !== victim), startConsumer(40)];
check('probe jobs all ended', await drain('probe', 150));

// Summarize each transcript, then analyze them all.
const transcripts = (await db.query(
  `SELECT job_key, envelope FROM scaleout_results WHERE queue = 'probe' AND job_key LIKE 'probe/%' AND (envelope->>'success')::boolean`)).rows;
await boss.insert(transcripts.map(({ job_key, envelope }) => ({
  name: 'summarize', ...jobOptions,
  data: { key: `summarize/${job_key}`, input: { transcriptId: job_key, transcriptContent: envelope.transcript, explain: false } },
})));
check('summarize jobs all ended', await drain('summarize', 120));
const summaries = (await db.query(`SELECT job_key, envelope FROM scaleout_results WHERE queue = 'summarize'`)).rows;
const probeByKey = new Map(probeJobs.map((j) => [j.key, j]));
const analysisInput = {
  runId: 'scaleout',
  transcripts: summaries.map(({ job_key, envelope }) => {
    const probeKey = job_key.slice('summarize/'.length);
    const probe = probeByKey.get(probeKey);
    const code = Number(envelope.summary?.decisionCode);
    return {
      id: probeKey, modelId: probe.input.modelId, scenarioId: probe.input.scenarioId,
      summary: { score: Number.isInteger(code) && code >= 1 && code <= 5 ? code : null },
      scenario: { name: probe.input.scenarioId, dimensions: probe.input.scenario.dimensions },
    };
  }).sort((a, b) => a.id.localeCompare(b.id)),
};
await boss.send('analyze', { key: 'analyze/all', input: analysisInput }, jobOptions);
check('the analyze job ended', await drain('analyze', 60));
const seconds = (Date.now() - started) / 1000;
for (const c of consumers) c.kill('SIGTERM');
await Promise.all(consumers.map((c) => new Promise((r) => c.exitCode !== null || c.signalCode !== null ? r() : c.on('exit', r))));

// 3. Checks.
const expectedKeys = probeJobs.map((j) => j.key);
const results = await count(`SELECT count(*) AS n FROM scaleout_results WHERE queue = 'probe' AND job_key LIKE 'probe/%'`);
const missing = await count(`SELECT count(*) AS n FROM unnest($1::text[]) k WHERE k NOT IN (SELECT job_key FROM scaleout_results)`, [expectedKeys]);
check('every probe job has exactly one result (none missing, none twice)', results === expectedKeys.length && missing === 0,
  `${results} results for ${expectedKeys.length} jobs, ${missing} missing`);
check('every transcript was summarized once', summaries.length === transcripts.length, `${summaries.length} of ${transcripts.length}`);
const faulted = probeJobs.filter((j) => j.faultOnFirstTry).map((j) => j.key);
// A scripted job whose first try the SIGKILL cut short ran again with no fault: it counts as retried too.
const retriedFaults = await count(
  `SELECT count(DISTINCT j.data->>'key') AS n FROM pgboss.job j WHERE j.name = 'probe' AND j.data->>'key' = ANY($1) AND j.retrycount > 0
     AND (EXISTS (SELECT 1 FROM scaleout_attempts a WHERE a.job_key = j.data->>'key' AND NOT a.ok AND a.retryable AND a.code = 'SERVER_ERROR')
          OR NOT EXISTS (SELECT 1 FROM scaleout_attempts a WHERE a.job_key = j.data->>'key' AND NOT a.ok))`, [faulted]);
const faultedOk = await count(`SELECT count(*) AS n FROM scaleout_results WHERE job_key = ANY($1) AND (envelope->>'success')::boolean`, [faulted]);
check('scripted retryable faults were retried by pg-boss and then succeeded', retriedFaults === faulted.length && faultedOk === faulted.length,
  `${faulted.length} scripted, ${retriedFaults} failed first, ${faultedOk} succeeded`);
const invalidAttempts = await count(`SELECT count(*) AS n FROM scaleout_attempts WHERE job_key = ANY($1)`, [invalid]);
const invalidCodes = (await db.query(`SELECT DISTINCT envelope->'error'->>'code' AS code FROM scaleout_results WHERE job_key = ANY($1)`, [invalid])).rows;
check('non-retryable failures were not retried', invalidAttempts === invalid.length && invalidCodes.length === 1 && invalidCodes[0].code === 'VALIDATION_ERROR',
  `${invalidAttempts} attempts for ${invalid.length} jobs`);
const retriedAfterNonRetryable = await count(
  `SELECT count(*) AS n FROM scaleout_attempts a WHERE NOT a.ok AND a.retryable = false
     AND EXISTS (SELECT 1 FROM scaleout_attempts b WHERE b.job_key = a.job_key AND b.at > a.at)`);
check('no job ran again after a non-retryable failure', retriedAfterNonRetryable === 0);
const redundant = await count(
  `SELECT count(*) AS n FROM (SELECT job_key FROM scaleout_attempts WHERE ok GROUP BY job_key HAVING count(*) > 1) d`);
const retakenAfterKill = await count(
  `SELECT count(*) AS n FROM pgboss.job j WHERE j.name = 'probe' AND j.retrycount > 0 AND j.data->>'key' LIKE 'probe/%'
     AND NOT EXISTS (SELECT 1 FROM scaleout_attempts a WHERE a.job_key = j.data->>'key' AND NOT a.ok)`);
check('the jobs the killed consumer held expired and ran again', retakenAfterKill >= 1,
  `${retakenAfterKill} jobs; ${redundant} ran to success twice and kept one result`);

const stored = (await db.query(`SELECT envelope FROM scaleout_results WHERE job_key = 'analyze/all'`)).rows[0]?.envelope;
const direct = spawnSync(`${binDir}/valuerank-analyze-basic`, { input: JSON.stringify(analysisInput), env: { ...process.env, VALUERANK_LOG_LEVEL: 'error' } });
const directEnvelope = JSON.parse(direct.stdout.toString());
// jsonb keeps no key order: compare with keys sorted, the timing fields left out.
const canonical = (v) => Array.isArray(v) ? v.map(canonical)
  : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])])) : v;
const strip = (e) => { const a = structuredClone(e?.analysis ?? {}); delete a.computedAt; delete a.durationMs; return JSON.stringify(canonical(a)); };
check('the queued analysis equals valuerank-analyze-basic run directly on the stored results',
  stored?.success === true && directEnvelope.success === true && strip(stored) === strip(directEnvelope),
  `${analysisInput.transcripts.length} transcripts`);

console.log(`evaluation: ${probeJobs.length} probe + ${summaries.length} summarize + 1 analyze jobs in ${seconds.toFixed(1)} s ` +
  `(${((probeJobs.length + summaries.length + 1) / seconds).toFixed(1)} jobs/s with 4 consumers, one of them killed)`);
await boss.stop({ graceful: false, wait: false });
await db.end();
const failed = checks.filter((c) => !c.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
