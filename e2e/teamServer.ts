// Where the browser tests find the team server (`npm run server`) the Playwright config starts.
const port = Number(process.env.E2E_PORT) || 4174;

export const teamPort = Number(process.env.E2E_TEAM_PORT) || port + 600;
export const teamUrl = `http://127.0.0.1:${teamPort}`;
