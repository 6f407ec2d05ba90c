import { Link } from 'react-router-dom';
import { useTitle } from '../components/hooks';
import { t } from '../i18n';

export function NotFoundPage() {
  useTitle(t('notFound.title'));
  return (
    <article>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link to="/">{t('notFound.home')}</Link>
      </p>
    </article>
  );
}
