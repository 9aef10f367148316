import { describe, expect, it } from 'vitest';
import { hasRoomFragment, parseRoomFragment, roomLinkUrl, socketUrl } from './teamProtocol.ts';

const room = 'AbCdEfGhIjKlMnOpQrStUv';
const token = 'tOkEn-tOkEn_tOkEn-tOkEn_tOkEn-tO';

describe('team links', () => {
  it('carry the room and the token in the fragment, never in the query', () => {
    const url = roomLinkUrl({ server: 'https://team.example.com/', room, token });
    expect(url).toBe(`https://team.example.com/#room=${room}&token=${token}`);
    expect(new URL(url).search).toBe('');
    expect(parseRoomFragment(new URL(url).hash)).toEqual({ room, token });
  });

  it('refuse a fragment that is incomplete or holds anything but base64url secrets', () => {
    for (const hash of [`#room=${room}`, `#token=${token}`, `#room=short&token=${token}`, `#room=${room}&token=<script>${token}`, `#room=${room}&token=${'x'.repeat(65)}`])
      expect(parseRoomFragment(hash), hash).toBeUndefined();
    expect(parseRoomFragment('#plan=abc')).toBeUndefined();
    expect(hasRoomFragment(`#room=${room}`)).toBe(true);
    expect(hasRoomFragment('#plan=abc')).toBe(false);
  });

  it('turn a server origin into its rooms WebSocket', () => {
    expect(socketUrl('http://127.0.0.1:4321')).toBe('ws://127.0.0.1:4321/rooms');
    expect(socketUrl('https://team.example.com/#x')).toBe('wss://team.example.com/rooms');
  });
});
