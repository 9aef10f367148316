// Sharing with a team: putting the open plan in a new room on a team server (the page's own origin
// when the team server serves the app, or an address set once), and opening a room from a link
// (#room=…&token=…, in the fragment so no server or proxy log ever sees it).
import * as Y from 'yjs';
import { derivePlan } from '../doc/index.ts';
import {
  hasRoomFragment,
  parseRoomFragment,
  roomLinkUrl,
  TEAM_INFO_PATH,
  TEAM_ROOMS_PATH,
  type CreatedRoom,
  type TeamServerInfo,
} from '../doc/teamProtocol.ts';
import { isolate } from '../model/bidi.ts';
import { loadIdentity, saveIdentity, type Identity } from './identity.ts';
import { openDocument, usePlanStore } from './planStore.ts';
import { dismiss, notify, openRoomPlan, setPlanRoom, switchPlan, useSession, type RoomBinding } from './session.ts';
import { shareIdentity } from './team.ts';
import { useTeamDialog } from './teamDialog.ts';

const SERVER_KEY = 'etd-team-server';
const JOIN_TIMEOUT_MS = 20_000;


/** The person's name and color: the one kept, or asked now (undefined when they cancel). */
export function ensureIdentity(): Promise<Identity | undefined> {
  const known = loadIdentity();
  return known ? Promise.resolve(known) : askIdentity();
}

/** Asks for a name and color (starting from the current ones); undefined when cancelled. */
export function askIdentity(): Promise<Identity | undefined> {
  return new Promise((resolve) => useTeamDialog.setState({ askingIdentity: resolve, identityDraft: loadIdentity() }));
}

export function answerIdentity(identity: Identity | undefined) {
  const resolve = useTeamDialog.getState().askingIdentity;
  if (!resolve) return;
  useTeamDialog.setState({ askingIdentity: undefined, identityDraft: undefined });
  const saved = identity && saveIdentity(identity);
  if (saved) shareIdentity(saved);
  resolve(saved ?? (identity ? undefined : loadIdentity()));
}

export function savedServer(): string | undefined {
  try {
    return localStorage.getItem(SERVER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether this page's origin is a team server (so rooms go there without asking). */
export async function detectSameOrigin(): Promise<boolean> {
  const known = useTeamDialog.getState().sameOrigin;
  if (known !== undefined) return known;
  const info = await teamServerInfo(location.origin);
  useTeamDialog.setState({ sameOrigin: info !== undefined });
  return info !== undefined;
}

async function teamServerInfo(server: string): Promise<TeamServerInfo | undefined> {
  try {
    const response = await fetch(`${server}${TEAM_INFO_PATH}`, { headers: { Accept: 'application/json' } });
    const body = (await response.json()) as Partial<TeamServerInfo>;
    return response.ok && body.service === 'exchange-topology-team' ? (body as TeamServerInfo) : undefined;
  } catch {
    return undefined;
  }
}

/** A server address as typed ("teamhost:4321", "https://x/") as an origin, or why it is not one. */
export function normalizeServer(text: string): { ok: true; origin: string } | { ok: false; message: string } {
  const trimmed = text.trim();
  try {
    const url = new URL(/^https?:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
    return { ok: true, origin: url.origin };
  } catch {
    return { ok: false, message: 'Enter the team server’s address, such as http://teamserver:4321.' };
  }
}

export type ShareOutcome = { ok: true; links: { editor: string; viewer: string } } | { ok: false; message: string };

/** Puts the open plan in a new room on `server` and connects it; the editor and viewer links. */
export async function shareWithTeam(server: string): Promise<ShareOutcome> {
  const { planId, readOnly } = usePlanStore.getState();
  if (readOnly || !planId) return { ok: false, message: 'Open a copy of this plan first: only your own plans can be shared with a team.' };
  const document = openDocument();
  if (!document || !useSession.getState().entries.some((e) => e.id === planId)) return { ok: false, message: 'This plan is not saved yet; try again in a moment.' };
  if (!(await ensureIdentity())) return { ok: false, message: 'A name is needed so your team knows who is editing.' };
  const info = await teamServerInfo(server);
  if (!info) return { ok: false, message: `No team server answers at ${server}. Check the address, and that this page may use it (the server’s --allow-origin).` };
  let response: Response;
  try {
    response = await fetch(`${server}${TEAM_ROOMS_PATH}`, { method: 'POST', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(Y.encodeStateAsUpdate(document.doc)) });
  } catch {
    return { ok: false, message: `The team server at ${server} could not be reached.` };
  }
  const body = (await response.json().catch(() => ({}))) as Partial<CreatedRoom> & { error?: string };
  if (response.status !== 201 || !body.room || !body.editorToken || !body.viewerToken)
    return { ok: false, message: body.error ?? `The team server refused the plan (${response.status}).` };
  if (server !== location.origin) rememberServer(server);
  const binding: RoomBinding = { server, room: body.room, token: body.editorToken, role: 'editor', viewerToken: body.viewerToken };
  setPlanRoom(planId, binding);
  return { ok: true, links: roomLinks(binding) };
}

export function roomLinks(b: RoomBinding): { editor: string; viewer: string } {
  const viewerToken = b.role === 'viewer' ? b.token : b.viewerToken;
  return {
    editor: b.role === 'editor' ? roomLinkUrl({ server: b.server, room: b.room, token: b.token }) : '',
    viewer: viewerToken ? roomLinkUrl({ server: b.server, room: b.room, token: viewerToken }) : '',
  };
}

function rememberServer(server: string) {
  try {
    localStorage.setItem(SERVER_KEY, server);
  } catch {
    // Not kept (a private window): asked again next time.
  }
}

/** If the address names a room (#room=…&token=…), opens it: the plan kept here, or joined now. */
export async function joinRoomFromAddress(): Promise<boolean> {
  if (!hasRoomFragment(location.hash)) return false;
  const link = parseRoomFragment(location.hash);
  // The token leaves the address bar at once: the plan list keeps it from here on.
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  if (!link) {
    notify('This team link is incomplete: ask for it again. Your own plans are unchanged.', 'error');
    return false;
  }
  const server = location.origin;
  const kept = useSession.getState().entries.find((e) => e.room?.server === server && e.room.room === link.room);
  if (kept?.room) {
    // A viewer given another link may have been given editing: the server says which on connecting.
    // An editor keeps editing whatever link they open again.
    if (kept.room.role === 'viewer' && kept.room.token !== link.token) setPlanRoom(kept.id, { ...kept.room, token: link.token });
    return kept.id === usePlanStore.getState().planId || switchPlan(kept.id);
  }
  if (!(await ensureIdentity())) {
    notify('You did not join the room: a name is needed so your team knows who is here.', 'info');
    return false;
  }
  const joining = notify('Joining the team room…', 'info');
  const doc = new Y.Doc();
  const { TeamConnection } = await import('../doc/teamConnection.ts');
  const probe = new TeamConnection({ server, room: link.room, token: link.token, doc });
  try {
    const outcome = await new Promise<'live' | 'refused' | 'timeout'>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), JOIN_TIMEOUT_MS);
      probe.onState((s) => {
        if (s.status !== 'live' && s.status !== 'refused') return;
        clearTimeout(timer);
        resolve(s.status);
      });
    });
    if (outcome !== 'live') {
      notify(outcome === 'refused' ? (probe.current.problem ?? 'The team server refused this link.') : 'The team server did not answer; try the link again later.', 'error');
      return false;
    }
    const name = derivePlan(doc).name;
    const role = probe.current.role ?? 'viewer';
    await openRoomPlan(Y.encodeStateAsUpdate(doc), name, { server, room: link.room, token: link.token, role });
    notify(role === 'viewer' ? `You are viewing “${isolate(name)}” live with your team.` : `You joined “${isolate(name)}”: your team sees your edits as you make them.`, 'success');
    return true;
  } finally {
    dismiss(joining);
    probe.destroy();
    doc.destroy();
  }
}
