import { afterEach, describe, expect, it, vi } from 'vitest';
import { indexShippedModels } from '../../scripts/lib/models-index.ts';
import type { MaturityModel } from '../model/schema.ts';
import { readShippedSlice } from './model-slices.ts';

/**
 * The default model's entry and its slices as a build lists them, served by a fake `fetch` (`files`, URL →
 * text; `change` removes or alters them), recording what is asked; the whole model read instead is counted.
 */
async function serve(change: (files: Map<string, string>) => void = () => {}) {
  const [entry] = (await indexShippedModels()).filter((e) => e.file === 'ict-governance.json');
  const files = new Map(Object.entries(entry!.slices).map(([tag, slice]): [string, string] => [`/slice-${tag}.json`, slice.text]));
  change(files);
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    asked.push(url);
    const text = files.get(url);
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  });
  const whole = JSON.parse(entry!.checkedCopy.text) as MaturityModel;
  let wholeRead = 0;
  const readWhole = async () => ((wholeRead += 1), whole);
  const shipped = { file: entry!.file, url: '/published.json', id: entry!.id, version: entry!.version, sha256: entry!.sha256, bytes: entry!.bytes };
  const slice = (language: string) => ({ url: `/slice-${language}.json`, sha256: entry!.slices[language]!.sha256 });
  const read = (language: string) => readShippedSlice(shipped, slice(language), readWhole);
  return { entry: entry!, whole, asked, read, wholeRead: () => wholeRead };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('reading a shipped model in one language', () => {
  it('reads only the slice asked, when its bytes are the build’s', async () => {
    const { entry, asked, read, wholeRead } = await serve();
    expect(await read('fr')).toEqual(JSON.parse(entry.slices.fr!.text));
    expect(asked).toEqual(['/slice-fr.json']);
    expect(wholeRead()).toBe(0);
  });

  it('reads the model whole (its checked copy, else its published file validated) when the slice is missing: offline, not kept', async () => {
    const { whole, asked, read, wholeRead } = await serve((files) => files.delete('/slice-ar.json'));
    expect(await read('ar')).toBe(whole);
    expect(asked).toEqual(['/slice-ar.json']);
    expect(wholeRead()).toBe(1);
  });

  it('never trusts a tampered slice: the model is read whole instead', async () => {
    const planted = 'What nobody wrote';
    const { whole, read, wholeRead } = await serve((files) => {
      // Still JSON, still the same shape: only the SHA-256 tells.
      const text = files.get('/slice-en.json')!;
      const changed = text.replace(/"en":"[^"]+"/, `"en":"${planted}"`);
      expect(changed).not.toBe(text);
      files.set('/slice-en.json', changed);
    });
    const model = await read('en');
    expect(model).toBe(whole);
    expect(JSON.stringify(model)).not.toContain(planted);
    expect(wholeRead()).toBe(1);
  });
});
