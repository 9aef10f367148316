// Where the browser tests find the team server (`npm run server`) the Playwright config starts.
const port = Number(process.env.E2E_PORT) || 4174;

/** Ports Chromium refuses to load (ERR_UNSAFE_PORT) in the range E2E_PORT + 600 can reach. */
const UNSAFE = new Set([5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697]);

/** Moved well away where unsafe, so it meets no other checkout's port + 600. */
const safe = (at: number) => (UNSAFE.has(at) ? at + 10_000 : at);

export const teamPort = Number(process.env.E2E_TEAM_PORT) || safe(port + 600);
export const teamUrl = `http://127.0.0.1:${teamPort}`;
