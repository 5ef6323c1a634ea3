/**
 * The glossary of the default models: for each key term, the accepted
 * rendering in each language and the variants to avoid. A check over a
 * model's texts names each text that uses a variant to avoid, so that a
 * translation stays on the terms a reviewer signed. Pure: the glossary and
 * the model are plain data; findings are codes, worded by whoever shows them.
 */
import * as z from 'zod/mini';
import { IdSchema, LanguageTagSchema, type MaturityModel } from './schema.ts';
import { forEachText, formatPath } from './validate.ts';

export const GLOSSARY_FORMAT = 'ict-governance-glossary';

const TermText = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

/** A regular expression's source, checked to compile (flags "iu"). */
const PatternSchema = TermText.check(
  z.refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression'),
);

export const GlossaryEntrySchema = z.strictObject({
  /** The accepted term in this language. */
  term: TermText,
  /** Variants to avoid, matched as written (case-insensitive; as whole words outside Chinese, Japanese and Arabic). */
  avoid: z.optional(z.array(TermText)),
  /** Variants to avoid that a plain string cannot say (a word only in some company), as regular expressions (flags "iu"). */
  avoidPatterns: z.optional(z.array(PatternSchema)),
  note: z.optional(TermText),
});

export const GlossarySchema = z.strictObject({
  $comment: z.optional(z.string()),
  format: z.literal(GLOSSARY_FORMAT),
  formatVersion: z.literal(1),
  version: TermText,
  languages: z.array(LanguageTagSchema).check(z.minLength(1)),
  terms: z.array(
    z.strictObject({
      id: IdSchema,
      /** What the term means, in English. */
      concept: TermText,
      source: z.optional(TermText),
      note: z.optional(TermText),
      entries: z.record(LanguageTagSchema, GlossaryEntrySchema),
    }),
  ),
});
export type Glossary = z.infer<typeof GlossarySchema>;

/** A text of a model that uses a variant the glossary says to avoid. */
export interface GlossaryFinding {
  code: 'glossary-variant';
  /** The JSON path of the text in the model, e.g. `$.domains[0].title`. */
  path: string;
  params: { language: string; term: string; accepted: string; variant: string };
}

/** Scripts written without spaces between words, or whose words take attached prefixes: a variant is matched anywhere. */
const NO_WORD_BOUNDARIES = /^(zh|ja|ar)(-|$)/;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface Matcher {
  language: string;
  term: string;
  accepted: string;
  pattern: RegExp;
}

function matchers(glossary: Glossary): Matcher[] {
  return glossary.terms.flatMap((term) =>
    Object.entries(term.entries).flatMap(([language, entry]) => {
      const whole = !NO_WORD_BOUNDARIES.test(language);
      return [
        ...(entry.avoid ?? []).map((variant) => (whole ? `(?<!\\p{L})${escape(variant)}(?!\\p{L})` : escape(variant))),
        ...(entry.avoidPatterns ?? []),
      ].map((source) => ({ language, term: term.id, accepted: entry.term, pattern: new RegExp(source, 'iu') }));
    }),
  );
}

/**
 * Every text of `model`, in every language, that uses a variant to avoid:
 * one finding per text, language and term (the first variant found), in
 * the model's order. A plain string
 * text is read as the model's default language.
 */
export function glossaryFindings(glossary: Glossary, model: MaturityModel): GlossaryFinding[] {
  const all = matchers(glossary);
  const findings: GlossaryFinding[] = [];
  forEachText(model, [], (text, path) => {
    const byLanguage = typeof text === 'string' ? { [model.defaultLanguage]: text } : text;
    for (const [language, value] of Object.entries(byLanguage)) {
      const named = new Set<string>();
      for (const matcher of all) {
        if (matcher.language !== language || named.has(matcher.term)) continue;
        const found = matcher.pattern.exec(value);
        if (found) {
          named.add(matcher.term);
          findings.push({
            code: 'glossary-variant',
            path: formatPath(path),
            params: { language, term: matcher.term, accepted: matcher.accepted, variant: found[0] },
          });
        }
      }
    }
  });
  return findings;
}
