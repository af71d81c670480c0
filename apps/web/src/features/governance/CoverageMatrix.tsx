import type { Coverage } from '@vardflata/contracts';
import { useGovernanceT } from './i18n';

type Row = Coverage['items'][number];

/** The share of a unit's staff, in whole per cent (the server leaves out units without staff,
 * so there is always a denominator). */
export const share = (r: Row) => Math.round((100 * r.trained) / r.staff);

/** Every unit × training: trained of staff, with the share (also under Kvalitet in the annual
 * follow-up). */
export function CoverageMatrix({ rows, trainings }: { rows: Row[]; trainings?: string[] }) {
  const { t } = useGovernanceT();
  const columns = trainings ?? [...new Set(rows.map((r) => r.training))];
  const units = [...new Map(rows.map((r) => [r.unitId, r.unitName])).entries()];
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('competence.unit')}</th>
          {columns.map((n) => (
            <th key={n} scope="col">
              {n}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {units.map(([unitId, unitName]) => (
          <tr key={unitId}>
            <th scope="row">{unitName}</th>
            {columns.map((n) => {
              const r = rows.find((x) => x.unitId === unitId && x.training === n);
              return (
                <td key={n} className="coverage-share">
                  {r &&
                    t('competence.ofStaff', {
                      trained: r.trained,
                      staff: r.staff,
                      share: share(r),
                    })}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
