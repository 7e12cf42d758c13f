"use client";

import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from "react";
import { AlertIcon, CheckIcon } from "./icons";

type ToastTone = "success" | "error";
type ShowToast = (message: string, tone?: ToastTone) => void;
interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
}

const ToastContext = createContext<ShowToast | null>(null);
const LIFETIME_MS = 6_000;
const MAX_SHOWN = 3;

/**
 * Short confirmations ("Saved Go.") in one polite live region at the bottom of the screen. The
 * region is always in the page, so screen readers announce each message as it is added; pointing
 * at the messages keeps them up.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((shown) => shown.filter((t) => t.id !== id));
  }, []);
  const schedule = useCallback(
    (id: number) =>
      timers.current.set(
        id,
        setTimeout(() => dismiss(id), LIFETIME_MS),
      ),
    [dismiss],
  );
  const show = useCallback<ShowToast>(
    (message, tone = "success") => {
      const id = ++nextId.current;
      setToasts((shown) => [...shown.slice(-(MAX_SHOWN - 1)), { id, message, tone }]);
      schedule(id);
    },
    [schedule],
  );
  const pause = () => timers.current.forEach((timer) => clearTimeout(timer));
  const resume = () => toasts.forEach((t) => schedule(t.id));

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4 sm:justify-end">
        <div
          role="status"
          aria-live="polite"
          className="flex w-full max-w-sm flex-col gap-2"
          onMouseEnter={pause}
          onMouseLeave={resume}
        >
          {toasts.map((t) => (
            <p
              key={t.id}
              className={`pointer-events-auto flex items-start gap-2 rounded-xl border bg-surface px-4 py-3 text-sm font-medium text-fg shadow-lg ${t.tone === "error" ? "border-danger" : "border-success/60"}`}
            >
              {t.tone === "error" ? (
                <AlertIcon className="mt-0.5 size-4 shrink-0 text-danger" />
              ) : (
                <CheckIcon className="mt-0.5 size-4 shrink-0 text-success" />
              )}
              {t.message}
            </p>
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

/** `toast("Saved.")`, or `toast("Could not save.", "error")`. */
export function useToast(): ShowToast {
  const show = useContext(ToastContext);
  if (!show) throw new Error("useToast() needs a <ToastProvider> above it (app/(app)/layout.tsx has one).");
  return show;
}
