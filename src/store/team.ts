// The open plan's team room, as the app sees it: the connection follows the open plan (a plan of
// the library bound to a room connects; another plan disconnects), and its state, the people in
// the room and the server's refusals land here for the top bar, the banner and the canvas.
// A viewer's plan is read-only in the store; the server refuses a viewer's updates anyway.
import { create } from 'zustand';
import type { Presence } from '../doc/presence.ts';
import { MAX_SELECTION } from '../doc/presence.ts';
import type { Peer, TeamConnection, TeamState, TeamStatus } from '../doc/teamConnection.ts';
import { loadIdentity, suggestColor, type Identity } from './identity.ts';
import { openDocument, usePlanStore } from './planStore.ts';
import { setPlanRoom, useSession, type RoomBinding } from './session.ts';
import { notify } from './toasts.ts';

export interface TeamView {
  /** 'none': the open plan is not in a team room. */
  status: TeamStatus | 'none';
  role: 'editor' | 'viewer' | undefined;
  unsynced: number;
  problem: string | undefined;
  peers: Peer[];
  /** The open plan's room, as this browser keeps it. */
  binding: RoomBinding | undefined;
}

const IDLE: TeamView = { status: 'none', role: undefined, unsynced: 0, problem: undefined, peers: [], binding: undefined };

export const useTeam = create<TeamView>()(() => IDLE);

let connection: TeamConnection | undefined;
let connectedTo: string | undefined;
/** The provider (Hocuspocus, ~15 KB) loads only once a plan is in a room. */
const loadConnection = () => import('../doc/teamConnection.ts');
/** The document a connection is being made for, while the provider loads. */
let loadingFor: object | undefined;

/** The connection of the open plan, if it is in a room (the canvas shares the pointer through it). */
export const teamConnection = () => connection;

const identity = (): Identity => loadIdentity() ?? { name: 'Guest', color: suggestColor() };

/** Starts following the open plan (once, at start-up). */
export function startTeam() {
  usePlanStore.subscribe((state, prev) => {
    if (state.planId !== prev.planId || state.plan !== prev.plan) follow();
    if (state.selection !== prev.selection) connection?.setPresence({ selection: state.selection.slice(0, MAX_SELECTION) });
  });
  useSession.subscribe((state, prev) => {
    if (state.entries !== prev.entries) follow();
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => connection?.setOnline(true));
    window.addEventListener('offline', () => connection?.setOnline(false));
  }
  follow();
}

/** Connects the open plan to its room, or disconnects what no longer matches. */
export function follow() {
  const { planId } = usePlanStore.getState();
  const binding = planId ? useSession.getState().entries.find((e) => e.id === planId)?.room : undefined;
  const doc = openDocument()?.doc;
  const key = binding && `${planId} ${binding.server} ${binding.room} ${binding.token}`;
  if (binding && binding.role === 'viewer' && !usePlanStore.getState().readOnly) usePlanStore.setState({ readOnly: true });
  // The plan left its room here (Leave the room): a viewer's copy becomes one of their own plans.
  if (!binding && connectedTo?.startsWith(`${planId} `) && usePlanStore.getState().readOnly) usePlanStore.setState({ readOnly: false });
  if (key === connectedTo && (connection ? connection.doc === doc : loadingFor === doc)) {
    if (useTeam.getState().binding !== binding) useTeam.setState({ binding });
    return;
  }
  connection?.destroy();
  connection = undefined;
  loadingFor = undefined;
  connectedTo = key;
  // A plan with a room is one of the library's, so it has a document (a plan only shown has none).
  if (!binding || !doc) {
    if (useTeam.getState().status !== 'none') useTeam.setState(IDLE);
    return;
  }
  useTeam.setState({ ...IDLE, status: 'connecting', binding });
  loadingFor = doc;
  void loadConnection().then(({ TeamConnection }) => {
    // Another plan was opened while the provider loaded: this one is no longer wanted.
    if (connectedTo !== key || loadingFor !== doc || connection) return;
    loadingFor = undefined;
    connect(new TeamConnection({ server: binding.server, room: binding.room, token: binding.token, doc, presence: { user: identity() } }), planId, binding);
  });
}

function connect(current: TeamConnection, planId: string, binding: RoomBinding) {
  const { selection } = usePlanStore.getState();
  connection = current;
  current.setPresence({ selection: selection.slice(0, MAX_SELECTION) });
  if (typeof navigator !== 'undefined' && navigator.onLine === false) current.setOnline(false);
  useTeam.setState({ ...IDLE, ...current.current, binding });
  current.onState((state) => onState(current, planId, binding, state));
  current.onPeers((peers) => useTeam.setState({ peers }));
}

function onState(current: TeamConnection, planId: string, binding: RoomBinding, state: TeamState) {
  if (connection !== current) return;
  const before = useTeam.getState();
  useTeam.setState({ status: state.status, role: state.role, unsynced: state.unsynced, problem: state.problem });
  if (state.problem && state.problem !== before.problem) notify(state.problem, state.status === 'refused' ? 'error' : 'warning');
  const open = usePlanStore.getState();
  if (open.planId === planId && state.role && open.readOnly !== (state.role === 'viewer')) usePlanStore.setState({ readOnly: state.role === 'viewer' });
  // The server's word on the role wins over what this browser noted when it joined.
  if (state.role && state.role !== binding.role) setPlanRoom(planId, { ...binding, role: state.role });
}

/** Shares this tab's pointer on the canvas (diagram coordinates), or that it left the canvas. */
export function sharePointer(pointer: Presence['pointer']) {
  connection?.setPresence({ pointer });
}

/** Shares a new name and color with the room at once. */
export function shareIdentity(me: Identity) {
  connection?.setPresence({ user: me });
}

/** Tries the room again after a refusal the person has dealt with. */
export const retryTeam = () => connection?.retry();
