import { startTestServer } from './server/testing/inProcess.ts';
import { createRoom, joinRoom } from './server/testing/clients.ts';
import { templateById } from './src/templates/index.ts';
const s = await startTestServer();
const { room, editorToken, doc } = await createRoom(s.url, templateById('figure-1')!.plan);
const a = joinRoom(s.url, room, editorToken, { from: doc, name: 'A' });
const b = joinRoom(s.url, room, editorToken, { name: 'B' });
await a.until((x) => x.status === 'live'); await b.until((x) => x.status === 'live');
await new Promise((r) => setTimeout(r, 500));
const health = async () => (await (await fetch(`${s.url}/healthz`)).json()).connections;
console.log('peers before', a.connection.peers().map((p) => p.user.name), await health());
b.connection.onState((st) => console.log('b state', st.status));
b.connection.setOnline(false);
for (let i = 0; i < 6; i++) { await new Promise((r) => setTimeout(r, 500)); console.log('peers', a.connection.peers().map((p) => p.user.name), await health(), (b.connection as any).socket.status, (b.connection as any).socket.webSocket?.readyState); }
a.close(); b.close(); await s.stop();
