import { useEffect, useId, useRef, useState } from 'react';
import {
  CHILD_CONTACTS,
  CIRCLE_LABELS,
  CIRCLE_MEMBER_KINDS,
  SUPPORT_KINDS,
  type ChildContact,
  type CircleMemberKind,
  type SupportKind,
} from '@vardflata/domain';
import type { CircleMember } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { todayInStockholm } from '../../lib/format';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useAddCircleMember, useAddSupport } from './queries';

interface Props {
  onCancel: () => void;
  onDone: () => void;
}

/** A child (age, in the household or with regular contact) or an adult relative (F1). */
export function AddMemberForm({ personId, onCancel, onDone }: Props & { personId: string }) {
  const { t, text } = useCareT();
  const add = useAddCircleMember(personId);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [kind, setKind] = useState<CircleMemberKind | ''>('');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [birthYear, setBirthYear] = useState('');
  const [contact, setContact] = useState<ChildContact | ''>('');
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!kind) found.kind = t('circle.errors.kind');
      if (!name.trim()) found.name = t('circle.errors.name');
      if (!relation.trim()) found.relation = t('circle.errors.relation');
      if (kind === 'child' && !contact) found.contact = t('circle.errors.contact');
      return found;
    },
    send: () =>
      add.mutateAsync({
        kind: kind as CircleMemberKind,
        name: name.trim(),
        relation: relation.trim(),
        birthYear: birthYear.trim() ? Number(birthYear.trim()) : null,
        contact: kind === 'child' ? (contact as ChildContact) : null,
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('circle.addHeading')}
      </h3>
      <Form.Alerts />
      <Form.Choices<CircleMemberKind>
        type="radio"
        name="kind"
        path="kind"
        inline
        requiredMark
        label={t('circle.fields.kind')}
        options={CIRCLE_MEMBER_KINDS.map((value) => ({
          value,
          label: text(CIRCLE_LABELS.kind[value]),
        }))}
        value={kind ? [kind] : []}
        onChange={(v) => setKind(v[0] ?? '')}
      />
      <div className="field-row">
        <Form.Text
          path="name"
          label={t('circle.fields.name')}
          required
          maxLength={200}
          {...bindValue(name, setName)}
        />
        <Form.Text
          path="relation"
          label={t('circle.fields.relation')}
          hint={t('circle.fields.relationHint')}
          required
          maxLength={100}
          {...bindValue(relation, setRelation)}
        />
        <Form.Text
          path="birthYear"
          label={t('circle.fields.birthYear')}
          inputMode="numeric"
          maxLength={4}
          {...bindValue(birthYear, setBirthYear)}
        />
      </div>
      {kind === 'child' && (
        <Form.Choices<ChildContact>
          type="radio"
          name="contact"
          path="contact"
          inline
          requiredMark
          label={t('circle.fields.contact')}
          options={CHILD_CONTACTS.map((value) => ({
            value,
            label: text(CIRCLE_LABELS.contact[value]),
          }))}
          value={contact ? [contact] : []}
          onChange={(v) => setContact(v[0] ?? '')}
        />
      )}
      <Form.Actions submitLabel={t('circle.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}

/** Information, advice or support given to one relative: what, when, by whom. */
export function AddSupportForm({
  personId,
  member,
  onCancel,
  onDone,
}: Props & { personId: string; member: CircleMember }) {
  const { t, text } = useCareT();
  const me = useMe();
  const add = useAddSupport(personId, member.id);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const [kind, setKind] = useState<SupportKind | ''>('');
  const [givenOn, setGivenOn] = useState(todayInStockholm());
  const [givenBy, setGivenBy] = useState(me.name);
  const [description, setDescription] = useState('');
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!kind) found.kind = t('circle.errors.supportKind');
      if (!givenBy.trim()) found.givenBy = t('circle.errors.givenBy');
      if (!description.trim()) found.description = t('circle.errors.description');
      return found;
    },
    send: () =>
      add.mutateAsync({
        kind: kind as SupportKind,
        givenOn: givenOn.trim(),
        givenBy: givenBy.trim(),
        description: description.trim(),
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('circle.supportHeading', { name: member.name })}
      </h3>
      <Form.Alerts />
      <Form.Choices<SupportKind>
        type="radio"
        name="supportKind"
        path="kind"
        inline
        requiredMark
        label={t('circle.fields.supportKind')}
        options={SUPPORT_KINDS.map((value) => ({
          value,
          label: text(CIRCLE_LABELS.support[value]),
        }))}
        value={kind ? [kind] : []}
        onChange={(v) => setKind(v[0] ?? '')}
      />
      <div className="field-row">
        <Form.Date
          path="givenOn"
          label={t('circle.fields.givenOn')}
          required
          max={todayInStockholm()}
          {...bindValue(givenOn, setGivenOn)}
        />
        <Form.Text
          path="givenBy"
          label={t('circle.fields.givenBy')}
          required
          maxLength={200}
          {...bindValue(givenBy, setGivenBy)}
        />
      </div>
      <Form.TextArea
        path="description"
        label={t('circle.fields.description')}
        required
        limit={2000}
        {...bindValue(description, setDescription)}
      />
      <Form.Actions submitLabel={t('circle.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}
