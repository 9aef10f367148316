// A plan's document in a team room: the Hocuspocus provider on the same Y.Doc the tab already edits,
// stores and syncs with its other tabs, plus presence and the connection state a person sees (Live,
// Reconnecting, Offline) and the server's refusals in words. Edits made while offline stay in the
// document (and in IndexedDB) and merge when the provider syncs again. No DOM needed: the browser
// passes its `online` events in, Node (tests, bench) passes a WebSocket class.
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { readPresence, type Presence } from './presence.ts';
import { CLOSE_BAD_UPDATE, CLOSE_DOCUMENT_TOO_LARGE, CLOSE_MESSAGE_TOO_BIG, CLOSE_RATE_LIMITED, socketUrl } from './teamProtocol.ts';

export type TeamStatus = 'connecting' | 'live' | 'reconnecting' | 'offline' | 'refused';

export interface Peer extends Presence {
  clientId: number;
}

export interface TeamState {
  status: TeamStatus;
  /** Known once the server accepted the token. */
  role: 'editor' | 'viewer' | undefined;
  /** Local edits the server has not acknowledged yet. */
  unsynced: number;
  /** Why the server refused or closed the connection, in words for the person. */
  problem: string | undefined;
}

export interface TeamConnectionOptions {
  server: string;
  room: string;
  token: string;
  doc: Y.Doc;
  presence?: Pick<Presence, 'user'>;
  /** Node has no global WebSocket before version 22: pass `ws`. */
  WebSocketPolyfill?: unknown;
  /** Largest message the server takes, for the message when it refuses a larger one. */
  maxMessageBytes?: number;
}

type Listener = (state: TeamState) => void;

export class TeamConnection {
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  private state: TeamState = { status: 'connecting', role: undefined, unsynced: 0, problem: undefined };
  private everLive = false;
  private offline = false;
  private readonly listeners = new Set<Listener>();
  private readonly peerListeners = new Set<(peers: Peer[]) => void>();

  constructor(private readonly options: TeamConnectionOptions) {
    this.socket = new HocuspocusProviderWebsocket({
      url: socketUrl(options.server),
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
      // Reconnect soon after a drop (an instance restarting behind the load balancer), then back off.
      delay: 500,
      minDelay: 500,
      maxDelay: 10_000,
    });
    this.provider = new HocuspocusProvider({ websocketProvider: this.socket, name: options.room, token: options.token, document: options.doc });
    const p = this.provider;
    if (options.presence) p.awareness?.setLocalState({ user: options.presence.user, selection: [], pointer: null });
    p.on('status', ({ status }: { status: WebSocketStatus }) => this.onSocket(status));
    p.on('synced', () => this.refresh());
    p.on('authenticated', ({ scope }: { scope: string }) => this.set({ role: scope === 'readonly' ? 'viewer' : 'editor' }));
    p.on('authenticationFailed', ({ reason }: { reason: string }) => this.refuse(reason || 'The server refused this link.'));
    p.on('close', ({ event }: { event: { code: number; reason: string } }) => this.onClose(event));
    p.on('unsyncedChanges', ({ number }: { number: number }) => this.set({ unsynced: number }));
    p.on('awarenessChange', () => this.emitPeers());
    p.attach();
  }

  get current(): TeamState {
    return this.state;
  }

  get doc(): Y.Doc {
    return this.options.doc;
  }

  onState(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onPeers(listener: (peers: Peer[]) => void): () => void {
    this.peerListeners.add(listener);
    return () => this.peerListeners.delete(listener);
  }

  /** The others in the room (this tab left out), as their presence passes readPresence. */
  peers(): Peer[] {
    const awareness = this.provider.awareness;
    if (!awareness) return [];
    const out: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === this.options.doc.clientID) continue;
      const presence = readPresence(state);
      if (presence) out.push({ ...presence, clientId });
    }
    return out.sort((a, b) => a.user.name.localeCompare(b.user.name) || a.clientId - b.clientId);
  }

  /** Shares what this tab shows of itself (name and color, selection, pointer). */
  setPresence(fields: Partial<Pick<Presence, 'user' | 'selection' | 'pointer'>>) {
    const awareness = this.provider.awareness;
    if (!awareness) return;
    const current = (awareness.getLocalState() ?? { selection: [], pointer: null }) as Record<string, unknown>;
    awareness.setLocalState({ ...current, ...fields });
  }

  /** The browser went offline or online again (its `online`/`offline` events). */
  setOnline(online: boolean) {
    if (online === !this.offline) return;
    this.offline = !online;
    if (this.offline) {
      this.socket.disconnect();
      this.set({ status: 'offline' });
    } else if (this.state.status !== 'refused') {
      this.set({ status: this.everLive ? 'reconnecting' : 'connecting' });
      void this.socket.connect();
    }
  }

  /** Tries again after a refusal the person could fix (the plan was made smaller). */
  retry() {
    if (this.state.status !== 'refused' || this.state.role === undefined) return;
    this.set({ status: 'reconnecting', problem: undefined });
    void this.socket.connect();
  }

  /** Waits until every local edit is acknowledged by the server (false after `timeoutMs`). */
  async whenSaved(timeoutMs = 10_000): Promise<boolean> {
    const end = Date.now() + timeoutMs;
    while (Date.now() < end) {
      if (this.state.status === 'live' && this.provider.unsyncedChanges === 0) return true;
      await new Promise((r) => setTimeout(r, 20));
    }
    return false;
  }

  destroy() {
    this.listeners.clear();
    this.peerListeners.clear();
    this.provider.destroy();
    this.socket.destroy();
  }

  private onSocket(status: WebSocketStatus) {
    if (this.offline || this.state.status === 'refused') return;
    if (status === WebSocketStatus.Connected) return this.refresh();
    this.set({ status: this.everLive ? 'reconnecting' : 'connecting' });
    this.emitPeers();
  }

  private refresh() {
    if (this.offline || this.state.status === 'refused') return;
    if (this.provider.isSynced && this.provider.isAuthenticated) {
      // Back after a drop: the server forgot this person's presence when the connection closed, and
      // ignores it sent again with the same clock; a new clock makes everyone see them again.
      if (this.state.status !== 'live') this.renewPresence();
      this.everLive = true;
      this.set({ status: 'live', problem: undefined });
    }
  }

  private onClose(event: { code: number; reason: string }) {
    if (this.state.status === 'refused') return;
    if (event.code === CLOSE_RATE_LIMITED) this.set({ problem: event.reason || 'The server asked this app to slow down.' });
    else if (event.code === CLOSE_DOCUMENT_TOO_LARGE || event.code === CLOSE_BAD_UPDATE) this.refuse(event.reason || 'The server refused an edit.', true);
    else if (event.code === CLOSE_MESSAGE_TOO_BIG) {
      const limit = this.options.maxMessageBytes ? ` (${Math.round((this.options.maxMessageBytes / 2 ** 20) * 10) / 10} MB)` : '';
      this.refuse(`An edit was larger than the server accepts in one message${limit}.`, true);
    }
  }

  private renewPresence() {
    const awareness = this.provider.awareness;
    const state = awareness?.getLocalState();
    if (awareness && state) awareness.setLocalState({ ...state });
  }

  /** Stops reconnecting: the same attempt would be refused again. */
  private refuse(problem: string, edits = false) {
    this.socket.disconnect();
    const hint = edits ? ' Your latest edits are kept in this browser, not shared: undo them (or download the plan file), then reconnect.' : '';
    this.set({ status: 'refused', problem: problem + hint });
  }

  private set(patch: Partial<TeamState>) {
    const next = { ...this.state, ...patch };
    if (Object.keys(next).every((k) => next[k as keyof TeamState] === this.state[k as keyof TeamState])) return;
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }

  private emitPeers() {
    if (this.peerListeners.size === 0) return;
    const peers = this.peers();
    for (const listener of this.peerListeners) listener(peers);
  }
}
