// `npm run test:scale-out`: the team server past one machine, on loopback. PostgreSQL and Redis
// from Debian's packages, two instances on them behind a load balancer, clients on both editing one
// plan at once: they converge. One instance is killed mid-edit: its clients reconnect to the other,
// and no edit the server acknowledged is lost (not even one whose client died with the instance).
// Both instances restart: the plan comes back from PostgreSQL. Everything it starts is stopped,
// and the whole run is bounded in time.
import { addServer, serializePlan } from '../src/model/index.ts';
import { templateById } from '../src/templates/index.ts';
import { startBalancer, type Balancer } from './testing/balancer.ts';
import { createRoom, eventually, joinRoom, type TestClient } from './testing/clients.ts';
import { spawnServer, type ServerProcess } from './testing/process.ts';
import { startPostgres, startRedis, type Service } from './testing/services.ts';

const TIME_LIMIT_MS = 240_000;
const CLIENTS = 4;

const services: Service[] = [];
const instances: ServerProcess[] = [];
const clients: TestClient[] = [];
let balancer: Balancer | undefined;
const started = Date.now();

const step = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

function check(ok: boolean, what: string) {
  if (!ok) throw new Error(`FAILED: ${what}`);
  step(`ok: ${what}`);
}

async function instance(name: string, env: Record<string, string>) {
  const server = await spawnServer(['--port', '0', '--no-app', '--instance', name], env);
  instances.push(server);
  return server;
}

/** Live instance ports, for the balancer (a killed one stays listed: the balancer skips it). */
const ports = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null).map((i) => i.port);

async function connections(server: ServerProcess): Promise<number> {
  const health = (await (await fetch(`${server.url}/healthz`)).json()) as { connections: number; status: string; redis: string; storage: string };
  return health.connections;
}

/** A person adding servers of their own, one every `everyMs`, noting which ones the server acknowledged. */
function editor(client: TestClient, index: number, everyMs: number) {
  const made: string[] = [];
  let acknowledged = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const n = made.length;
      const id = `c${index}-${n}`;
      client.document.apply(addServer(client.document.plan, { id, name: `C${index}N${n}`, roles: ['Mailbox'] }));
      made.push(id);
      await new Promise((r) => setTimeout(r, everyMs));
      // Nothing unacknowledged: every edit made so far is in the database.
      if (client.connection.current.status === 'live' && client.connection.provider.unsyncedChanges === 0) acknowledged = made.length;
    }
  })();
  return {
    made,
    acknowledgedIds: () => made.slice(0, acknowledged),
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function main() {
  step('starting PostgreSQL and Redis (Debian packages) on loopback');
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  services.push(postgres, redis);
  const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url };
  step('starting instances a and b, and a load balancer in front of them');
  const [a, b] = await Promise.all([instance('a', env), instance('b', env)]);
  balancer = await startBalancer(ports);
  const { room, editorToken, doc } = await createRoom(balancer.url, templateById('figure-3')!.plan);

  for (let i = 0; i < CLIENTS; i++) clients.push(joinRoom(balancer.url, room, editorToken, { from: i === 0 ? doc : undefined, name: `Person ${i}` }));
  await Promise.all(clients.map((c) => c.until((s) => s.status === 'live', 30_000)));
  const [onA, onB] = await Promise.all([connections(a), connections(b)]);
  check(onA > 0 && onB > 0 && clientsOn(a).length === onA, `clients on both instances (${onA} on a, ${onB} on b)`);

  step('every client adds servers at once for 3 s');
  let editors = clients.map((c, i) => editor(c, i, 60));
  await new Promise((r) => setTimeout(r, 3000));
  for (const e of editors) await e.stop();
  await Promise.all(clients.map((c) => c.connection.whenSaved(20_000)));
  const total = editors.reduce((n, e) => n + e.made.length, 0);
  await eventually(() => new Set(clients.map((c) => serializePlan(c.document.plan))).size === 1, 20_000, 'convergence');
  check(clients[0]!.document.plan.servers.length === total + templateById('figure-3')!.plan.servers.length, `all ${CLIENTS} clients hold the same plan, with all ${total} servers added`);

  step('instance a is killed (SIGKILL) while everyone keeps editing');
  editors = clients.map((c, i) => editor(c, i, 40));
  await new Promise((r) => setTimeout(r, 1500));
  // One client on a dies with it: only the server side can keep what it acknowledged.
  const [victim, ...movingFromA] = clientsOn(a);
  if (!victim || movingFromA.length === 0) throw new Error('FAILED: the kill needs two clients on instance a');
  const victimEditor = editors[clients.indexOf(victim)]!;
  await a.stop('SIGKILL');
  await victimEditor.stop();
  const victimAcknowledged = victimEditor.acknowledgedIds();
  victim.close();
  const survivors = clients.filter((c) => c !== victim);
  await new Promise((r) => setTimeout(r, 2500));
  for (const e of editors) if (e !== victimEditor) await e.stop();
  await Promise.all(survivors.map((c) => c.until((s) => s.status === 'live', 30_000)));
  check(
    (await connections(b)) === survivors.length && movingFromA.every((c) => clientsOn(b).includes(c)),
    `the ${survivors.length} surviving clients are all on instance b now (${movingFromA.length} of them reconnected from a)`,
  );
  await Promise.all(survivors.map((c) => c.connection.whenSaved(20_000)));
  await eventually(() => new Set(survivors.map((c) => serializePlan(c.document.plan))).size === 1, 20_000, 'convergence after the kill');
  const held = new Set(survivors[0]!.document.plan.servers.map((s) => s.id));
  const acknowledged = editors.flatMap((e) => e.acknowledgedIds());
  const lost = acknowledged.filter((id) => !held.has(id));
  check(lost.length === 0, `none of ${acknowledged.length} acknowledged edits lost (${victimAcknowledged.length} of them by the client that died with a)`);
  const finalPlan = serializePlan(survivors[0]!.document.plan);

  step('both instances restart; a new client reads the plan from PostgreSQL');
  for (const c of survivors) c.close();
  await b.stop('SIGTERM');
  const [a2] = await Promise.all([instance('a2', env), instance('b2', env)]);
  const reader = joinRoom(a2.url, room, editorToken, { name: 'Reader' });
  clients.push(reader);
  await reader.until((s) => s.status === 'live', 30_000);
  // An edit instance a wrote to the database but died before applying (so before acknowledging or
  // passing it on) was never seen by the others, and is read back with the rest: only such edits,
  // of the client that died with a, may be in the plan beyond what the survivors held.
  const unacknowledged = new Set(victimEditor.made.slice(victimAcknowledged.length));
  const extra = new Set(reader.document.plan.servers.map((s) => s.id).filter((id) => !held.has(id)));
  const back = reader.document.plan;
  const withoutExtra = { ...back, servers: back.servers.filter((s) => !extra.has(s.id)), layout: Object.fromEntries(Object.entries(back.layout ?? {}).filter(([id]) => !extra.has(id))) };
  check(
    [...extra].every((id) => unacknowledged.has(id)) && serializePlan(withoutExtra) === finalPlan,
    `the plan after the restart is the plan before it${extra.size > 0 ? ` (with ${extra.size} unacknowledged edit of the client that died, written before the kill)` : ''}`,
  );
}

function clientsOn(server: ServerProcess): TestClient[] {
  return clients.filter((c) => balancer!.backendOf(c.socketPort() ?? -1) === server.port);
}

let cleaning: Promise<void> | undefined;
/** Stops everything started so far, once, whichever way the run ends (done, failed, timed out, interrupted). */
const cleanUp = () => (cleaning ??= stopAll());

async function stopAll() {
  for (const c of clients) c.close();
  await balancer?.close();
  await Promise.all(instances.map((i) => i.stop('SIGKILL')));
  for (const s of services.reverse()) await s.stop().catch((e: Error) => console.error(`could not stop a service: ${e.message}`));
  const running = instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
  if (running.length > 0) throw new Error(`${running.length} instances still running`);
  step('every process started is stopped');
}

const abort = (why: string) => {
  console.error(`FAILED: ${why}`);
  // A second Ctrl+C, or a clean-up that hangs, still ends the run.
  setTimeout(() => process.exit(1), 60_000).unref();
  void cleanUp()
    .catch((e: Error) => console.error(e.message))
    .finally(() => process.exit(1));
};
const limit = setTimeout(() => abort(`the scale-out test took longer than ${TIME_LIMIT_MS / 1000} s`), TIME_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => abort(`interrupted (${signal})`));

let failed = false;
try {
  await main();
} catch (error) {
  failed = true;
  console.error((error as Error).stack ?? String(error));
  for (const i of instances) console.error(`--- log of instance on port ${i.port} (last 30 lines)\n${i.lines.slice(-30).join('\n')}`);
} finally {
  await cleanUp();
  clearTimeout(limit);
}
step(failed ? 'scale-out test FAILED' : 'scale-out test passed');
process.exit(failed ? 1 : 0);
