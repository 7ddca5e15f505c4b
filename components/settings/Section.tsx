import { type ReactNode, useId } from 'react';

export interface SectionProps {
  /** The anchor the page's contents link to. */
  id: string;
  title: string;
  /** One or two sentences on what the section is for. */
  intro?: ReactNode;
  children: ReactNode;
}

/** One settings section: a landmark named by its heading, so it shows in a reader's outline. */
export function Section({ id, title, intro, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className="pg-section" id={id} aria-labelledby={headingId}>
      <h2 className="pg-section-title" id={headingId}>
        {title}
      </h2>
      {intro ? <p className="pg-section-intro">{intro}</p> : null}
      {children}
    </section>
  );
}
