// A TCP load balancer on loopback, as the one in front of several team server instances: each new
// connection goes to the next instance in turn, and to another one when that instance is down.
import { connect, createServer, type Server, type Socket } from 'node:net';

export interface Balancer {
  url: string;
  /** The instance port a client connection (by its local port) was sent to. */
  backendOf(clientPort: number): number | undefined;
  close(): Promise<void>;
}

export function startBalancer(backends: () => readonly number[]): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<Socket>();
  const routes = new Map<number, number>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.pause();
    const ports = backends();
    const attempt = (tries: number) => {
      if (tries >= ports.length) return client.destroy();
      const port = ports[next++ % ports.length]!;
      const upstream = connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        sockets.add(upstream);
        if (client.remotePort !== undefined) routes.set(client.remotePort, port);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
      upstream.once('error', () => attempt(tries + 1));
    };
    attempt(0);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        url: `http://127.0.0.1:${port}`,
        backendOf: (clientPort) => routes.get(clientPort),
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    }),
  );
}
