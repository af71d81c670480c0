import { Navigate } from 'react-router-dom';
import { isAdministrator, isAnalyst, isUnitManager, mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { AnalystHomePage } from './AnalystHomePage';

/** Each role starts where its work is. */
export function HomePage() {
  const me = useMe();
  if (mayWorkWithPersons(me)) return <Navigate to="/persons" replace />;
  if (isUnitManager(me)) return <Navigate to="/log-review" replace />;
  if (isAdministrator(me)) return <Navigate to="/admin/staff" replace />;
  if (isAnalyst(me)) return <AnalystHomePage />;
  return <Navigate to="/account" replace />;
}
