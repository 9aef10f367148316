// Keeps one document in step across the tabs of this browser: Yjs's own sync protocol (y-protocols)
// over a BroadcastChannel, as y-websocket does for its same-browser peers. No Yjs provider package
// does this alone (y-webrtc and y-websocket bring a network), so this wires the two together.
// Local edits go out after they are painted (afterPaint.ts), quick ones merged into one message.
import type * as Y from 'yjs';
import * as bc from 'lib0/broadcastchannel';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as sync from 'y-protocols/sync';
import { DeferredUpdates } from './afterPaint.ts';

/** Message type, as in y-websocket, so awareness can join later on the same channel. */
const MESSAGE_SYNC = 0;
/** The greeting waits for an idle moment at most this long. */
const GREET_WITHIN_MS = 1000;

/** Runs `work` when the page is next idle (after a plan being opened is drawn); returns a cancel. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: GREET_WITHIN_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 0);
  return () => clearTimeout(id);
}

export class TabSync {
  private readonly later = new DeferredUpdates((update) => this.publish((e) => sync.writeUpdate(e, update)));
  private readonly cancelGreeting: () => void;

  constructor(
    private readonly room: string,
    private readonly doc: Y.Doc,
  ) {
    bc.subscribe(room, this.receive);
    doc.on('update', this.send);
    // Ask the other tabs for what this one lacks, and give them what it has: once idle, as encoding
    // a large plan whole takes a while and the plan's first paint does not need it. Messages from
    // the other tabs are answered, and edits sent, from now on.
    this.cancelGreeting = whenIdle(() => {
      this.publish((e) => sync.writeSyncStep1(e, doc));
      this.publish((e) => sync.writeSyncStep2(e, doc));
    });
  }

  destroy() {
    this.cancelGreeting();
    this.later.close();
    this.doc.off('update', this.send);
    bc.unsubscribe(this.room, this.receive);
  }

  private publish(write: (encoder: encoding.Encoder) => void) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    write(encoder);
    bc.publish(this.room, encoding.toUint8Array(encoder), this);
  }

  private readonly receive = (data: ArrayBuffer | Uint8Array, origin: unknown) => {
    if (origin === this) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      sync.readSyncMessage(decoder, reply, this.doc, this);
      if (encoding.length(reply) > 1) bc.publish(this.room, encoding.toUint8Array(reply), this);
    } catch {
      // Not a message of this protocol (another version of the app): nothing to apply.
    }
  };

  private readonly send = (update: Uint8Array, origin: unknown) => {
    if (origin !== this) this.later.push(update);
  };
}
