export type JsonCheck = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * JSON.parse for untrusted files, after refusing what is larger than
 * `maxBytes` or nested deeper than `maxDepth`, and without keys that could
 * reach an object's prototype. Its own module so that reading a model file
 * does not load the result-file pipeline.
 */
export function parseJsonWithin(text: string, maxBytes: number, maxDepth: number): JsonCheck {
  if (text.length > maxBytes) {
    return { ok: false, reason: `the file is ${Math.round(text.length / 1024)} KB; at most ${maxBytes / 1024 / 1024} MB is accepted` };
  }
  let value: unknown;
  try {
    // V8's JSON.parse is iterative: deep nesting cannot overflow the stack here, it is refused below.
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${(error as Error).message}` };
  }
  const problem = shapeProblem(value, maxDepth);
  return problem ? { ok: false, reason: problem } : { ok: true, value };
}

const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * One pass over the parsed value, with a stack of its own (no recursion):
 * too deep a nesting, or a key that code merging objects could mistake for
 * the prototype. JSON.parse itself makes such keys plain own properties, so
 * checking after parsing is as safe as a reviver and several times faster.
 */
function shapeProblem(root: unknown, maxDepth: number): string | null {
  const stack: [value: unknown, depth: number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth) return `the JSON is nested more than ${maxDepth} levels deep`;
    if (Array.isArray(value)) {
      for (const item of value) if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
      continue;
    }
    for (const key of FORBIDDEN_KEYS) {
      if (Object.hasOwn(value, key)) return `a key named "${key}" is not allowed`;
    }
    for (const key in value) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push([item, depth + 1]);
    }
  }
  return null;
}
