import { readFileSync } from 'node:fs';
import { problemMessage, problemText } from '../i18n/problem-text.ts';
import { describe, expect, it } from 'vitest';
import type { MaturityModelInput } from './schema.ts';
import { smallModel } from './small-model.fixture.ts';
import { checkPrefills } from './prefill-check.ts';
import { formatPath, parseModel } from './validate.ts';

function problemsOf(json: unknown) {
  const checked = parseModel(json);
  if (checked.ok) throw new Error('expected the model to be rejected');
  return checked.problems;
}

// Broken models are untyped on purpose: they are what the validator must catch.
function changed(change: (model: any) => void): unknown {
  const model: MaturityModelInput = smallModel();
  change(model);
  return model;
}

describe('parseModel', () => {
  it('accepts a valid model and applies defaults', () => {
    const checked = parseModel(smallModel());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const question = checked.model.domains[0]!.elements[0]!.questions[0]!;
    expect(question.weight).toBe(1);
    expect(question.allowNotApplicable).toBe(false);
    expect(checked.model.domains[0]!.elements[1]!.defaultTarget).toBe(3);
  });

  it('accepts the shipped default model', () => {
    const json = JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'));
    const checked = parseModel(json);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('names the path and the expectation of a wrong type', () => {
    const problems = problemsOf(changed((m) => (m.domains[1].elements[0].questions[0].weight = 'heavy')));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('$.domains[1].elements[0].questions[0].weight');
    expect(problems[0]).toEqual({ code: 'schema.invalid_type', path: '$.domains[1].elements[0].questions[0].weight', params: { expected: 'number' } });
  });

  it('rejects unknown fields, so typos do not pass silently', () => {
    const problems = problemsOf(changed((m) => (m.domains[0].elements[0].questions[0].guidence = 'typo')));
    expect(problems[0]).toEqual({
      path: '$.domains[0].elements[0].questions[0]',
      code: 'schema.unrecognized_keys',
      params: { keys: '"guidence"', count: 1 },
    });
  });

  it('rejects a wrong format tag and a missing field', () => {
    const problems = problemsOf(
      changed((m) => {
        m.format = 'something-else';
        delete m.title;
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['$.format', '$.title']);
  });

  it('rejects a bad id and a non-semantic version', () => {
    const problems = problemsOf(
      changed((m) => {
        m.id = 'Not An Id';
        m.version = 'v1';
      }),
    );
    expect(problemMessage(problems.find((p) => p.path === '$.id')!)).toMatch(/lower-case/);
    expect(problemMessage(problems.find((p) => p.path === '$.version')!)).toMatch(/semantic version/);
  });

  it('finds duplicate ids across domains, elements and questions', () => {
    const problems = problemsOf(changed((m) => (m.domains[1].elements[0].questions[1].id = 'strategy.plan.exists')));
    expect(problems).toEqual([
      {
        code: 'model.duplicate-id',
        path: '$.domains[1].elements[0].questions[1].id',
        params: { id: 'strategy.plan.exists', first: '$.domains[0].elements[0].questions[0].id' },
      },
    ]);
  });

  it('requires a descriptor for every level', () => {
    const problems = problemsOf(changed((m) => delete m.domains[0].elements[1].questions[0].levels['4']));
    expect(problems).toEqual([{ code: 'model.descriptor-missing', path: '$.domains[0].elements[1].questions[0].levels', params: { level: 4 } }]);
  });

  it('requires a recommendation for every level below the top', () => {
    const problems = problemsOf(changed((m) => delete m.domains[0].elements[0].recommendations['0']));
    expect(problems[0]).toMatchObject({ code: 'model.recommendation-missing', params: { level: 0, next: 1 } });
    expect(problemMessage(problems[0]!)).toBe('No recommendation for level 0 (what to do to reach level 1).');
  });

  it('requires references to sources and frameworks that exist', () => {
    const problems = problemsOf(
      changed((m) => {
        m.domains[0].elements[0].sources[0].source = 'cobit';
        m.domains[0].elements[0].mapsTo = { edm: ['direct'], 'un-priorities': ['governance'] };
      }),
    );
    expect(problems).toEqual([
      { code: 'model.unknown-source', path: '$.domains[0].elements[0].sources[0].source', params: { source: 'cobit', sources: 'iso-iec-38500' } },
      { code: 'model.unknown-framework-value', path: '$.domains[0].elements[0].mapsTo.edm[0]', params: { value: 'direct', framework: 'edm', values: 'evaluate, monitor' } },
      { code: 'model.unknown-framework', path: '$.domains[0].elements[0].mapsTo["un-priorities"]', params: { framework: 'un-priorities' } },
    ]);
  });

  it('requires every text in the default language', () => {
    const problems = problemsOf(changed((m) => (m.domains[0].title = { fr: 'Stratégie' })));
    expect(problems).toEqual([{ code: 'model.default-language-missing', path: '$.domains[0].title', params: { language: 'en' } }]);
  });

  it('refuses an empty translation and a text given in no language at all', () => {
    const emptyFrench = parseModel(changed((m) => (m.domains[0].title = { en: 'Strategy', fr: '  ' })));
    expect(emptyFrench.ok).toBe(false);
    if (!emptyFrench.ok) expect(emptyFrench.problems.map((p) => p.path)).toContain('$.domains[0].title.fr');
    const noLanguage = parseModel(changed((m) => (m.domains[0].elements[0].questions[0].text = {})));
    expect(noLanguage.ok).toBe(false);
    if (!noLanguage.ok) expect(noLanguage.problems.map((p) => p.path)).toContain('$.domains[0].elements[0].questions[0].text');
  });

  it('takes the model\'s own scale: two to ten consecutive levels, each once, lowest first', () => {
    expect(problemsOf(changed((m) => m.scale.splice(1)))[0]!.path).toBe('$.scale');
    const duplicated = problemsOf(changed((m) => (m.scale[5].level = 4)));
    expect(duplicated).toContainEqual({ code: 'model.level-twice', path: '$.scale[5].level', params: { level: 4 } });
    const gap = problemsOf(changed((m) => (m.scale[5].level = 7)));
    expect(gap[0]).toMatchObject({ path: '$.scale[5].level', code: 'model.level-order' });
  });

  it('accepts a scale of its own, 0–3, with descriptors, targets and recommendations on it', () => {
    const four = changed((m) => {
      m.scale.splice(4);
      for (const d of m.domains)
        for (const e of d.elements) {
          e.defaultTarget = 2;
          delete e.recommendations['3'];
          delete e.recommendations['4'];
          for (const q of e.questions) {
            delete q.levels['4'];
            delete q.levels['5'];
          }
        }
    });
    expect(parseModel(four)).toMatchObject({ ok: true });
  });

  it('holds descriptors, targets and recommendations to the scale', () => {
    const problems = problemsOf(
      changed((m) => {
        m.scale.splice(4);
        m.domains[0].elements[0].defaultTarget = 5;
      }),
    );
    const messages = problems.map(problemText);
    expect(messages.some((m) => /defaultTarget: The target 5 is not on the model’s scale \(0 to 3\)/.test(m))).toBe(true);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'model.off-scale-descriptor', params: { level: '5', lowest: 0, highest: 3 } }));
    expect(messages.some((m) => /recommendations\["4"\]: A recommendation for level 4/.test(m))).toBe(true);
  });

  it('takes the evidence a question expects at each level, held to the scale and to the default language', () => {
    const withEvidence = changed((m) => (m.domains[0].elements[0].questions[0].evidence = { '3': { en: 'An approved charter' }, '4': 'Minutes of its review' }));
    expect(parseModel(withEvidence)).toMatchObject({ ok: true });
    const off = problemsOf(changed((m) => (m.domains[0].elements[0].questions[0].evidence = { '9': 'Too high' })));
    expect(off).toContainEqual(expect.objectContaining({ code: 'model.off-scale-evidence', path: '$.domains[0].elements[0].questions[0].evidence["9"]' }));
    const untranslated = problemsOf(changed((m) => (m.domains[0].elements[0].questions[0].evidence = { '3': { fr: 'Une charte' } })));
    expect(untranslated.map((p) => p.path)).toContain('$.domains[0].elements[0].questions[0].evidence["3"]');
  });

  it('checks the rating section: known rules, bands that rise', () => {
    expect(problemsOf(changed((m) => (m.rating = { domain: 'minimum' })))[0]!.path).toBe('$.rating.domain');
    expect(problemsOf(changed((m) => (m.rating = { bands: { partially: 60, largely: 50, fully: 85 } })))[0]!.path).toBe('$.rating.bands');
    expect(problemsOf(changed((m) => (m.rating = { organization: 'all' })))[0]!.path).toBe('$.rating.organization');
  });

  it('requires a scale of two to ten consecutive levels, each once, and every level used on it', () => {
    const one = problemsOf(changed((m) => m.scale.splice(1)))[0]!;
    expect(one).toMatchObject({ path: '$.scale', code: 'schema.too_small' });
    expect(problemMessage(one)).toBe('a scale has at least two levels');
    const duplicated = problemsOf(changed((m) => (m.scale[5].level = 4)));
    expect(duplicated.map((p) => p.code)).toContain('model.level-twice');
    const gap = problemsOf(changed((m) => (m.scale[5].level = 7)));
    expect(gap[0]).toEqual({ path: '$.scale[5].level', code: 'model.level-order', params: { expected: 5, after: 4, level: 7 } });
    expect(problemText(gap[0]!)).toBe('At $.scale[5].level: Levels are consecutive whole numbers, lowest first: expected 5 after 4, found 7.');
    // Level 5 gone from the scale: its descriptors are off the scale now.
    const shorter = problemsOf(changed((m) => m.scale.pop()));
    expect(shorter.map((p) => p.path)).toContain('$.domains[0].elements[0].questions[0].levels["5"]');
  });

  it('rejects JSON that is not an object at all', () => {
    expect(problemsOf(null)[0]!.path).toBe('$');
    expect(problemsOf([1, 2])[0]!.path).toBe('$');
  });
});

describe('formatPath', () => {
  it('writes JSON paths', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['domains', 0, 'id'])).toBe('$.domains[0].id');
    expect(formatPath(['levels', '3'])).toBe('$.levels["3"]');
  });
});

describe('the optional fields of the second edition: per-question mapsTo, prefills, carriesFrom', () => {
  const firstQuestion = (m: any) => m.domains[0].elements[0].questions[0];

  it('accepts a model without them (backward compatible) and with them where they resolve', () => {
    expect(parseModel(smallModel()).ok).toBe(true);
    const model = changed((m) => {
      firstQuestion(m).mapsTo = { edm: ['monitor'] };
      firstQuestion(m).carriesFrom = ['strategy.old-question'];
      m.prefillsModel = { id: 'full', version: '2.0.0' };
      firstQuestion(m).prefills = ['full.some-question'];
    });
    const checked = parseModel(model);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it("refuses a question's mapsTo to a framework or value the model does not have", () => {
    const problems = problemsOf(changed((m) => (firstQuestion(m).mapsTo = { edm: ['direct'], cobit: ['apo14'] })));
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.domains[0].elements[0].questions[0].mapsTo.cobit',
      '$.domains[0].elements[0].questions[0].mapsTo.edm[0]',
    ]);
  });

  it('refuses prefills without a prefillsModel, and an id named twice', () => {
    const problems = problemsOf(changed((m) => (firstQuestion(m).prefills = ['a.b', 'a.b'])));
    expect(problems.map((p) => p.path)).toEqual(['$.domains[0].elements[0].questions[0].prefills', '$.domains[0].elements[0].questions[0].prefills[1]']);
  });

  it('refuses carriesFrom naming a question this version still has: its answer carries by id', () => {
    const problems = problemsOf(changed((m) => (firstQuestion(m).carriesFrom = [m.domains[0].elements[0].questions[0].id])));
    expect(problems).toEqual([expect.objectContaining({ path: '$.domains[0].elements[0].questions[0].carriesFrom[0]' })]);
  });
});

describe('checkPrefills', () => {
  const full = () => {
    const checked = parseModel(changed((m) => ((m.id = 'full'), (m.version = '2.0.0'))));
    if (!checked.ok) throw new Error('fixture');
    return checked.model;
  };
  it('names each pre-filled id the full model does not have, and nothing when the models are not the pair named', () => {
    const fullModel = full();
    const known = fullModel.domains[0]!.elements[0]!.questions[0]!.id;
    const short = parseModel(
      changed((m) => {
        m.id = 'short';
        m.prefillsModel = { id: 'full', version: '2.0.0' };
        m.domains[0].elements[0].questions[0].prefills = [known, 'no.such-question'];
      }),
    );
    if (!short.ok) throw new Error('fixture');
    expect(checkPrefills(short.model, fullModel)).toEqual([
      { code: 'model.unknown-prefill', path: '$.domains[0].elements[0].questions[0].prefills[1]', params: { id: 'no.such-question', model: 'full', version: '2.0.0' } },
    ]);
    expect(checkPrefills(short.model, { ...fullModel, version: '3.0.0' })).toEqual([]);
  });

  it('passes for the shipped quick check against the shipped full model', () => {
    const read = (file: string) => {
      const checked = parseModel(JSON.parse(readFileSync(file, 'utf8')));
      if (!checked.ok) throw new Error(file);
      return checked.model;
    };
    const quick = read('assessments/ict-governance-quick.json');
    const fullModel = read('assessments/ict-governance.json');
    expect(quick.prefillsModel).toEqual({ id: fullModel.id, version: fullModel.version });
    expect(checkPrefills(quick, fullModel)).toEqual([]);
  });
});

describe('the forms the schemas ask for', () => {
  it('are named, so that a page can say what was expected in its reader’s language', () => {
    const problems = problemsOf(
      changed((m) => {
        m.id = 'Not An Id';
        m.version = 'v1';
        m.defaultLanguage = 'English';
      }),
    );
    const formats = Object.fromEntries(problems.map((p) => [p.path, p.params?.format]));
    expect(formats).toMatchObject({ '$.id': 'id', '$.version': 'semver', '$.defaultLanguage': 'language' });
  });
});
