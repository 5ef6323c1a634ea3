import { useRef } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { highestLevel, lowestLevel, scaleLevels, type Element, type LocalText, type MaturityModel, type Question } from '../../model/schema.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { modelText, questionCount } from '../model-text.ts';
import { findModel } from '../models.ts';
import { useFocusOnNavigation } from '../navigation.ts';
import './style.css';

/** The model browser: a whole model to read (and print) before anyone answers it. */
export function ModelPage({ id, version }: { id: string; version: string }) {
  const [loaded] = useLoaded(() => findModel(id, version), [id, version]);
  const model = loaded.state === 'ready' ? loaded.value : undefined;
  usePageTitle(model ? modelText(model)(model.title) : t('modelPage.title'));
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!model) {
    return (
      <>
        <h1>{t('modelPage.notFound.title')}</h1>
        <p>{t('modelPage.notFound', { id, version })}</p>
      </>
    );
  }
  return <ModelDocument model={model} />;
}

function ModelDocument({ model }: { model: MaturityModel }) {
  const text = modelText(model);
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnNavigation(heading, `model-${model.id}-${model.version}`);
  const elements = model.domains.reduce((n, d) => n + d.elements.length, 0);
  const sources = new Map(model.sources.map((s) => [s.id, s]));
  const frameworkValue = (frameworkId: string, valueId: string) => {
    const framework = model.frameworks.find((f) => f.id === frameworkId);
    const value = framework?.values.find((v) => v.id === valueId);
    return framework && value ? `${text(framework.title)}: ${text(value.title)}` : `${frameworkId}: ${valueId}`;
  };

  return (
    <article class="model-document">
      <h1 tabIndex={-1} ref={heading}>
        {text(model.title)}
      </h1>
      <p class="meta">
        {t('model.version', { version: model.version })} ·{' '}
        {t('model.size', { domains: model.domains.length, elements, questions: questionCount(model) })}
      </p>
      <p>{text(model.description)}</p>
      <dl class="model-facts">
        <dt>{t('modelPage.authors')}</dt>
        <dd>{model.authors.join('; ')}</dd>
        {model.license && (
          <>
            <dt>{t('modelPage.license')}</dt>
            <dd>{model.license}</dd>
          </>
        )}
        <dt>{t('modelPage.id')}</dt>
        <dd>
          <code>{model.id}</code>
        </dd>
      </dl>
      <p class="no-print">
        <button type="button" onClick={() => print()}>
          {t('modelPage.print')}
        </button>
      </p>

      <nav aria-labelledby="model-contents" class="model-contents">
        <h2 id="model-contents">{t('modelPage.contents')}</h2>
        <ol>
          {model.domains.map((domain) => (
            <li key={domain.id}>
              <a href={`#domain-${domain.id}`}>{text(domain.title)}</a>
            </li>
          ))}
        </ol>
      </nav>

      <section aria-labelledby="model-scale">
        <h2 id="model-scale">{t('modelPage.scale')}</h2>
        <p>{t('model.rating.scale', { lowest: lowestLevel(model), highest: highestLevel(model) })}</p>
        <dl class="scale">
          {model.scale.map((level) => (
            <div key={level.level}>
              <dt>{t('results.levelName', { level: level.level, name: text(level.name) })}</dt>
              <dd>{text(level.meaning)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <RatingRules rating={model.rating} />

      {model.domains.map((domain) => (
        <section key={domain.id} id={`domain-${domain.id}`} aria-labelledby={`domain-${domain.id}-title`} class="model-domain">
          <h2 id={`domain-${domain.id}-title`}>{text(domain.title)}</h2>
          <p>{text(domain.description)}</p>
          {domain.elements.map((element) => (
            <ElementDocument key={element.id} model={model} element={element} sources={sources} frameworkValue={frameworkValue} />
          ))}
        </section>
      ))}

      <section aria-labelledby="model-sources">
        <h2 id="model-sources">{t('modelPage.sources')}</h2>
        <ul>
          {model.sources.map((source) => (
            <li key={source.id} id={`source-${source.id}`}>
              {source.citation}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

interface ElementProps {
  model: MaturityModel;
  element: Element;
  sources: Map<string, MaturityModel['sources'][number]>;
  frameworkValue: (frameworkId: string, valueId: string) => string;
}

function ElementDocument({ model, element, sources, frameworkValue }: ElementProps) {
  const text = modelText(model);
  const mapped = Object.entries(element.mapsTo).flatMap(([framework, values]) => values.map((value) => frameworkValue(framework, value)));
  return (
    <section class="model-element card" aria-labelledby={`element-${element.id}-title`}>
      <h3 id={`element-${element.id}-title`}>{text(element.title)}</h3>
      <p>{text(element.description)}</p>
      <p class="meta">
        {t('modelPage.weight', { weight: element.weight })} · {t('modelPage.defaultTarget', { level: element.defaultTarget })}
      </p>
      {mapped.length > 0 && (
        <p>
          <span class="label">{t('modelPage.mapsTo')}</span> {mapped.join(' · ')}
        </p>
      )}
      <p>
        <span class="label">{t('modelPage.sources')}</span>{' '}
        {element.sources.map((ref) => [sources.get(ref.source)?.citation ?? ref.source, ref.detail].filter(Boolean).join(', ')).join(' · ')}
      </p>
      {element.questions.map((question, i) => (
        <QuestionDocument key={question.id} model={model} question={question} number={i + 1} />
      ))}
      <h4>{t('modelPage.recommendations')}</h4>
      <Recommendations model={model} byLevel={element.recommendations} />
    </section>
  );
}

/** Recommendations by current level, in the order of the model's scale. */
function Recommendations({ model, byLevel }: { model: MaturityModel; byLevel: Partial<Record<string, LocalText>> }) {
  const text = modelText(model);
  return (
    <dl class="recommendations">
      {scaleLevels(model)
        .filter((level) => byLevel[`${level}`])
        .map((level) => (
          <div key={level}>
            <dt>{t('modelPage.fromLevel', { level, next: level + 1 })}</dt>
            <dd>{text(byLevel[`${level}`]!)}</dd>
          </div>
        ))}
    </dl>
  );
}

/** How the model rates: the rule at each level of aggregation, then what each rule it uses means, with its bands. */
function RatingRules({ rating }: { rating: MaturityModel['rating'] }) {
  const rule = (name: 'nplf' | 'all') => t(name === 'nplf' ? 'model.rating.rule.nplf' : 'model.rating.rule.all');
  const used = new Set([rating.element, rating.domain, rating.organization]);
  return (
    <section aria-labelledby="model-rating" class="model-rating">
      <h2 id="model-rating">{t('model.rating.title')}</h2>
      <ul>
        <li>{t('model.rating.element', { rule: rule(rating.element) })}</li>
        <li>{t('model.rating.domain', { rule: rule(rating.domain) })}</li>
        <li>{t('model.rating.organization', { rule: rule(rating.organization) })}</li>
      </ul>
      {used.has('nplf') && <p>{t('model.rating.nplf', { ...rating.bands })}</p>}
      {used.has('all') && <p>{t('model.rating.all')}</p>}
    </section>
  );
}

function QuestionDocument({ model, question, number }: { model: MaturityModel; question: Question; number: number }) {
  const text = modelText(model);
  return (
    <div class="model-question" id={`question-${question.id}`}>
      <h4>
        {t('question.number', { number })} {text(question.text)}
      </h4>
      <p class="guidance">
        <span class="label">{t('question.guidance')}</span> {text(question.guidance)}
      </p>
      <table class="levels-table">
        <caption class="visually-hidden">{t('modelPage.levelsOf', { question: text(question.text) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('modelPage.level')}</th>
            <th scope="col">{t('modelPage.descriptor')}</th>
          </tr>
        </thead>
        <tbody>
          {scaleLevels(model).map((level) => (
            <tr key={level}>
              <th scope="row">{t('results.levelName', { level, name: text(model.scale.find((s) => s.level === level)!.name) })}</th>
              <td>{text(question.levels[`${level}`]!)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="meta">
        {question.allowNotApplicable ? t('modelPage.naAllowed') : t('modelPage.naNotAllowed')}
        {question.weight !== 1 && ` · ${t('modelPage.weight', { weight: question.weight })}`}
      </p>
      {question.recommendations && Object.keys(question.recommendations).length > 0 && (
        <div class="question-recommendations">
          <h5>{t('model.rating.questionRecommendations')}</h5>
          <Recommendations model={model} byLevel={question.recommendations} />
        </div>
      )}
    </div>
  );
}
