import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { MAX_FILE_BYTES, MAX_PLAN_BYTES } from '../model/limits.ts';
import { serializePlan } from '../model/serialize.ts';
import { readPlanFile } from './embed.ts';

const branch = plan('Encodings')
  .site('hq')
  .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
  .gc()
  .build();
const json = serializePlan(branch);
const utf8 = (text: string) => new TextEncoder().encode(text);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++)
    new DataView(out.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  return out;
}

describe('readPlanFile and text encodings', () => {
  it('opens a plan saved with a UTF-8 byte order mark like one without', () => {
    const plain = readPlanFile('plan.json', utf8(json));
    const withBom = readPlanFile('plan.json', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]));
    expect(withBom).toEqual(plain);
    expect(withBom.ok).toBe(true);
  });

  it('names UTF-16 instead of calling the file "not a plan" or "not JSON"', () => {
    expect(readPlanFile('notepad.json', utf16le(json))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^"notepad\.json" is UTF-16 \(little-endian\) text; plans are UTF-8\. Save it again as UTF-8/,
      ),
    });
  });

  it('refuses bytes that are not UTF-8 with their offset, instead of reading U+FFFD', () => {
    const latin1 = utf8(json.replace('Encodings', 'Caf_'));
    const at = latin1.indexOf(0x5f); // "_": replaced by a Latin-1 é
    latin1[at] = 0xe9;
    expect(readPlanFile('latin1.json', latin1)).toEqual({
      ok: false,
      message: `"latin1.json" is not UTF-8 text: byte 0xE9 at offset ${at} (counting from 0) does not begin a valid UTF-8 character. Save it again as UTF-8 and open that.`,
    });
  });

  it('still calls a binary file "not a plan"', () => {
    const program = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0xff, 0xfe, 0x00, 0x80]); // a Windows program
    expect(readPlanFile('setup.exe', program)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^"setup\.exe" is not a plan/),
    });
  });

  it('refuses a file over the size limit, giving both sizes, without reading it', () => {
    const huge = new Uint8Array(MAX_FILE_BYTES + 1);
    expect(readPlanFile('huge.json', huge)).toEqual({
      ok: false,
      message:
        '"huge.json" is 32,000,001 bytes; a plan file (JSON, or an SVG, PNG, Visio or draw.io file exported by the designer) may be at most 32 MB.',
    });
  });

  it('refuses plan JSON over the plan size limit, giving both sizes', () => {
    const padded = `${json.slice(0, -2)}${' '.repeat(MAX_PLAN_BYTES)}}`;
    const result = readPlanFile('padded.json', utf8(padded));
    expect(result).toEqual({
      ok: false,
      message: `"padded.json" cannot be opened: the plan is ${utf8(padded).length.toLocaleString('en-US')} bytes; a plan may be at most 5 MB of JSON.`,
    });
  });

  it('sets a file name off from the message, so a U+202E in it cannot disguise the sentence', () => {
    expect(readPlanFile('plan\u202Enosj.exe', utf8('not a plan'))).toEqual({
      ok: false,
      message:
        '"\u2068plan\u202Enosj.exe\u2069" is not a plan. Exchange Topology Designer opens plan JSON files and the SVG, PNG, Visio (.vsdx) and draw.io files it exported.',
    });
  });
});
