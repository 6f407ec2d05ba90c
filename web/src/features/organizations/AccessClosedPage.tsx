import { Link } from 'react-router-dom';
import { t } from '../../i18n';

/** ID-8: a member whose access an administrator closed is told so, and where their data is — not «Организация не найдена». */
export function AccessClosedPage() {
  return (
    <section className="empty-state" aria-labelledby="closed-heading">
      <h1 id="closed-heading">{t('access.closed.title')}</h1>
      <p>{t('access.closed.text')}</p>
      <p>
        <Link to="/account">{t('access.closed.account')}</Link>
      </p>
    </section>
  );
}
