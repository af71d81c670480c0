import { Navigate } from 'react-router-dom';
import { isAdministrator, isAnalyst, mayReadPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { StartPage } from '../start/StartPage';
import { AnalystHomePage } from './AnalystHomePage';

/** Each role starts where its work is: staff who work with persons on the start page. */
export function HomePage() {
  const me = useMe();
  if (mayReadPersons(me)) return <StartPage />;
  if (isAdministrator(me)) return <Navigate to="/admin/staff" replace />;
  if (isAnalyst(me)) return <AnalystHomePage />;
  return <Navigate to="/account" replace />;
}
