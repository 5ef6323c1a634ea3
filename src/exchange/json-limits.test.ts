import { describe, expect, it } from 'vitest';
import { parseJsonWithin, utf8Length } from './json-limits.ts';

const parse = (input: string | Uint8Array, maxBytes = 1024 * 1024) => parseJsonWithin(input, maxBytes, 32);
const problem = (input: string | Uint8Array, maxBytes?: number) => {
  const result = parse(input, maxBytes);
  return result.ok ? null : result.problem;
};

describe('parseJsonWithin', () => {
  it('finds a key given twice wherever it is, with the path to it, and nothing where keys only look alike', () => {
    expect(problem('{"a":1,"a":2}')).toEqual({ code: 'json.duplicate-key', path: '$.a', params: { key: 'a' } });
    expect(problem('{"list":[{"x":1},{"y":[1,{"z":1,"z":2}]}]}')).toMatchObject({ path: '$.list[1].y[1].z' });
    // The same key once escaped and once not is the same key.
    expect(problem('{"id":1,"\\u0069d":2}')).toMatchObject({ code: 'json.duplicate-key', path: '$.id' });
    // Keys in different objects, braces, commas, colons and escaped quotes inside strings are not keys.
    expect(parse('{"a":{"b":1},"b":{"a":"\\"a\\":1,{\\"a\\"}"},"c":["a","a"],"d\\\\":"\\\\","d":"}"}').ok).toBe(true);
    expect(problem('{"a\\"b":1,"a\\"b":2}')).toMatchObject({ code: 'json.duplicate-key', params: { key: 'a"b' } });
    // Thirteen keys and more: the list of keys seen becomes a set.
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    expect(parse(JSON.stringify(many)).ok).toBe(true);
    expect(problem(`${JSON.stringify(many).slice(0, -1)},"k39":0}`)).toMatchObject({ path: '$.k39' });
  });

  it('refuses lone surrogates in texts and keys, written raw or as escapes, and keeps pairs', () => {
    expect(problem('{"name":"a\\ud800b"}')).toEqual({ code: 'json.lone-surrogate', path: '$.name', params: {} });
    expect(problem('["ok","\\udfff"]')).toMatchObject({ code: 'json.lone-surrogate', path: '$[1]' });
    expect(problem('{"a":{"\\udc00":1}}')).toMatchObject({ code: 'json.lone-surrogate', path: '$.a' });
    expect(problem('{"name":"a\uD800"}')).toMatchObject({ code: 'json.lone-surrogate' });
    expect(parse('{"name":"\\ud83d\\ude00 😀"}')).toEqual({ ok: true, value: { name: '😀 😀' } });
  });

  it('refuses numbers that parse to Infinity, and reads large finite ones', () => {
    expect(problem('{"w":[1,1e400]}')).toEqual({ code: 'json.not-finite', path: '$.w[1]', params: { text: 'Infinity' } });
    expect(problem('-1e309')).toMatchObject({ code: 'json.not-finite', path: '$' });
    expect(parse('[1e308, 1e-400]')).toEqual({ ok: true, value: [1e308, 0] });
  });

  it('accepts a byte-order mark, in text and in bytes, and refuses bytes that are not UTF-8', () => {
    expect(parse('\uFEFF{"a":"é"}')).toEqual({ ok: true, value: { a: 'é' } });
    expect(parse(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"a":"é"}')]))).toEqual({ ok: true, value: { a: 'é' } });
    expect(problem(new Uint8Array([0x22, 0xc3, 0x22]))).toMatchObject({ code: 'json.not-utf8' });
    expect(problem('\uFEFF\uFEFF{}')).toMatchObject({ code: 'json.not-json' });
  });

  it('counts sizes in UTF-8 bytes', () => {
    expect(utf8Length('aé信😀')).toBe(1 + 2 + 3 + 4);
    expect(utf8Length('\uD800')).toBe(3);
    const text = JSON.stringify('信'.repeat(400));
    expect(text.length).toBeLessThan(1024);
    expect(problem(text, 1024)).toEqual({ code: 'json.too-large', path: '$', params: { kilobytes: 1, megabytes: 1024 / 1024 / 1024 } });
    expect(problem(new TextEncoder().encode(text), 1024)).toMatchObject({ code: 'json.too-large' });
    expect(parse(text, 1202).ok).toBe(true);
  });
});
