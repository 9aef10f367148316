// Bench section "team": the team server under load (not a test; bounded in time). One instance on
// its embedded database, then two instances on PostgreSQL and Redis (Debian's packages, started on
// loopback as the scale-out test does): 50 people editing one room for 30 s (propagation from one
// person's edit to every other person, p50/p95, target p95 under 100 ms; no edit lost), and 200
// rooms of 3 people (the server's memory, target under 1 GB). The server runs as its own process.
import { rmSync } from 'node:fs';
import { freshDataDir } from '../server/testing/dataDir.ts';
import { spawnServer, type ServerProcess } from '../server/testing/process.ts';
import { postgresBinDir, startPostgres, startRedis, type Service } from '../server/testing/services.ts';
import { metricsSection, type BenchSection } from './report.ts';
import { abortLoad, closeAll, manyRooms, oneRoomLoad, type RoomLoadResult } from './teamLoad.ts';

const PEOPLE = 50;
const SECONDS = 30;
const ROOMS = 200;
const PER_ROOM = 3;
const P95_TARGET_MS = 100;
const MEMORY_TARGET_MB = 1024;
const TIME_LIMIT_MS = 8 * 60_000;
const SERVER_ARGS = ['--port', '0', '--no-app', '--rooms-per-minute', '100000'];

/** What a run started and has not stopped yet: the time limit stops it all. */
const running = { servers: new Set<ServerProcess>(), services: new Set<Service>() };

async function server(args: string[], env: Record<string, string> = {}) {
  const started = await spawnServer(args, env);
  running.servers.add(started);
  return started;
}

async function stopServer(s: ServerProcess) {
  running.servers.delete(s);
  await s.stop('SIGKILL');
}

async function service(start: () => Promise<Service>) {
  const started = await start();
  running.services.add(started);
  return started;
}

async function stopService(s: Service) {
  running.services.delete(s);
  await s.stop().catch(() => undefined);
}

const metric = (value: number, unit: string, target: number | null = null) => ({
  value: Math.round(value * 10) / 10,
  unit,
  target,
  pass: target === null ? null : value <= target,
});

async function memoryMb(server: ServerProcess): Promise<number> {
  const health = (await (await fetch(`${server.url}/healthz`)).json()) as { memoryBytes: number };
  return health.memoryBytes / 2 ** 20;
}

function roomMetrics(r: RoomLoadResult) {
  return {
    propagationP50: metric(r.p50, 'ms'),
    propagationP95: metric(r.p95, 'ms', P95_TARGET_MS),
    propagationP99: metric(r.p99, 'ms'),
    propagationMax: metric(r.max, 'ms'),
    editsSent: metric(r.edits, 'edits'),
    deliveriesMeasured: metric(r.deliveries, 'deliveries'),
    lostEdits: metric(r.lost, 'edits', 0),
  };
}

async function rooms(instances: ServerProcess[]) {
  const idle = await Promise.all(instances.map(memoryMb));
  try {
    await manyRooms(instances.map((i) => i.url), ROOMS, PER_ROOM);
    await new Promise((r) => setTimeout(r, 3000));
    return { idle, loaded: await Promise.all(instances.map(memoryMb)) };
  } finally {
    closeAll();
  }
}

async function single() {
  const data = await freshDataDir();
  const instance = await server(['--data', data, ...SERVER_ARGS]);
  try {
    const room = await oneRoomLoad([instance.url], PEOPLE, SECONDS);
    const memory = await rooms([instance]);
    return {
      oneRoom: roomMetrics(room),
      rooms: { idleMemory: metric(memory.idle[0]!, 'MB'), memoryWith200Rooms: metric(memory.loaded[0]!, 'MB', MEMORY_TARGET_MB) },
    };
  } finally {
    closeAll();
    await stopServer(instance);
    rmSync(data, { recursive: true, force: true });
  }
}

async function cluster() {
  const services: Service[] = [];
  const instances: ServerProcess[] = [];
  try {
    services.push(await service(startPostgres), await service(startRedis));
    const env = { DATABASE_URL: services[0]!.url, REDIS_URL: services[1]!.url };
    instances.push(...(await Promise.all(['a', 'b'].map((name) => server([...SERVER_ARGS, '--instance', name], env)))));
    const room = await oneRoomLoad(instances.map((i) => i.url), PEOPLE, SECONDS);
    const memory = await rooms(instances);
    return {
      oneRoom: roomMetrics(room),
      rooms: {
        idleMemoryPerInstance: metric(Math.max(...memory.idle), 'MB'),
        memoryWith200RoomsA: metric(memory.loaded[0]!, 'MB', MEMORY_TARGET_MB),
        memoryWith200RoomsB: metric(memory.loaded[1]!, 'MB', MEMORY_TARGET_MB),
      },
    };
  } finally {
    closeAll();
    for (const i of instances) await stopServer(i);
    for (const s of services.reverse()) await stopService(s);
  }
}

export async function benchTeam(): Promise<BenchSection> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Past the limit, everything the run started is stopped (clients, servers, PostgreSQL and Redis),
  // so the run in progress fails at once rather than holding the bench open.
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abortLoad();
      void Promise.all([...[...running.servers].map(stopServer), ...[...running.services].map(stopService)]).finally(() =>
        reject(new Error(`the team bench took over ${TIME_LIMIT_MS / 60_000} minutes; everything it started is stopped`)),
      );
    }, TIME_LIMIT_MS);
  });
  try {
    const notes = [
      `${PEOPLE} people in one room for ${SECONDS} s, each moving a server of their own once a second (staggered) and their pointer every 2 s; propagation = from the edit to its arrival in each other person's document (clients in the bench process, the server in its own).`,
      `${ROOMS} rooms of ${PER_ROOM} people, a 50-server plan each, one edit per person; memory = the server process's resident set (RSS), from /healthz.`,
      'Two instances: PostgreSQL and Redis from Debian on loopback; people of one room spread over both instances, so half the deliveries cross Redis.',
    ];
    const result: Record<string, unknown> = { embedded: await Promise.race([single(), limit]) };
    let hasCluster = true;
    try {
      postgresBinDir();
    } catch {
      hasCluster = false;
      notes.push('Two instances: skipped, PostgreSQL is not installed (apt-get install postgresql redis-server).');
    }
    if (hasCluster) result.twoInstancesOnRedis = await Promise.race([cluster(), limit]);
    return metricsSection('Team server under load', { ...result, notes });
  } finally {
    clearTimeout(timer);
  }
}
