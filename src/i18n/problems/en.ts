/**
 * The problems the domain and storage return as codes (`{ code, path,
 * params }`), in English: `problem.<code>`. Part of the network's messages
 * (./network/), so loaded with the pages that show them; the CLI and the
 * scripts word problems from here too (`problemText`). A message never
 * names the path: whoever shows it puts the path before it. Every other
 * language has exactly these keys, with the same placeholders.
 */
import type { Message } from '../en.ts';

export const problemsEn = {
  'problem.at': 'At {path}: {problem}',

  'problem.json.too-large': 'The file is {kilobytes} KB; at most {megabytes} MB is accepted.',
  'problem.json.not-utf8': 'The file is not UTF-8 text.',
  'problem.json.syntax': 'The file is not valid JSON: it goes wrong at line {line}, column {column}.',
  'problem.json.truncated': 'The file is not valid JSON: it ends too early, as if it had been cut short.',
  'problem.json.not-json': 'The file is not JSON.',
  'problem.json.too-deep': 'The JSON is nested more than {maxDepth} levels deep.',
  'problem.json.forbidden-key': 'A key named “{key}” is not allowed.',
  'problem.json.duplicate-key': 'The key “{key}” appears twice in one object.',
  'problem.json.lone-surrogate': 'The text holds half of a character (a lone surrogate), which an exchanged JSON file must not.',
  'problem.json.not-finite': 'The number is too large to be read as a number.',

  'problem.schema.invalid_type': 'Expected {expected}.',
  'problem.schema.invalid_value': 'Expected one of {values}.',
  'problem.schema.too_big': 'Too large or too long: the limit is {limit}.',
  'problem.schema.too_small': 'Too small, too short or empty: the minimum is {limit}.',
  'problem.schema.invalid_format': 'Not in the expected format ({format}).',
  'problem.schema.not_multiple_of': 'Expected a multiple of {divisor}.',
  'problem.schema.unrecognized_keys': { one: 'A field this format does not have: {keys}.', other: 'Fields this format does not have: {keys}.' },
  'problem.schema.invalid_key': 'An invalid key.',
  'problem.schema.invalid_element': 'An invalid element.',
  'problem.schema.invalid_union': 'Matches none of the allowed shapes.',
  'problem.schema.custom': 'An invalid value.',
  'problem.type.string': 'text',
  'problem.type.number': 'a number',
  'problem.type.boolean': 'true or false',
  'problem.type.object': 'an object',
  'problem.type.array': 'a list',
  'problem.type.null': 'null',
  'problem.type.undefined': 'nothing',

  'problem.model.level-twice': 'Level {level} appears twice.',
  'problem.model.level-order': 'Levels are consecutive whole numbers, lowest first: expected {expected} after {after}, found {level}.',
  'problem.model.bands-order': 'The bands must rise: partially ({partially}) < largely ({largely}) < fully ({fully}).',
  'problem.model.off-scale-recommendation': 'A recommendation for level {level}, which is not on the model’s scale ({lowest} to {highest}).',
  'problem.model.off-scale-descriptor': 'A descriptor for level {level}, which is not on the model’s scale ({lowest} to {highest}).',
  'problem.model.off-scale-evidence': 'Expected evidence for level {level}, which is not on the model’s scale ({lowest} to {highest}).',
  'problem.model.duplicate-source': 'The source id “{id}” is used twice.',
  'problem.model.duplicate-framework': 'The framework id “{id}” is used twice.',
  'problem.model.duplicate-framework-value': 'The value id “{id}” is used twice.',
  'problem.model.unknown-framework': '“{framework}” is not one of the model’s frameworks.',
  'problem.model.unknown-framework-value': '“{value}” is not a value of the framework “{framework}” ({values}).',
  'problem.model.unknown-source': '“{source}” is not one of the model’s sources ({sources}).',
  'problem.model.duplicate-id': 'The id “{id}” is used twice (first at {first}).',
  'problem.model.recommendation-missing': 'No recommendation for level {level} (what to do to reach level {next}).',
  'problem.model.target-off-scale': 'The target {level} is not on the model’s scale ({lowest} to {highest}).',
  'problem.model.prefills-without-model': 'A question prefills another model’s questions only when the model names that model in “prefillsModel”.',
  'problem.model.named-twice': '“{id}” is named twice.',
  'problem.model.descriptor-missing': 'No descriptor for level {level}.',
  'problem.model.recommendation-at-top': 'No recommendation at the top level {level}: there is no next level to reach.',
  'problem.model.carries-from-current': '“{id}” is an id of this version: its answer carries over by id, not by “carriesFrom”.',
  'problem.model.default-language-missing': 'No text in the model’s default language “{language}”.',
  'problem.model.different': 'A different model under the same name: “{id}” version {version} is known here with other content (another SHA-256), and a version is never two things.',
  'problem.model.shipped': 'Version {version} of “{id}” ships with the app: give your model another id, or a new version.',
  'problem.model.http': 'The file could not be fetched (HTTP {status}).',
  'problem.model.unknown-prefill': '“{id}” is not a question of “{model}” {version}.',

  'problem.profile.duplicate-id': 'The id “{id}” is used twice (first at {first}).',
  'problem.profile.duplicate-option': 'The option id “{id}” of “{item}” is used twice.',
  'problem.profile.options-required': 'The item “{id}” ({type}) must list its options.',
  'problem.profile.options-unused': 'The item “{id}” ({type}) takes no options.',
  'problem.profile.min-above-max': 'The minimum ({min}) is above the maximum ({max}).',
  'problem.profile.default-language-missing': 'No text in the model’s default language “{language}”.',

  'problem.result.hash-mismatch': 'The content does not match its integrity hash: the file was damaged or edited after export.',
  'problem.result.model-hash': 'The embedded model does not match the SHA-256 the file names for it.',
  'problem.result.model-mismatch': 'The file names the model “{id}” {version} but embeds “{embeddedId}” {embeddedVersion}.',

  'problem.seal.not-envelope': 'A sealed file, but not a complete one: it may have been cut short.',
  'problem.seal.no-key': 'A sealed file: only the coordinator’s sealing key opens it, and none is at hand.',
  'problem.seal.wrong-key': 'A sealed file for another key (fingerprint {recipient}…): this key cannot open it.',
  'problem.seal.damaged': 'A sealed file that was changed or damaged after it was sealed: it cannot be opened.',

  'problem.import.failed': 'The file could not be imported ({detail}).',
  'problem.import.unreadable': 'The file could not be read ({detail}).',
  'problem.import.lost': 'The outcome of this file could not be passed to the page.',
  'problem.import.figures': 'Scoring its answers gave no number here; the file is refused.',
  'problem.import.signature-mismatch': 'The signature does not match: the file was changed after it was signed, or the signature is not of this file.',
  'problem.import.model-different': 'A different model under the same name: “{id}” version {version} is known here with other content (another SHA-256).',
  'problem.import.model-unknown': 'The file uses the model “{id}” version {version} (SHA-256 {sha256}…) without embedding it, and this device does not have it: load that model file first.',
  'problem.import.unknown-questions': {
    one: 'It answers a question the model “{model}” {version} does not have: {questions}.',
    other: 'It answers {count} questions the model “{model}” {version} does not have: {questions}.',
  },
  'problem.import.answer-off-scale': 'Level {level} is not on the scale of “{model}” ({lowest} to {highest}).',
  'problem.import.target-off-scale': 'The target level {level} is not on the scale of “{model}” ({lowest} to {highest}).',
  'problem.import.answer-twice': 'A second answer to the question “{question}”.',
  'problem.import.older': 'A newer version of this assessment (changed {updatedAt}) is already imported.',

  'problem.backup.not-json': 'The file is not JSON.',
  'problem.backup.too-large': 'The file is too large to be a backup of this app.',
  'problem.backup.no-assessment': 'No assessment “{id}” in this backup.',
  'problem.backup.model-mismatch': 'The model inside is “{id}” {version}, not “{storedId}” {storedVersion}.',

  'problem.migration.other-model': '“{to}” is a different model from “{from}”: an assessment can only move to another version of the model it was made with.',
  'problem.migration.not-a-version': '“{version}” is not a version number such as 1.2.0, so the two versions cannot be ordered.',
  'problem.migration.same-version': 'The assessment already uses version {version} of “{id}”.',
  'problem.migration.older': 'Version {version} of “{id}” is older than {current}, the version the assessment uses: choose a newer version.',
  'problem.migration.not-from': 'The assessment uses “{id}” {version}, not “{fromId}” {fromVersion}: start from the version it uses.',
  'problem.migration.foreign-answers': {
    one: '{count} of the answers belongs to another assessment than “{id}”.',
    other: '{count} of the answers belong to another assessment than “{id}”.',
  },

  'problem.statistics.network.no-results': 'The network has no results.',
  'problem.statistics.network.too-few': 'The network has fewer than {minimum} organizations: shared statistics cover at least {minimum}, so that no organization’s scores can be worked out from them.',
  'problem.statistics.period.no-results': 'The network has no results in {period}.',
  'problem.statistics.period.too-few': 'The network in {period} has fewer than {minimum} organizations: shared statistics cover at least {minimum}, so that no organization’s scores can be worked out from them.',
  'problem.statistics.group.no-results': 'The group “{group}” has no results.',
  'problem.statistics.group.too-few': 'The group “{group}” has fewer than {minimum} organizations: shared statistics cover at least {minimum}, so that no organization’s scores can be worked out from them.',
  'problem.statistics.group.withheld': 'The group “{group}” is withheld beside a smaller group: the network’s figures less those shown would otherwise give that group’s away.',
  'problem.statistics.unstated.too-few': 'The organizations that do not say theirs are fewer than {minimum}: shared statistics cover at least {minimum}.',
  'problem.statistics.unstated.hidden': 'The organizations that do not say theirs are not shown when anonymised: they are the rest of the network, not a group.',
  'problem.statistics.cross': 'Two filters at once are not summarised when anonymised: that is a cross of two groups. Choose one filter.',
  'problem.statistics.no-group': 'No organization of “{group}” is among these results.',

  'problem.matrix.versions-together': 'Versions {versions} of “{model}” are compared together: they ask the same questions in the same key elements, though wording, level descriptors or weights may differ.',
  'problem.matrix.kept-apart.different': 'Results of “{model}” are compared in {sets} separate sets, because versions that ask different questions are never mixed ({groups}).',
  'problem.matrix.kept-apart.unknown': 'Results of “{model}” are compared in {sets} separate sets, because the model of version {versions} is not on this device, so its questions cannot be checked against the others.',
  'problem.matrix.kept-apart.both': 'Results of “{model}” are compared in {sets} separate sets, because versions that ask different questions are never mixed ({groups}), and the model of version {versions} is not on this device.',
} satisfies Record<string, Message>;

export type ProblemMessageKey = keyof typeof problemsEn;
export type ProblemCatalog = Readonly<Record<ProblemMessageKey, Message>>;
