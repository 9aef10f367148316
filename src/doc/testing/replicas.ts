// Replicas of one plan in one process, for tests: each a PlanDocument on its own Y.Doc, with the
// updates it made recorded, so a test decides when (and in which order, how often) they arrive.
import * as Y from 'yjs';
import { serializePlan, setReplicaIdSuffix, type Plan } from '../../model/index.ts';
import { PlanDocument } from '../planDocument.ts';

export interface Replica {
  document: PlanDocument;
  /** Updates this replica made itself, in order. */
  made: Uint8Array[];
  /** Applies a pure edit as this replica's user would (its own ids, its own undo). */
  edit: (change: (plan: Plan) => Plan) => void;
}

const REMOTE = 'remote';

/** `count` replicas that start from the same document holding `plan`. */
export function replicas(plan: Plan, count: number): Replica[] {
  const origin = PlanDocument.fromPlan(plan);
  const start = Y.encodeStateAsUpdate(origin.doc);
  return Array.from({ length: count }, (_, i) => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, start, REMOTE);
    const document = new PlanDocument(doc);
    const made: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array, from: unknown) => {
      if (from !== REMOTE) made.push(update);
    });
    return {
      document,
      made,
      edit: (change) => {
        setReplicaIdSuffix(`r${i}`);
        try {
          document.apply(change(document.plan));
        } finally {
          setReplicaIdSuffix('');
        }
      },
    };
  });
}

export function deliver(to: Replica, update: Uint8Array) {
  Y.applyUpdate(to.document.doc, update, REMOTE);
}

/** The plan a fresh replica derives from this one's whole state (no incremental shortcuts). */
export function freshPlan(replica: Replica): Plan {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(replica.document.doc));
  return new PlanDocument(doc).plan;
}

export const text = (plan: Plan) => serializePlan(plan);
