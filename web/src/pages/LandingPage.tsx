import { Link } from 'react-router-dom';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';

export function LandingPage() {
  useTitle(t('landing.title'));
  return (
    <article className="landing">
      <h1>{t('landing.title')}</h1>
      <p className="lead">{t('landing.lead')}</p>
      <p className="actions">
        <Link className="button" to="/apply">
          {t('landing.apply')}
        </Link>
        <Link className="button button-secondary" to="/login">
          {t('landing.signIn')}
        </Link>
      </p>
      <h2>{t('landing.steps.title')}</h2>
      <ol className="steps">
        <li>{t('landing.steps.1')}</li>
        <li>{t('landing.steps.2')}</li>
        <li>{t('landing.steps.3')}</li>
      </ol>
    </article>
  );
}
