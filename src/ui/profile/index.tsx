import { useEffect } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import { getAssessment, onChangeElsewhere, saveProfileValue, saveProfileValuesBeforeUnload } from '../../storage/index.ts';
import { errorMessage, useLoaded, usePageTitle } from '../hooks.ts';
import { findModel } from '../models.ts';
import { profileForModel } from '../profiles.ts';
import { AssessmentNotFound } from '../components/AssessmentNotFound.tsx';
import { ProfileForm } from './ProfileForm.tsx';
import './style.css';

async function load(id: string) {
  const assessment = await getAssessment(id);
  if (!assessment) return null;
  const [model] = await Promise.all([findModel(assessment.model.id, assessment.model.version), loadMessagePart('profile')]);
  const profile = model && (await profileForModel(model));
  return { assessment, model, profile };
}

/** The governance profile of one assessment: facts about how the organization governs ICT, each saved as it is given. */
export function ProfilePage({ id }: { id: string }) {
  const [loaded, reload] = useLoaded(() => load(id), [id]);
  // Another tab finalising or reopening the assessment changes whether the profile can be changed.
  useEffect(() => onChangeElsewhere((change) => change.type === 'assessments' && reload()), [id]);
  usePageTitle(loaded.state === 'ready' ? t('profile.title') : undefined);
  if (loaded.state === 'loading') return <p>{t('common.loading')}</p>;
  if (loaded.state === 'failed') return <p role="alert">{errorMessage(loaded.error)}</p>;
  if (!loaded.value) return <AssessmentNotFound />;
  const { assessment, model, profile } = loaded.value;
  if (!model) {
    return <p role="alert">{t('questionnaire.modelMissing', { id: assessment.model.id, version: assessment.model.version })}</p>;
  }
  return (
    <ProfileForm
      key={assessment.id}
      assessment={assessment}
      model={model}
      profile={profile}
      save={async (itemId, value) => (await saveProfileValue(id, itemId, value)).profile ?? {}}
      saveBeforeUnload={(values) => saveProfileValuesBeforeUnload(id, values)}
      describeError={errorMessage}
    />
  );
}
