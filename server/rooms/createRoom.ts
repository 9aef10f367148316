// A new room from the open plan's document, as the app uploads it: refused unless it holds a plan
// that passes the same gate as every plan in the app (derive, repair, parsePlan) and fits the
// room's size limit. Stored under the hash of a new random id, with the hashes of two tokens.
import * as Y from 'yjs';
import { derivePlan, isEmptyPlanDoc } from '../../src/doc/index.ts';
import type { CreatedRoom } from '../../src/doc/teamProtocol.ts';
import { formatIssue, parsePlan, serializePlan } from '../../src/model/index.ts';
import type { RoomStore } from '../storage/roomStore.ts';
import { megabytes, type Limits } from './limits.ts';
import { hashSecret, newRoomId, newToken } from './secrets.ts';

export type CreateResult = { ok: true; created: CreatedRoom; roomHash: string; planName: string } | { ok: false; status: number; error: string };

export async function createRoom(store: RoomStore, body: Uint8Array, limits: Limits): Promise<CreateResult> {
  if (body.byteLength > limits.maxDocumentBytes)
    return { ok: false, status: 413, error: `This plan is larger than a room may hold (${megabytes(limits.maxDocumentBytes)}).` };
  const doc = new Y.Doc();
  try {
    try {
      Y.applyUpdate(doc, body);
    } catch {
      return { ok: false, status: 400, error: 'The server could not read this plan (not a plan document).' };
    }
    if (isEmptyPlanDoc(doc)) return { ok: false, status: 400, error: 'This document holds no plan.' };
    const checked = parsePlan(serializePlan(derivePlan(doc)));
    if (!checked.ok) return { ok: false, status: 400, error: `This plan is not valid: ${formatIssue(checked.errors[0]!)}` };
    const created: CreatedRoom = { room: newRoomId(), editorToken: newToken(), viewerToken: newToken() };
    const roomHash = hashSecret(created.room);
    await store.create(roomHash, { editorHash: hashSecret(created.editorToken), viewerHash: hashSecret(created.viewerToken) }, Y.encodeStateAsUpdate(doc));
    return { ok: true, created, roomHash, planName: checked.plan.name };
  } catch (error) {
    if (error instanceof Error && /derived plan fails the gate/.test(error.message))
      return { ok: false, status: 400, error: 'This plan is not valid.' };
    throw error;
  } finally {
    doc.destroy();
  }
}
