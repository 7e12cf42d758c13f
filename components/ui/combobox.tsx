"use client";

import {
  Combobox as ComboboxInput,
  ComboboxItem,
  ComboboxLabel,
  ComboboxList,
  useComboboxStore,
} from "@ariakit/react";
import { useId, useState, type FocusEvent, type KeyboardEvent } from "react";
import { CheckIcon } from "./icons";

export interface ComboOption {
  value: string;
  label: string;
  hint?: string;
}

interface ComboboxProps {
  label: string;
  /**
   * The options for what is typed now. Filter in memory, or load them from the server as the
   * query changes (`useAsyncOptions` in ./use-async-options.ts) and pass `loading` meanwhile.
   */
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

/**
 * An ARIA 1.2 combobox on Ariakit: type to filter; Down and Up move through the options (the first
 * is active as soon as something is typed), Home and End jump to the first and last while the list
 * is open, the active option scrolls into view, Enter or a click chooses, Escape closes. Focus stays
 * in the input (aria-activedescendant). With nothing to offer, the list stays closed and a polite
 * status says so ("No matches", or "Searching…" while loading).
 */
export function Combobox({
  label,
  options,
  query,
  onQueryChange,
  onSelect,
  placeholder,
  error,
  hint,
  loading,
  emptyText = "No matches",
}: ComboboxProps) {
  const id = useId();
  const [wanted, setWanted] = useState(false);
  const [chosen, setChosen] = useState("");
  const typed = query.trim().length > 0;
  const open = wanted && typed && options.length > 0;
  const store = useComboboxStore({
    value: query,
    setValue: (value) => {
      if (value === query) return;
      setChosen("");
      onQueryChange(value);
    },
    open,
    setOpen: setWanted,
    selectedValue: chosen,
  });

  const choose = (option: ComboOption) => {
    setChosen(option.value);
    onSelect(option);
    setWanted(false);
  };
  // Ariakit leaves Home and End to the text field (the APG's choice); here they move in the open
  // list. Escape is its popover's, which this inline list does without: closing is done here.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!open || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === "Home" || e.key === "End") {
      e.preventDefault();
      store.move(e.key === "Home" ? store.first() : store.last());
    } else if (e.key === "Escape") {
      e.preventDefault();
      setWanted(false);
    }
  };
  // Closes when focus leaves for anything but the list (a click on an option lands first).
  const onBlur = (e: FocusEvent<HTMLInputElement>) => {
    if (!(
      e.relatedTarget instanceof Node && document.getElementById(`${id}-list`)?.contains(e.relatedTarget)
    ))
      setWanted(false);
  };
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

  return (
    <div className="relative flex flex-col gap-1.5">
      <ComboboxLabel store={store} className="text-sm font-medium">
        {label}
      </ComboboxLabel>
      <ComboboxInput
        store={store}
        id={id}
        className="input"
        autoSelect
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        placeholder={placeholder}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
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
      <ComboboxList
        store={store}
        id={`${id}-list`}
        aria-label={label}
        aria-busy={loading || undefined}
        className="absolute top-full z-20 mt-1 max-h-72 w-full scroll-py-1 overflow-auto rounded-lg border border-border bg-surface py-1 shadow-lg"
      >
        {options.map((o) => (
          <ComboboxItem
            key={o.value}
            value={o.value}
            setValueOnClick={false}
            aria-selected={o.value === chosen}
            onClick={() => choose(o)}
            className="group cursor-pointer px-3 py-2 data-active-item:bg-brand data-active-item:text-brand-fg"
          >
            <span className="font-medium">{o.label}</span>{" "}
            {o.hint && (
              <span className="ml-2 text-sm text-muted group-data-active-item:text-brand-fg">{o.hint}</span>
            )}
            {o.value === chosen && <CheckIcon className="ml-2 inline size-4 align-[-2px]" />}
          </ComboboxItem>
        ))}
      </ComboboxList>
      <div role="status" className="contents">
        {wanted && typed && options.length === 0 && (
          <p className="absolute top-full z-20 mt-1 w-full rounded-lg border border-border bg-surface px-3 py-2 text-sm text-muted shadow-lg">
            {loading ? "Searching…" : emptyText}
          </p>
        )}
      </div>
    </div>
  );
}
