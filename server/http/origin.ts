// Which pages may talk to this server: its own origin (the app it serves), and the origins listed
// with --allow-origin (a copy of the app served elsewhere). A request without Origin is not from
// a browser page (a script, the load balancer's health check) and is let through; every room still
// needs its token.
import type { Duplex } from 'node:stream';

export class OriginCheck {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowed: readonly string[]) {
    this.allowed = new Set(allowed.map((o) => o.replace(/\/+$/, '')));
  }

  allows(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) return true;
    if (this.allowed.has(origin)) return true;
    try {
      const url = new URL(origin);
      return (url.protocol === 'http:' || url.protocol === 'https:') && host !== undefined && url.host === host;
    } catch {
      return false;
    }
  }

  /** An origin other than the server's own that may call the API (CORS). */
  listed(origin: string | undefined): boolean {
    return origin !== undefined && this.allowed.has(origin);
  }
}

/** Ends a WebSocket upgrade with an HTTP error (the browser shows only that it failed). */
export function refuseUpgrade(socket: Duplex, status: number, message: string) {
  const body = JSON.stringify({ error: message });
  socket.end(
    `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Error'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
