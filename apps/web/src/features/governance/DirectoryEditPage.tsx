import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicServiceEntry, PublicServiceTextBody } from '@vardflata/contracts';
import type { PublicLanguage } from '@vardflata/domain';
import { api } from '../../api';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import type { Items } from '../../lib/types';
import { LANGUAGES } from '../public-services/words';
import { useGovernanceT } from './i18n';

const nameOf = (code: PublicLanguage) => LANGUAGES.find((l) => l.code === code)!.name;

/** Staff write the public directory (F17), one service and one language at a time. */
export function DirectoryEditPage() {
  const { t } = useGovernanceT();
  const list = useQuery({
    queryKey: ['public-service-entries'],
    queryFn: () => api.get<Items<PublicServiceEntry>>('/api/public-services'),
  });
  return (
    <>
      <PageHeading title={t('directory.title')}>{t('directory.title')}</PageHeading>
      <p className="section-intro">{t('directory.intro')}</p>
      <p>
        <a href="/hjalp">{t('directory.publicLink')}</a>
      </p>
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data?.items.map((e) => (
        <EntryCard key={e.id} entry={e} />
      ))}
    </>
  );
}

function EntryCard({ entry: e }: { entry: PublicServiceEntry }) {
  const { t } = useGovernanceT();
  const sv = e.texts.find((x) => x.lang === 'sv');
  const written = e.texts.map((x) => nameOf(x.lang)).join(', ');
  return (
    <section className="card" aria-labelledby={`entry-${e.id}`}>
      <h2 id={`entry-${e.id}`}>{sv?.name ?? e.texts[0]?.name ?? t('directory.noneWritten')}</h2>
      <p className="meta">
        {e.organisation.name} ·{' '}
        {written ? t('directory.written', { languages: written }) : t('directory.noneWritten')}
      </p>
      {e.mayEdit && <TextForm entry={e} />}
    </section>
  );
}

function TextForm({ entry: e }: { entry: PublicServiceEntry }) {
  const { t } = useGovernanceT();
  const client = useQueryClient();
  const [lang, setLang] = useState<PublicLanguage>('sv');
  const current = e.texts.find((x) => x.lang === lang);
  const [name, setName] = useState(current?.name ?? '');
  const [description, setDescription] = useState(current?.description ?? '');
  const [howTo, setHowTo] = useState(current?.howTo ?? '');
  const [openingHours, setOpeningHours] = useState(current?.openingHours ?? '');
  const [message, setMessage] = useState<string>();
  const write = useMutation({
    mutationFn: (body: PublicServiceTextBody) =>
      api.put<PublicServiceEntry>(`/api/public-services/${e.id}/texts/${lang}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['public-service-entries'] }),
  });
  const choose = (code: PublicLanguage) => {
    const text = e.texts.find((x) => x.lang === code);
    setLang(code);
    setName(text?.name ?? '');
    setDescription(text?.description ?? '');
    setHowTo(text?.howTo ?? '');
    setOpeningHours(text?.openingHours ?? '');
    setMessage(undefined);
  };
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(name.trim() ? {} : { name: t('directory.required') }),
      ...(description.trim() ? {} : { description: t('directory.required') }),
      ...(howTo.trim() ? {} : { howTo: t('directory.required') }),
    }),
    send: () =>
      write.mutateAsync({
        name: name.trim(),
        description: description.trim(),
        howTo: howTo.trim(),
        openingHours: openingHours.trim(),
      }),
    onSuccess: () => setMessage(t('directory.saved')),
  });
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return (
    <Form form={form} className="form" aria-labelledby={`entry-${e.id}`}>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Select
        path="lang"
        label={t('directory.language')}
        value={lang}
        onChange={(ev) => choose(ev.target.value as PublicLanguage)}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </Form.Select>
      <Form.Text
        path="name"
        label={t('directory.name')}
        required
        lang={lang}
        dir={dir}
        {...bindValue(name, setName)}
      />
      <Form.TextArea
        path="description"
        label={t('directory.description')}
        rows={3}
        limit={2000}
        required
        lang={lang}
        dir={dir}
        {...bindValue(description, setDescription)}
      />
      <Form.TextArea
        path="howTo"
        label={t('directory.howTo')}
        rows={3}
        limit={2000}
        required
        lang={lang}
        dir={dir}
        {...bindValue(howTo, setHowTo)}
      />
      <Form.Text
        path="openingHours"
        label={t('directory.openingHours')}
        lang={lang}
        dir={dir}
        {...bindValue(openingHours, setOpeningHours)}
      />
      <Form.Actions submitLabel={t('directory.save')} />
    </Form>
  );
}
