import { Route, Routes } from 'react-router-dom';
import { NotFoundPage } from '../shell/NotFoundPage';
import { OwnViewPage } from './OwnViewPage';
import { SipPage } from './SipPage';

/** SIP (F3) under /sips: App.tsx mounts this for the roles that may read SIPs. */
export function SipRoutes() {
  return (
    <Routes>
      <Route path=":sipId/own-view" element={<OwnViewPage />} />
      <Route path=":sipId/*" element={<SipPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
