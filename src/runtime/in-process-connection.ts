import * as http from 'node:http';
import { Duplex } from 'node:stream';

/**
 * Connections from this server to itself that never leave the process. In embedded mode the UI API reads the runtime
 * through the SDK, i.e. over HTTP to this very server's /v2. Over loopback TCP each such call waited for the event
 * loop's next poll phase, behind every client request that had arrived meanwhile: under the soak bench's mixed load a
 * monitor list (one /api request, two /v2 searches) queued three times and was the slowest operation. Through these
 * connections the request bytes reach the server's HTTP parser in the same turn, without a socket or a syscall; the
 * request still goes through the server's own HTTP handling (host check, credential, /v2 controllers) unchanged.
 *
 * An http.Server takes any Duplex stream as a connection through its 'connection' event (Node's documented way
 * to inject connections); the agent hands the other end of the pair to http.request.
 */
export function inProcessAgent(server: http.Server, options: http.AgentOptions = {}): http.Agent {
  const agent = new http.Agent({ keepAlive: true, ...options });
  // The agent calls createConnection for every new connection (keep-alive reuses them as it does sockets).
  (agent as unknown as { createConnection: () => Duplex }).createConnection = () => {
    const [client, serverSide] = connectionPair();
    server.emit('connection', serverSide);
    return client;
  };
  return agent;
}

/** Two in-memory ends of one connection: what one end writes, the other reads; closing one closes both. */
function connectionPair(): [Duplex, Duplex] {
  const ends: Duplex[] = [];
  const end = (peer: () => Duplex) =>
    socketLike(
      new Duplex({
        read() {
          // Data is pushed by the peer's writes.
        },
        write(chunk: Buffer, _encoding, done) {
          peer().push(chunk);
          done();
        },
        final(done) {
          peer().push(null);
          done();
        },
        destroy(err, done) {
          if (!peer().destroyed) peer().destroy();
          done(err);
        },
      }),
    );
  ends.push(end(() => ends[1]), end(() => ends[0]));
  return [ends[0], ends[1]];
}

/** The net.Socket methods Node's HTTP client, agent and server call on a connection; none has a meaning in memory. */
function socketLike(stream: Duplex): Duplex {
  const self = () => stream;
  return Object.assign(stream, { setNoDelay: self, setKeepAlive: self, setTimeout: self, ref: self, unref: self });
}
