// What the app and the team server agree on beyond Hocuspocus: the link format (room id and token
// in the URL fragment, which browsers never send), the server's description, and the close codes
// of its limits. Pure: the server imports it too.

/** Close codes the team server ends a connection with (besides WebSocket's 1009, message too big). */
export const CLOSE_RATE_LIMITED = 4429;
export const CLOSE_DOCUMENT_TOO_LARGE = 4413;
export const CLOSE_BAD_UPDATE = 4400;
export const CLOSE_MESSAGE_TOO_BIG = 1009;

/** The WebSocket path of the room endpoint, on the server's own origin. */
export const TEAM_SOCKET_PATH = '/rooms';
/** GET: what the server is and its limits; POST /api/rooms: a new room from a plan's document. */
export const TEAM_INFO_PATH = '/api/team';
export const TEAM_ROOMS_PATH = '/api/rooms';

export interface TeamServerInfo {
  service: 'exchange-topology-team';
  version: string;
  limits: { maxMessageBytes: number; maxDocumentBytes: number; messagesPerSecond: number };
}

export interface CreatedRoom {
  room: string;
  editorToken: string;
  viewerToken: string;
}

export interface RoomLink {
  /** The team server's origin, e.g. https://team.example.com. */
  server: string;
  room: string;
  token: string;
}

const SECRET = /^[A-Za-z0-9_-]{22,64}$/;

/** `https://server/#room=…&token=…`: the app served by the team server opens the room. */
export function roomLinkUrl(link: RoomLink): string {
  return `${link.server.replace(/\/+$/, '')}/#room=${link.room}&token=${link.token}`;
}

/** The room a fragment names (`#room=…&token=…`), or undefined when it names none or is malformed. */
export function parseRoomFragment(hash: string): { room: string; token: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const room = params.get('room');
  const token = params.get('token');
  if (room === null && token === null) return undefined;
  return room && token && SECRET.test(room) && SECRET.test(token) ? { room, token } : undefined;
}

export const hasRoomFragment = (hash: string) => /(^#|&)room=/.test(hash);

/** ws(s)://host/rooms for an http(s) origin. */
export function socketUrl(server: string): string {
  const url = new URL(server);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = TEAM_SOCKET_PATH;
  url.search = '';
  url.hash = '';
  return url.toString();
}
