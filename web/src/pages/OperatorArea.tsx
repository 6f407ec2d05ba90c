import { Link, NavLink } from 'react-router-dom';
import { Loading } from '../components/Form';
import { RouteOutlet } from '../components/RouteOutlet';
import { t } from '../i18n';
import { useSession } from '../session';

/** The operators' section: its own navigation; everyone else is told plainly that it is not for them. */
export function OperatorArea() {
  const { session } = useSession();
  if (!session) return <Loading />;
  if (!session.user?.isOperator)
    return (
      <div role="alert" className="alert">
        <strong>{t('operator.noAccess')}</strong>
        {!session.authenticated && (
          <p>
            <Link to="/login">{t('app.signIn')}</Link>
          </p>
        )}
      </div>
    );
  return (
    <>
      <nav aria-label={t('operator.nav')} className="subnav">
        <NavLink to="/operator" end>
          {t('operator.nav.queue')}
        </NavLink>
        <NavLink to="/operator/outbox">{t('operator.nav.outbox')}</NavLink>
      </nav>
      <RouteOutlet />
    </>
  );
}
