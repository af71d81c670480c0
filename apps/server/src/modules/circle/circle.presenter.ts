import type { ChildrenQuestion, CircleMember } from '@vardflata/contracts';
import type { Selectable } from 'kysely';
import type { CircleSupportTable } from '../../db/schema.ts';
import type { ChildrenQuestionRow, CircleMemberRow } from './repositories/circle.repository.ts';

export function toMember(
  row: CircleMemberRow,
  supports: Selectable<CircleSupportTable>[],
  today: string,
): CircleMember {
  const mine = supports.filter((s) => s.member_id === row.id);
  return {
    id: row.id,
    personId: row.person_id,
    kind: row.kind,
    name: row.name,
    relation: row.relation,
    birthYear: row.birth_year,
    age: row.birth_year === null ? null : Number(today.slice(0, 4)) - row.birth_year,
    contact: row.contact,
    note: row.note,
    organisationName: row.organisation_name,
    unitName: row.unit_name,
    supports: mine.map((s) => ({
      id: s.id,
      kind: s.kind,
      givenOn: s.given_on,
      givenBy: s.given_by,
      description: s.description,
    })),
    withoutSupport: row.kind === 'child' && mine.length === 0,
  };
}

export function toChildrenQuestion(row: ChildrenQuestionRow): ChildrenQuestion {
  return {
    id: row.id,
    answer: row.answer,
    context: row.context,
    recordId: row.record_id,
    askedOn: row.asked_on,
    unitName: row.unit_name,
  };
}
