import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexShippedModels } from '../../scripts/lib/models-index.ts';
import { bytesSha256, checkedCopyName, trustCheckedCopy } from './checked-copy.ts';
import { smallModel } from './small-model.fixture.ts';
import { parseModel } from './validate.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** A checked copy as the build writes it: the validated model's JSON, and the SHA-256 of its bytes. */
async function copyOf(input: unknown) {
  const checked = parseModel(input);
  if (!checked.ok) throw new Error('the fixture is not a valid model');
  const bytes = encode(JSON.stringify(checked.model));
  return { model: checked.model, bytes, sha256: await bytesSha256(bytes) };
}

describe('a shipped model’s checked copy', () => {
  it('is taken as it is when its bytes are the build’s', async () => {
    const copy = await copyOf(smallModel());
    expect(await trustCheckedCopy(copy.bytes, copy.sha256)).toEqual(copy.model);
  });

  it('is not trusted when one byte of its body differs (a tampered file), nor when it is cut short', async () => {
    const copy = await copyOf(smallModel());
    const text = new TextDecoder().decode(copy.bytes);
    // Still JSON, still a model that would validate: only the hash tells.
    const tampered = encode(text.replace('"allowNotApplicable":false', '"allowNotApplicable":true'));
    expect(tampered).not.toEqual(copy.bytes);
    expect(parseModel(JSON.parse(new TextDecoder().decode(tampered))).ok).toBe(true);
    expect(await trustCheckedCopy(tampered, copy.sha256)).toBeUndefined();
    expect(await trustCheckedCopy(copy.bytes.slice(0, -1), copy.sha256)).toBeUndefined();
  });

  it('is not trusted under another SHA-256 (a copy from another build), nor when it is not JSON', async () => {
    const copy = await copyOf(smallModel());
    const other = await copyOf({ ...smallModel(), version: '9.9.9' });
    expect(await trustCheckedCopy(copy.bytes, other.sha256)).toBeUndefined();
    const broken = encode('{"id": ');
    expect(await trustCheckedCopy(broken, await bytesSha256(broken))).toBeUndefined();
  });

  it('is, for every shipped model, the model that validating its published file gives (defaults and all)', async () => {
    for (const entry of await indexShippedModels()) {
      const published: unknown = JSON.parse(readFileSync(`assessments/${entry.file}`, 'utf8'));
      const checked = parseModel(published);
      if (!checked.ok) throw new Error(entry.file);
      expect(entry.checkedCopy.sha256).toBe(await bytesSha256(encode(entry.checkedCopy.text)));
      expect(await trustCheckedCopy(encode(entry.checkedCopy.text), entry.checkedCopy.sha256)).toEqual(checked.model);
    }
  });

  it('is named after its model file and its own SHA-256, so a new copy is a new URL', () => {
    expect(checkedCopyName('ict-governance-1.1.0.json', 'ab'.repeat(32))).toBe('ict-governance-1.1.0.checked-abababababab.json');
  });
});
