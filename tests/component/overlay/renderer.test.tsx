import { render, screen } from '@testing-library/react';
import { isValidElement } from 'preact';
import { createRoot as preactCreateRoot } from 'preact/compat/client';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

const store = createStore(() => ({ count: 2 }));

function Counter() {
  const { count } = useStore(store);
  const [label] = useState('Marked');
  return <p>{`${label}: ${count}`}</p>;
}

/**
 * The overlay's tests run under Preact, aliased for React as the content script is bundled
 * (build-config/preact-for-react.ts): if the aliases stopped applying, these tests would be
 * testing React, which never renders on the host page.
 */
describe('the overlay test project', () => {
  it('compiles JSX to Preact elements', () => {
    expect(isValidElement(<span />)).toBe(true);
  });

  it('mounts with Preact’s root, as mount-overlay does', () => {
    expect(createRoot).toBe(preactCreateRoot);
  });

  it('renders hooks and a zustand store through Testing Library with Preact', () => {
    const { container } = render(<Counter />);
    expect(screen.getByText('Marked: 2')).toBeInTheDocument();
    // Preact keeps its rendered tree on the element it rendered into; React does not.
    expect(container).toHaveProperty('__k');
  });
});
