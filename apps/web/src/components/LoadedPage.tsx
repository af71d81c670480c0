import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { isApiError } from '../api';
import { PageHeading } from './PageHeading';
import { ProblemAlert } from './ProblemAlert';
import { Loading } from './Status';

/**
 * A page about one thing read from the server: its heading while it loads; when it cannot be
 * read, a page that says so — a 404 in words (not there, or not yours to see: the same
 * answer), anything else as the problem — with a way on; then the page itself.
 */
export function LoadedPage<T>({
  query,
  title,
  notFound,
  children,
}: {
  query: UseQueryResult<T>;
  /** The page's title while it loads. */
  title: string;
  notFound: { title: string; body: string; way?: ReactNode };
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <Loading />
      </>
    );
  }
  if (query.isError) {
    const absent = isApiError(query.error) && query.error.status === 404;
    return (
      <>
        <PageHeading title={notFound.title}>{notFound.title}</PageHeading>
        {absent ? <p>{notFound.body}</p> : <ProblemAlert error={query.error} />}
        {notFound.way && <p>{notFound.way}</p>}
      </>
    );
  }
  return <>{children(query.data)}</>;
}
