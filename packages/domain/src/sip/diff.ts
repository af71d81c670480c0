import type { Goal, Intervention, MeasureByOthers, SipPlan } from './types.ts';

/**
 * Differences between plan versions and a three-way merge, so two people who edited the same
 * version lose nothing. Goals and interventions are matched by id (path `goals[id=g1].text`);
 * measures by others have no id and are matched by value (path `measuresByOthers[2]`, the index
 * in the version that holds the measure), so editing one reads as removed + added.
 */

export interface Label {
  sv: string;
  en: string;
}

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface PlanChange {
  path: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  label: Label;
}

export interface MergeConflict {
  path: string;
  label: Label;
  base?: unknown;
  mine?: unknown;
  theirs?: unknown;
}

export interface MergeResult {
  /** On a conflict this holds theirs (the version already saved); mine is in the conflict. */
  merged: SipPlan;
  conflicts: MergeConflict[];
}

/** Labels by schema path (ids and indexes stripped), Swedish first. */
export const PLAN_LABELS: Readonly<Record<string, Label>> = {
  problemAndNeeds: { sv: 'Problem och behov', en: 'Problem and needs' },
  ownWords: { sv: 'Den enskildes egna ord och önskemål', en: "The person's own words and wishes" },
  goals: { sv: 'Mål', en: 'Goal' },
  'goals.text': { sv: 'Mål – text', en: 'Goal – text' },
  'goals.horizon': { sv: 'Mål – kort eller lång sikt', en: 'Goal – short or long term' },
  interventions: { sv: 'Insats', en: 'Intervention' },
  'interventions.description': { sv: 'Insats – beskrivning', en: 'Intervention – description' },
  'interventions.principal': { sv: 'Insats – huvudman', en: 'Intervention – principal' },
  'interventions.organisationId': {
    sv: 'Insats – organisation',
    en: 'Intervention – organisation',
  },
  'interventions.unitId': { sv: 'Insats – verksamhet', en: 'Intervention – unit' },
  'interventions.otherActor': { sv: 'Insats – annan aktör', en: 'Intervention – other actor' },
  'interventions.responsible': { sv: 'Insats – ansvarig', en: 'Intervention – responsible' },
  'interventions.goalIds': { sv: 'Insats – mål den ska nå', en: 'Intervention – goals served' },
  'interventions.kind': { sv: 'Insats – typ', en: 'Intervention – type' },
  'interventions.tags': { sv: 'Insats – taggar', en: 'Intervention – tags' },
  'interventions.startOn': { sv: 'Insats – start', en: 'Intervention – start' },
  'interventions.endOn': { sv: 'Insats – slut', en: 'Intervention – end' },
  measuresByOthers: {
    sv: 'Åtgärd av annan än region och kommun',
    en: 'Measure by others than region and municipality',
  },
  measuresByOthersNone: { sv: 'Inga åtgärder av andra', en: 'No measures by others' },
  overallResponsibility: { sv: 'Övergripande ansvar', en: 'Overall responsibility' },
  coordinator: { sv: 'Samordningsansvarig', en: 'Coordinator' },
  nextFollowUpOn: { sv: 'Nästa uppföljning', en: 'Next follow-up' },
};

/** The label of a concrete path such as `interventions[id=i1].unitId`. */
export function labelFor(path: string): Label {
  const schemaPath = path.replace(/\[[^\]]*\]/g, '');
  return PLAN_LABELS[schemaPath] ?? { sv: schemaPath, en: schemaPath };
}

type ScalarKey =
  | 'problemAndNeeds'
  | 'ownWords'
  | 'measuresByOthersNone'
  | 'overallResponsibility'
  | 'coordinator'
  | 'nextFollowUpOn';

/** Fields of an entity; 'set' fields compare and merge without regard to order. */
interface FieldSpec<T> {
  key: Exclude<keyof T, 'id'>;
  set?: true;
}

const GOAL_FIELDS: readonly FieldSpec<Goal>[] = [{ key: 'text' }, { key: 'horizon' }];
const INTERVENTION_FIELDS: readonly FieldSpec<Intervention>[] = [
  { key: 'description' },
  { key: 'principal' },
  { key: 'organisationId' },
  { key: 'unitId' },
  { key: 'otherActor' },
  { key: 'responsible' },
  { key: 'goalIds', set: true },
  { key: 'kind' },
  { key: 'tags', set: true },
  { key: 'startOn' },
  { key: 'endOn' },
];

/** The plan in reading order, as the printed plan shows it. */
type Section =
  | { kind: 'scalar'; key: ScalarKey }
  | { kind: 'entities'; key: 'goals'; fields: readonly FieldSpec<Goal>[] }
  | { kind: 'entities'; key: 'interventions'; fields: readonly FieldSpec<Intervention>[] }
  | { kind: 'values'; key: 'measuresByOthers' };

const SECTIONS: readonly Section[] = [
  { kind: 'scalar', key: 'problemAndNeeds' },
  { kind: 'scalar', key: 'ownWords' },
  { kind: 'entities', key: 'goals', fields: GOAL_FIELDS },
  { kind: 'entities', key: 'interventions', fields: INTERVENTION_FIELDS },
  { kind: 'values', key: 'measuresByOthers' },
  { kind: 'scalar', key: 'measuresByOthersNone' },
  { kind: 'scalar', key: 'overallResponsibility' },
  { kind: 'scalar', key: 'coordinator' },
  { kind: 'scalar', key: 'nextFollowUpOn' },
];

/** A canonical form: absent and null are the same, object keys sorted, sets sorted. */
function canonical(value: unknown, asSet = false): unknown {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v));
    return asSet
      ? [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
      : items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = canonical((value as Record<string, unknown>)[k]);
      if (v !== null) out[k] = v;
    }
    return out;
  }
  return value;
}
const key = (value: unknown): string => JSON.stringify(canonical(value));
// For a set field, absent means empty.
const same = (a: unknown, b: unknown, asSet = false): boolean =>
  asSet
    ? JSON.stringify(canonical(a ?? [], true)) === JSON.stringify(canonical(b ?? [], true))
    : JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

// ---------------------------------------------------------------- diff

/** What changed from `before` to `after`, in the plan's reading order. */
export function diffPlans(before: SipPlan, after: SipPlan): PlanChange[] {
  const changes: PlanChange[] = [];
  const push = (path: string, kind: ChangeKind, b?: unknown, a?: unknown) =>
    changes.push({
      path,
      kind,
      ...(b !== undefined ? { before: b } : {}),
      ...(a !== undefined ? { after: a } : {}),
      label: labelFor(path),
    });

  for (const section of SECTIONS) {
    if (section.kind === 'scalar') {
      const b = before[section.key];
      const a = after[section.key];
      if (!same(b, a)) push(section.key, 'changed', b ?? null, a ?? null);
    } else if (section.kind === 'values') {
      const afterKeys = new Set(after.measuresByOthers.map(key));
      const beforeKeys = new Set(before.measuresByOthers.map(key));
      before.measuresByOthers.forEach((m, i) => {
        if (!afterKeys.has(key(m))) push(`measuresByOthers[${i}]`, 'removed', m);
      });
      after.measuresByOthers.forEach((m, i) => {
        if (!beforeKeys.has(key(m))) push(`measuresByOthers[${i}]`, 'added', undefined, m);
      });
    } else {
      diffEntities(
        before[section.key] as { id: string }[],
        after[section.key] as { id: string }[],
        section.key,
        section.fields as readonly FieldSpec<{ id: string }>[],
        push,
      );
    }
  }
  return changes;
}

function diffEntities<T extends { id: string }>(
  before: readonly T[],
  after: readonly T[],
  name: string,
  fields: readonly FieldSpec<T>[],
  push: (path: string, kind: ChangeKind, b?: unknown, a?: unknown) => void,
): void {
  const afterById = new Map(after.map((e) => [e.id, e]));
  const beforeById = new Map(before.map((e) => [e.id, e]));
  for (const b of before) {
    const a = afterById.get(b.id);
    const at = `${name}[id=${b.id}]`;
    if (!a) {
      push(at, 'removed', b);
      continue;
    }
    for (const f of fields) {
      const bv = b[f.key];
      const av = a[f.key];
      if (!same(bv, av, f.set)) push(`${at}.${String(f.key)}`, 'changed', bv ?? null, av ?? null);
    }
  }
  for (const a of after) {
    if (!beforeById.has(a.id)) push(`${name}[id=${a.id}]`, 'added', undefined, a);
  }
}

// ---------------------------------------------------------------- merge

class Merger {
  readonly conflicts: MergeConflict[] = [];

  conflict(path: string, base: unknown, mine: unknown, theirs: unknown): void {
    this.conflicts.push({ path, label: labelFor(path), base, mine, theirs });
  }

  /** A single value: whoever changed it wins; both changing it differently is a conflict. */
  value<V>(path: string, base: V | undefined, mine: V, theirs: V): V {
    if (same(mine, theirs) || same(base, mine)) return theirs;
    if (same(base, theirs)) return mine;
    this.conflict(path, base ?? null, mine, theirs);
    return theirs;
  }

  /** Additions from either side are kept, removals by either side are applied; never a conflict. */
  set<V>(base: readonly V[], mine: readonly V[], theirs: readonly V[]): V[] {
    const b = new Set(base.map(key));
    const m = new Set(mine.map(key));
    const t = new Set(theirs.map(key));
    const keep = (k: string) => (b.has(k) ? m.has(k) && t.has(k) : m.has(k) || t.has(k));
    const out: V[] = [];
    const taken = new Set<string>();
    for (const v of [...theirs, ...mine]) {
      const k = key(v);
      if (!taken.has(k) && keep(k)) out.push(v);
      taken.add(k);
    }
    return out;
  }

  entities<T extends { id: string }>(
    name: string,
    fields: readonly FieldSpec<T>[],
    base: readonly T[],
    mine: readonly T[],
    theirs: readonly T[],
  ): T[] {
    const byId = (list: readonly T[]) => new Map(list.map((e) => [e.id, e]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    // Theirs' order, then what only mine added, in mine's order.
    const ids = [...theirs.map((e) => e.id), ...mine.map((e) => e.id).filter((id) => !t.has(id))];
    const out: T[] = [];
    for (const id of new Set(ids)) {
      const [be, me, te] = [b.get(id), m.get(id), t.get(id)];
      const at = `${name}[id=${id}]`;
      if (me && te) {
        const merged = { ...te };
        for (const f of fields) {
          const [bv, mv, tv] = [be?.[f.key], me[f.key], te[f.key]];
          if (bv === undefined && mv === undefined && tv === undefined) continue;
          const fieldPath = `${at}.${String(f.key)}`;
          merged[f.key] = f.set
            ? (this.set(
                (bv as unknown[] | undefined) ?? [],
                (mv as unknown[] | undefined) ?? [],
                (tv as unknown[] | undefined) ?? [],
              ) as T[typeof f.key])
            : this.value(fieldPath, bv, mv, tv);
          if (merged[f.key] === undefined) delete merged[f.key];
        }
        out.push(merged);
      } else if (me || te) {
        const present = (me ?? te) as T;
        if (!be)
          out.push(present); // added by one side
        else if (!same(be, present)) {
          // One side removed what the other changed: keep theirs, report it.
          this.conflict(at, be, me ?? null, te ?? null);
          if (te) out.push(te);
        } // else removed by one side, untouched by the other
      }
    }
    return out;
  }
}

/**
 * Three-way merge of two edits (`mine`, `theirs`) of the same version (`base`). Changes that
 * don't overlap merge automatically; the same field changed differently on both sides, or an
 * entity removed by one side and changed by the other, is a conflict.
 */
export function mergePlans(base: SipPlan, mine: SipPlan, theirs: SipPlan): MergeResult {
  const mg = new Merger();
  const merged = { ...theirs };
  for (const section of SECTIONS) {
    if (section.kind === 'scalar') {
      const k = section.key;
      (merged as Record<ScalarKey, unknown>)[k] = mg.value(k, base[k], mine[k], theirs[k]);
    } else if (section.kind === 'values') {
      merged.measuresByOthers = mg.set<MeasureByOthers>(
        base.measuresByOthers,
        mine.measuresByOthers,
        theirs.measuresByOthers,
      );
    } else if (section.key === 'goals') {
      merged.goals = mg.entities('goals', section.fields, base.goals, mine.goals, theirs.goals);
    } else {
      merged.interventions = mg.entities(
        'interventions',
        section.fields,
        base.interventions,
        mine.interventions,
        theirs.interventions,
      );
    }
  }

  // A goal removed on one side while the other linked an intervention to it: drop the dangling
  // link so the plan stays valid, and ask a human.
  const goalIds = new Set(merged.goals.map((g) => g.id));
  merged.interventions = merged.interventions.map((iv) => {
    const dangling = iv.goalIds.filter((id) => !goalIds.has(id));
    if (dangling.length === 0) return iv;
    const path = `interventions[id=${iv.id}].goalIds`;
    const find = (plan: SipPlan) => plan.interventions.find((x) => x.id === iv.id)?.goalIds ?? null;
    mg.conflict(path, find(base), find(mine), find(theirs));
    return { ...iv, goalIds: iv.goalIds.filter((id) => goalIds.has(id)) };
  });

  // "None" chosen on one side while the other added a measure: a contradiction to resolve.
  const contradicts = (p: SipPlan) => p.measuresByOthersNone && p.measuresByOthers.length > 0;
  if (contradicts(merged) && !contradicts(mine) && !contradicts(theirs)) {
    mg.conflict(
      'measuresByOthersNone',
      base.measuresByOthersNone,
      mine.measuresByOthersNone,
      theirs.measuresByOthersNone,
    );
  }

  return { merged, conflicts: mg.conflicts };
}
