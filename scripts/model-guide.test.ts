import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkModel, parseModel } from '../src/model/validate.ts';

const EXAMPLE = 'assessments/examples/minimal-model.json';

it('the example model of assessments/README.md is valid', () => {
  const checked = parseModel(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  expect(checked.ok ? [] : checked.problems).toEqual([]);
  if (!checked.ok) return;
  expect(checkModel(checked.model)).toEqual([]);
  const { model } = checked;
  expect(model.domains).toHaveLength(1);
  expect(model.domains[0]!.elements).toHaveLength(2);
  expect(model.domains[0]!.elements.flatMap((e) => e.questions)).toHaveLength(3);
});

it('the README shows the example model exactly as the file has it', () => {
  const readme = readFileSync('assessments/README.md', 'utf8');
  const block = /<!-- example: examples\/minimal-model\.json -->\n```json\n([\s\S]*?)```\n/.exec(readme);
  expect(block, 'a ```json block after <!-- example: examples/minimal-model.json -->').not.toBeNull();
  expect(block![1]).toBe(readFileSync(EXAMPLE, 'utf8'));
});
