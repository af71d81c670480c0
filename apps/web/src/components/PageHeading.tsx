import { useEffect, type ReactNode } from 'react';

/**
 * The page's one h1. It can take focus (tabIndex -1) so the shell can move focus to it after
 * a client-side navigation, and it names the document (the tab, and what a screen reader
 * announces).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  useEffect(() => {
    document.title = `${title} – Vårdfläta`;
  }, [title]);
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
