import { type ReactNode, useId } from 'react';

/** A popup section named by its heading, so a screen reader lists it as a region. */
export function PopupSection(props: {
  className: string;
  title: string;
  testId?: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={props.className} aria-labelledby={headingId} data-testid={props.testId}>
      <h2 className="pg-popup-title" id={headingId}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
