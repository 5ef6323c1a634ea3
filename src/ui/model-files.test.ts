import { describe, expect, it } from 'vitest';
import { MODEL_FILE_MAX_BYTES, addModelFile } from './model-files.ts';

describe('loading a model from a file', () => {
  it('refuses a file over the limit from its size, without reading it', async () => {
    let read = false;
    const huge = {
      name: 'huge.json',
      size: 100 * 1024 * 1024,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    const checked = await addModelFile(huge);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]!.path).toBe('$');
    expect(read).toBe(false);
    expect(MODEL_FILE_MAX_BYTES).toBeLessThan(huge.size);
  });

  it('refuses JSON with a key given twice, naming it, before anything is kept', async () => {
    const text = '{"format":"ict-governance-maturity-model","format":"x"}';
    const checked = await addModelFile({ name: 'twice.json', size: text.length, text: async () => text });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ code: 'json.duplicate-key', params: { key: 'format' } });
  });
});
