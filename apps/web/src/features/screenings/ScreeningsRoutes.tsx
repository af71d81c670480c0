import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import { CARE_ROLES } from '../../lib/roles';
import { NotFoundPage } from '../shell/NotFoundPage';
import { RequireRole } from '../shell/RequireRole';
import './screenings.css';
import { AsiFormPage } from './AsiFormPage';
import { CriteriaFormPage } from './CriteriaFormPage';
import { DrugTestFormPage } from './DrugTestFormPage';
import { LifestyleFormPage } from './LifestyleFormPage';
import { ScreeningFormPage } from './ScreeningFormPage';
import { ScreeningHistoryPage } from './ScreeningHistoryPage';
import { ViolenceFormPage } from './ViolenceFormPage';

/** Recording is for care roles; the history is for every role that may read the person. */
const write = (page: ReactNode) => <RequireRole roles={CARE_ROLES}>{page}</RequireRole>;

/**
 * Screening and assessment (F4), under /persons/:personId/screenings. App.tsx mounts this
 * for the roles that may read persons.
 */
export function ScreeningsRoutes() {
  return (
    <Routes>
      <Route index element={<ScreeningHistoryPage />} />
      <Route path="audit" element={write(<ScreeningFormPage instrument="AUDIT" />)} />
      <Route path="dudit" element={write(<ScreeningFormPage instrument="DUDIT" />)} />
      <Route path="asi" element={write(<AsiFormPage />)} />
      <Route path="criteria" element={write(<CriteriaFormPage />)} />
      <Route path="drug-test" element={write(<DrugTestFormPage />)} />
      <Route path="violence" element={write(<ViolenceFormPage />)} />
      <Route path="lifestyle" element={write(<LifestyleFormPage />)} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
