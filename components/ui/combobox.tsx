"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";

export interface ComboOption {
  value: string;
  label: string;
  hint?: string;
}

interface ComboboxProps {
  label: string;
  options: ComboOption[];
  /** Text typed so far (controlled, so callers can search as it changes). */
  query: string;
  onQueryChange: (query: string) => void;
  onSelect: (option: ComboOption) => void;
  placeholder?: string;
  error?: string;
  hint?: string;
  loading?: boolean;
  emptyText?: string;
}

/** An ARIA 1.2 combobox: type to filter, arrows to move, Enter to choose, Escape to close. */
export function Combobox({ label, options, query, onQueryChange, onSelect, placeholder, error, hint, loading, emptyText = "No matches" }: ComboboxProps) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Closing on blur waits so a click on an option lands first; focus or typing cancels it.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reopen = () => {
    clearTimeout(closeTimer.current);
    setOpen(true);
  };
  const listId = `${id}-list`;
  const showList = open && query.trim().length > 0;

  const choose = (option: ComboOption) => {
    onSelect(option);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter" && showList && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === "Escape") {
      setOpen(false);
    }
  };
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

  return (
    <div className="relative flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        className="input"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && options[active] ? `${id}-opt-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        placeholder={placeholder}
        value={query}
        onChange={(e) => {
          onQueryChange(e.target.value);
          setActive(0);
          reopen();
        }}
        onKeyDown={onKeyDown}
        onBlur={() => (closeTimer.current = setTimeout(() => setOpen(false), 150))}
        onFocus={reopen}
      />
      {hint && !error && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-danger">
          {error}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!showList}
        className="absolute top-full z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-border bg-surface py-1 shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.value}
            id={`${id}-opt-${i}`}
            role="option"
            aria-selected={i === active}
            className={`cursor-pointer px-3 py-2 ${i === active ? "bg-brand text-brand-fg" : ""}`}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(o)}
          >
            <span className="font-medium">{o.label}</span>{" "}
            {o.hint && <span className={`ml-2 text-sm ${i === active ? "" : "text-muted"}`}>{o.hint}</span>}
          </li>
        ))}
        {options.length === 0 && <li className="px-3 py-2 text-sm text-muted">{loading ? "Searching…" : emptyText}</li>}
      </ul>
    </div>
  );
}
