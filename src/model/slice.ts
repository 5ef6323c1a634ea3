/**
 * A shipped model's language slice: the model as the build validated it
 * (its checked copy, see ./checked-copy.ts), every localisable text cut down
 * to the one a reader of `language` is shown (the text in that language, or
 * the fallback `showText` picks, with the language it is in). Same ids,
 * levels, weights and rules as the whole model, so everything scored or
 * stored from it is the same; about a sixth of the bytes to fetch and parse
 * for a page shown in one language. Made at build time only
 * (scripts/lib/models-index.ts): a page never slices, it reads the slice the
 * build wrote when its bytes hash to the build's SHA-256. Where several
 * languages are needed (a move between versions, the model's own page, the
 * files that embed a model) the whole model is read.
 */
import type { LocalText } from './schema.ts';
import { showText } from './text.ts';
import { mapTexts } from './validate.ts';

/** `node` (a model, or a profile of it) with each text as shown in `language`, falling back as `showText` does. */
export function sliceTexts<T>(node: T, language: string, defaultLanguage: string): T {
  return mapTexts(node, (text: LocalText): LocalText => {
    if (typeof text === 'string') return text;
    const shown = showText(text, language, defaultLanguage);
    return { [shown.language]: shown.text };
  });
}

/** The model's language slice for `language` (see above). */
export function sliceModel<M extends { defaultLanguage: string }>(model: M, language: string): M {
  return sliceTexts(model, language, model.defaultLanguage);
}
