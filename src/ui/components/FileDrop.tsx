import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  class?: string;
  /** Called with the files dropped; not while `disabled`. */
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  children: ComponentChildren;
}

/**
 * An area that takes files dropped on it. A convenience only: everything
 * it holds is reachable without a mouse (a file input inside it).
 */
export function FileDrop({ class: className = '', onFiles, disabled = false, children }: Props) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      class={`drop-zone ${className}${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (!disabled) onFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      {children}
    </div>
  );
}
