import { type FormEvent, useId, useState } from 'react';
import { MAX_WORDS } from '../../lib/settings/settings-schema';

export interface WordListEditorProps {
  /** "Invoice date labels": names the list, its field and its buttons. */
  label: string;
  /** One sentence on what the words are matched against. */
  hint: string;
  words: readonly string[];
  /** Words shipped with the extension, for "Restore defaults". */
  defaults: readonly string[];
  /** At least this many words must stay (1 where an empty list would switch the guard off). */
  min: number;
  /** Gets the whole new list; resolves with whether it saved. */
  onChange: (words: string[]) => Promise<boolean>;
  disabled?: boolean;
}

function sameWord(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * A list of words the guard matches on the page (labels, export words), edited one word at a
 * time: remove any word with its own button, type a new one and press Enter or Add. Each change
 * saves at once. Matching is case-insensitive, so a word already there is not added twice.
 */
export function WordListEditor({
  label,
  hint,
  words,
  defaults,
  min,
  onChange,
  disabled = false,
}: WordListEditorProps) {
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const listId = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const word = draft.trim();
    if (word === '') return setError(`Type a word to add to ${label.toLowerCase()}.`);
    if (words.some((w) => sameWord(w, word))) return setError(`“${word}” is already in the list.`);
    if (words.length >= MAX_WORDS) return setError(`The list holds at most ${MAX_WORDS} entries.`);
    setError('');
    if (await onChange([...words, word])) setDraft('');
  }

  async function remove(word: string) {
    if (words.length <= min) {
      return setError(
        `Keep at least ${min} ${min === 1 ? 'entry' : 'entries'}: without one, Period Guard could not find what it looks for.`,
      );
    }
    setError('');
    await onChange(words.filter((w) => w !== word));
  }

  const isDefault =
    words.length === defaults.length && words.every((w, i) => sameWord(w, defaults[i] ?? ''));

  return (
    <fieldset className="pg-fieldset pg-words" disabled={disabled}>
      <legend>{label}</legend>
      <p className="pg-hint" id={hintId}>
        {hint}
      </p>
      <ul className="pg-word-list" id={listId} aria-label={label}>
        {words.map((word) => (
          <li key={word} className="pg-word">
            <span>{word}</span>
            <button
              type="button"
              className="pg-word-remove"
              aria-label={`Remove “${word}” from ${label.toLowerCase()}`}
              onClick={() => void remove(word)}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
        {words.length === 0 ? <li className="pg-muted">None</li> : null}
      </ul>
      <form className="pg-word-add" onSubmit={add} noValidate>
        <label className="pg-sr-only" htmlFor={inputId}>
          {`Add to ${label.toLowerCase()}`}
        </label>
        <input
          id={inputId}
          className="pg-input"
          value={draft}
          maxLength={100}
          placeholder="Add…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setDraft(event.currentTarget.value);
            setError('');
          }}
        />
        <button type="submit" className="pg-button">
          Add<span className="pg-sr-only"> to {label.toLowerCase()}</span>
        </button>
        <button
          type="button"
          className="pg-button pg-button--quiet"
          disabled={isDefault}
          onClick={() => {
            setError('');
            void onChange([...defaults]);
          }}
        >
          Restore defaults<span className="pg-sr-only"> for {label.toLowerCase()}</span>
        </button>
      </form>
      <span className="pg-field-error" id={errorId} role="alert">
        {error}
      </span>
    </fieldset>
  );
}
