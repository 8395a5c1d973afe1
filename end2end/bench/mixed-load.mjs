// `make bench`, mixed workload (issue 21): case managers, partner staff, portal clients and
// volunteers at once, each a virtual user who signs in once and then does what their role
// usually does, with a think time between actions, until the time is up. Reports per action
// the count, throughput and p50/p95/p99, the errors (any answer that is not 2xx/3xx, a
// redirect to a sign-in page, or a network error), and whether a write was lost: each
// virtual user counts the writes it was told were saved, each carrying a unique text
// (`bench-<run>-<user>-<n>`), and the database is asked for the rows with these texts.
//
// Usage: node bench/mixed-load.mjs --users FILE --base URL[,URL...] (--sqlite FILE | --postgres URL)
//   --users    the JSON that `lotse demo-data --load-users FILE` wrote
//   --base     one or more servers (same database); the virtual users are split across them
//   --sqlite / --postgres  where to count the saved rows (sqlite3 or psql)
//   --pids     the servers' process ids: their peak resident memory (VmHWM) is reported
//              while the users sign in (each password check needs 19 MiB) and afterwards
// Environment: BENCH_MIXED_SECONDS (180), BENCH_THINK_MS (mean think time, 5000),
// BENCH_RAMP_SECONDS (users arrive spread over this time; default a third of the run, at most 60).
// Exits 1 when there was an error or a lost write.
import http from 'node:http';
import zlib from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
if (!args.users || !args.base) {
  console.error('usage: node bench/mixed-load.mjs --users FILE --base URL[,URL] (--sqlite FILE | --postgres URL)');
  process.exit(2);
}
const users = JSON.parse(readFileSync(args.users, 'utf8'));
const bases = args.base.split(',').map((b) => new URL(b));
const seconds = Number(process.env.BENCH_MIXED_SECONDS || 180);
const thinkMs = Number(process.env.BENCH_THINK_MS || 5000);
const rampSeconds = Number(process.env.BENCH_RAMP_SECONDS || Math.min(60, seconds / 3));
// The marker of this run's writes; no `_` or `%`, which LIKE would read as wildcards.
const run = `bench-${randomBytes(3).toString('hex')}`;

const agents = bases.map(() => new http.Agent({ keepAlive: true, maxSockets: Infinity }));

/** One request; resolves to { status, location, body (Buffer, decoded) } or throws. */
function send(vu, method, path, form) {
  const base = bases[vu.server];
  const body = form ? new URLSearchParams(form).toString() : null;
  const headers = {
    Cookie: vu.cookie ? `${vu.cookie}; lotse_lang=de` : 'lotse_lang=de',
    'Accept-Encoding': 'br, gzip',
    'User-Agent': `lotse-bench-mixed (${vu.role} ${vu.n})`,
  };
  if (body !== null) {
    Object.assign(headers, {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': Buffer.byteLength(body),
      Accept: 'application/json',
      Origin: base.origin,
    });
  } else {
    headers.Accept = 'text/html';
  }
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: base.hostname, port: base.port, path, method, headers, agent: agents[vu.server],
    }, (response) => {
      const chunks = [];
      response.on('data', (c) => chunks.push(c));
      response.on('error', reject);
      response.on('end', () => {
        let raw = Buffer.concat(chunks);
        const encoding = response.headers['content-encoding'];
        const decoded = () => {
          try {
            if (encoding === 'br') return zlib.brotliDecompressSync(raw);
            if (encoding === 'gzip') return zlib.gunzipSync(raw);
          } catch { /* shown as it came */ }
          return raw;
        };
        resolve({
          status: response.statusCode,
          location: response.headers.location || '',
          cookies: response.headers['set-cookie'] || [],
          // Decoded only where it is read (errors, sign-in), not for every page.
          get body() { raw = decoded(); return raw; },
        });
      });
    });
    request.setTimeout(60_000, () => request.destroy(new Error('no answer within 60 s')));
    request.on('error', reject);
    if (body !== null) request.write(body);
    request.end();
  });
}

// Per action: latencies (ms), errors, a few error samples.
const stats = new Map();
const samples = [];
// Requests started after the last user signed in: the steady state.
let steadyFrom = Infinity;
const steady = { times: [], errors: 0 };
function stat(name) {
  if (!stats.has(name)) stats.set(name, { times: [], errors: 0 });
  return stats.get(name);
}

/** Runs one request as action `name` of the user; returns the answer when it succeeded. */
async function act(vu, name, method, path, form) {
  const s = stat(`${vu.label}: ${name}`);
  const started = performance.now();
  let problem = null;
  let answer = null;
  try {
    answer = await send(vu, method, path, form);
    if (answer.status >= 400) problem = `${answer.status}: ${answer.body.toString('utf8').slice(0, 300)}`;
    else if (answer.status >= 300 && /sign-in/.test(answer.location)) problem = `${answer.status} to ${answer.location} (session lost)`;
  } catch (error) {
    problem = `network error: ${error.message}`;
  }
  s.times.push(performance.now() - started);
  if (started >= steadyFrom) steady.times.push(performance.now() - started);
  if (problem) {
    s.errors += 1;
    if (started >= steadyFrom) steady.errors += 1;
    if (samples.length < 8) samples.push(`${vu.label} ${vu.n} ${method} ${path}: ${problem}`);
    return null;
  }
  return answer;
}

// The writes, each counted as believed saved when the server said so, and found by its text.
const writes = {
  note: { label: 'client notes', table: 'client_notes', column: 'body', believed: 0 },
  step: { label: 'plan steps', table: 'steps', column: 'detail', believed: 0 },
  appointment: { label: 'appointments', table: 'appointments', column: 'note', believed: 0 },
  message: { label: 'referral messages', table: 'referral_events', column: 'note', believed: 0 },
  correction: { label: 'portal correction requests', table: 'follow_ups', column: 'note', believed: 0 },
  taskAction: { label: 'volunteer task actions', table: 'volunteer_task_actions', column: 'action_key', believed: 0 },
  report: { label: 'volunteer task reports', table: 'volunteer_tasks', column: 'report', believed: 0 },
};
/** The unique text of the user's next write. */
function mark(vu) {
  vu.written += 1;
  return `${run}-${vu.label.replace(/\W/g, '').slice(0, 3)}${vu.n}-${vu.written}`;
}
async function write(vu, name, kind, path, form) {
  const answer = await act(vu, name, 'POST', path, form);
  if (answer) writes[kind].believed += 1;
  return answer;
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];
const day = (ahead) => new Date(Date.now() + ahead * 86_400_000).toISOString().slice(0, 10);
const SEARCHES = ['amira', 'haddad', 'olena kovalenko', 'reza ahmadi', 'fatima', 'demir', 'noori',
  'mohammed al-ali', 'kaya', 'zeynep', 'şahin', 'karimi', 'hevin', 'khalil', 'leila mansour'];
const NOTES = ['Telefonat: Unterlagen für die Anerkennung kommen nächste Woche.',
  'Termin beim Jobcenter verschoben, neue Einladung folgt.',
  'Hat den Einstufungstest bestanden, wartet auf den Kursbeginn.'];

// What each role does, with its weight (reads dominate; writes are 15-25 % of actions).
const ROLES = {
  'case manager': [
    [25, 'dashboard', (vu) => act(vu, 'dashboard', 'GET', '/')],
    [18, 'client search', (vu) => act(vu, 'client search', 'POST', '/api/search_clients',
      { text: pick(SEARCHES), birth_year: '', page: '1' })],
    [20, 'plan page', (vu) => act(vu, 'plan page', 'GET', `/cases/${pick(vu.account.cases)[0]}/plan`)],
    [8, 'case page', (vu) => act(vu, 'case page', 'GET', `/cases/${pick(vu.account.cases)[0]}`)],
    [8, 'client record', (vu) => act(vu, 'client record', 'GET', `/clients/${pick(vu.account.cases)[1]}`)],
    [8, 'add note (write)', (vu) => write(vu, 'add note (write)', 'note', '/api/add_note', {
      client_id: pick(vu.account.cases)[1], compartment: 'private', note_body: `${mark(vu)} ${pick(NOTES)}`,
    })],
    [6, 'add plan step (write)', (vu) => write(vu, 'add plan step (write)', 'step', '/api/add_step', {
      goal_id: pick(vu.account.cases)[2], service_type: 'housing-entitlement', detail: `${mark(vu)} Antrag stellen`,
      responsible_kind: 'case-manager', responsible_organisation_id: '', due_date: day(30),
    })],
    [5, 'add appointment (write)', (vu) => {
      const [caseId, , , stepId] = pick(vu.account.cases);
      return write(vu, 'add appointment (write)', 'appointment', '/api/add_appointment', {
        case_id: caseId, step_id: stepId, on_date: day(7), at_time: '10:30', place: 'Bürgeramt Köln-Kalk',
        organisation_id: '', bring: 'Pass', appointment_note: `${mark(vu)} Bitte pünktlich sein.`,
      });
    }],
  ],
  'partner staff': [
    [40, 'inbox', (vu) => act(vu, 'inbox', 'GET', '/inbox')],
    [45, 'referral page', (vu) => act(vu, 'referral page', 'GET', `/referrals/${pick(vu.account.referrals)}`)],
    [15, 'referral message (write)', (vu) => write(vu, 'referral message (write)', 'message', '/api/referral_message', {
      referral_id: pick(vu.account.referrals), note: `${mark(vu)} Rückfrage zum Kursbeginn.`,
    })],
  ],
  'portal client': [
    [40, 'my plan', (vu) => act(vu, 'my plan', 'GET', '/portal')],
    [22, 'appointments', (vu) => act(vu, 'appointments', 'GET', '/portal/appointments')],
    [15, 'who saw my data', (vu) => act(vu, 'who saw my data', 'GET', '/portal/access')],
    [8, 'referrals', (vu) => act(vu, 'referrals', 'GET', '/portal/referrals')],
    [10, 'correction request (write)', (vu) => write(vu, 'correction request (write)', 'correction',
      '/api/portal_request_correction', { topic: 'other', message: `${mark(vu)} Meine Telefonnummer hat sich geändert.` })],
  ],
  volunteer: [
    [75, 'task list', (vu) => act(vu, 'task list', 'GET', '/')],
    // Accept the next task offered by name, then report it done (with a short report).
    [25, 'accept / done (write)', async (vu) => {
      const task = vu.account.tasks[vu.task];
      if (task === undefined) return act(vu, 'task list', 'GET', '/'); // all done: only reads
      const key = mark(vu);
      const form = { action_key: key, task_id: task, action: vu.accepted ? 'done' : 'accept' };
      if (vu.accepted) form.report = `${key} Begleitung hat geklappt.`;
      const answer = await write(vu, 'accept / done (write)', 'taskAction', '/api/volunteer_task_action', form);
      if (answer) {
        if (vu.accepted) {
          writes.report.believed += 1;
          vu.task += 1;
        }
        vu.accepted = !vu.accepted;
      }
      return answer;
    }],
  ],
};
// What a user sees first after signing in.
const FIRST = { 'case manager': 'dashboard', 'partner staff': 'inbox', 'portal client': 'my plan', volunteer: 'task list' };

function choose(role) {
  const actions = ROLES[role];
  const total = actions.reduce((sum, a) => sum + a[0], 0);
  let r = Math.random() * total;
  for (const a of actions) {
    r -= a[0];
    if (r < 0) return a;
  }
  return actions[actions.length - 1];
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const think = () => -Math.log(1 - Math.random()) * thinkMs;

async function signIn(vu) {
  const form = vu.role === 'portal client'
    ? { code: vu.account.code, pin: users.pin }
    : { email: vu.account.email, password: users.password };
  const [path, name] = vu.role === 'portal client'
    ? ['/api/portal_sign_in', 'lotse_portal'] : ['/api/sign_in', 'lotse_session'];
  const answer = await act(vu, 'sign in', 'POST', path, form);
  const cookie = answer?.cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`));
  if (answer && !cookie) {
    stat(`${vu.label}: sign in`).errors += 1;
    if (samples.length < 8) samples.push(`${vu.label} ${vu.n}: signed in without a ${name} cookie`);
  }
  return cookie;
}

// The servers' peak resident memory: reset at the start and when the last user has signed in.
const pids = (args.pids || '').split(',').filter(Boolean);
const megabytes = (pid, key) => {
  const found = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`${key}:\\s+(\\d+)`));
  return found ? Math.round(Number(found[1]) / 1024) : NaN;
};
let peaksReset = true;
const resetPeaks = () => pids.forEach((pid) => {
  try { writeFileSync(`/proc/${pid}/clear_refs`, '5'); } catch { peaksReset = false; }
});
let signInPeaks = [];

let endAt = 0;
let arrived = 0;
async function live(vu) {
  await sleep(Math.random() * rampSeconds * 1000);
  vu.cookie = await signIn(vu);
  arrived += 1;
  if (arrived === vus.length) {
    signInPeaks = pids.map((pid) => megabytes(pid, 'VmHWM'));
    resetPeaks();
    steadyFrom = performance.now();
    lastArrival = (steadyFrom - started) / 1000;
  }
  if (!vu.cookie) return;
  let action = ROLES[vu.role].find((a) => a[1] === FIRST[vu.role]);
  while (performance.now() < endAt) {
    await action[2](vu);
    const pause = think();
    if (performance.now() + pause >= endAt) break;
    await sleep(pause);
    action = choose(vu.role);
  }
}

const vus = [];
// One virtual user per account, taking turns between the servers.
const add = (role, list) => list.forEach((account, n) => vus.push({
  role, label: role, account, n: n + 1, server: vus.length % bases.length, cookie: null, written: 0, task: 0, accepted: false,
}));
add('case manager', users.case_managers.filter((c) => c.cases.length > 0));
add('partner staff', users.partners.filter((p) => p.referrals.length > 0));
add('portal client', users.clients);
add('volunteer', users.volunteers);
const count = (role) => vus.filter((v) => v.role === role).length;

console.log(`== mixed workload: ${vus.length} virtual users (${count('case manager')} case managers, `
  + `${count('partner staff')} partner staff, ${count('portal client')} portal clients, ${count('volunteer')} volunteers) `
  + `on ${bases.length} server${bases.length > 1 ? 's' : ''}, ${seconds} s, think time ${thinkMs} ms (exponential), `
  + `arriving over ${rampSeconds.toFixed(0)} s`);
const cpuBefore = process.cpuUsage();
resetPeaks();
const started = performance.now();
let lastArrival = NaN;
endAt = started + seconds * 1000;
await Promise.all(vus.map(live));
const elapsed = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
agents.forEach((a) => a.destroy());

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
const ms = (v) => (Number.isNaN(v) ? '-' : v.toFixed(1));
const row = (name, times, errors) => {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`  ${name.padEnd(46)} ${String(times.length).padStart(7)} ${(times.length / elapsed).toFixed(2).padStart(8)}/s`
    + `  p50 ${ms(percentile(sorted, 50)).padStart(7)}  p95 ${ms(percentile(sorted, 95)).padStart(7)}`
    + `  p99 ${ms(percentile(sorted, 99)).padStart(7)} ms  errors ${errors}`);
};
console.log(`  ${'role: action'.padEnd(46)} ${'count'.padStart(7)} ${'rate'.padStart(10)}  latency (ms)`);
const all = [];
let errors = 0;
for (const [name, s] of [...stats.entries()].sort(([a], [b]) => a.localeCompare(b))) {
  row(name, s.times, s.errors);
  all.push(...s.times);
  errors += s.errors;
}
row('all', all, errors);
row('all, after the last sign-in', steady.times, steady.errors);
console.log(`  throughput ${(all.length / elapsed).toFixed(1)} requests/s over ${elapsed.toFixed(0)} s; errors ${errors}${errors ? ' (MUST BE 0)' : ''}; `
  + `last sign-in done after ${lastArrival.toFixed(1)} s; load generator CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
const goal = (mb) => (mb < 150 ? 'under 150 MB' : 'OVER 150 MB');
pids.forEach((pid, i) => {
  const after = megabytes(pid, 'VmHWM');
  console.log(`  lotse process ${pid}: peak RSS ${signInPeaks[i]} MB while the users signed in (${goal(signInPeaks[i])}), `
    + `${after} MB afterwards (${goal(after)}), ${megabytes(pid, 'VmRSS')} MB at the end`);
});
if (!peaksReset) console.log('  (the peaks could not be reset: each is the peak since the process started)');
for (const s of samples) console.log(`  error: ${s}`);

// Lost writes: what the users believe they saved against the rows with their texts.
let lost = false;
if (args.sqlite || args.postgres) {
  const kinds = Object.values(writes);
  const query = `SELECT ${kinds.map((k) => `(SELECT COUNT(*) FROM ${k.table} WHERE ${k.column} LIKE '${run}-%')`).join(', ')}`;
  const output = args.sqlite
    ? execFileSync('sqlite3', ['-readonly', args.sqlite, query], { encoding: 'utf8' })
    : execFileSync('psql', [args.postgres, '-Atqc', query], { encoding: 'utf8' });
  const found = output.trim().split('|').map(Number);
  console.log(`== writes of this run (${run}): believed saved by the users / found in the database`);
  kinds.forEach((k, i) => {
    const verdict = found[i] === k.believed ? 'ok'
      : found[i] < k.believed ? `LOST ${k.believed - found[i]}` : `${found[i] - k.believed} saved though the user was told it failed`;
    if (found[i] < k.believed) lost = true;
    console.log(`  ${`${k.label} (${k.table}.${k.column})`.padEnd(56)} ${String(k.believed).padStart(6)} / ${String(found[i]).padStart(6)}  ${verdict}`);
  });
  console.log(`  lost writes: ${lost ? 'YES' : 'none'}`);
}
const exhausted = vus.filter((v) => v.role === 'volunteer' && v.task >= v.account.tasks.length).length;
if (exhausted) console.log(`  note: ${exhausted} volunteer(s) ran out of tasks and then only read their task list`);
process.exit(errors || lost ? 1 : 0);
