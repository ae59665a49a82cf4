"use client";

import { type ReactNode, useEffect, useId, useState } from "react";
import { createPortal } from "react-dom";

/**
 * A modal `<dialog>` (focus kept inside, Escape closes, focus returns to the opener), rendered at
 * the end of the body: it may be opened from inside another form (the deck editor) without
 * nesting forms, and its keys and swipes never reach the page behind it.
 */
export function ModalDialog({
  open,
  onClose,
  title,
  children,
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
}) {
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const titleId = useId();
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useEffect(() => {
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open, dialog]);
  if (!mounted) return null;
  const stop = (event: { stopPropagation(): void }) => event.stopPropagation();
  return createPortal(
    <dialog
      ref={setDialog}
      className="dialog"
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={stop}
      onTouchStart={stop}
      onTouchEnd={stop}
      onClick={(event) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (event.target === dialog) onClose();
        stop(event);
      }}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {children}
      </div>
    </dialog>,
    document.body,
  );
}
