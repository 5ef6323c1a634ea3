interface Props {
  id: string;
  label: string;
  onFiles: (files: File[]) => void;
  /** Omitted for a folder, whose files are all offered. */
  accept?: string;
  multiple?: boolean;
  /** Chooses a folder (and everything in it) instead of files. */
  folder?: boolean;
  disabled?: boolean;
  primary?: boolean;
  describedBy?: string;
}

/**
 * A button that opens the file chooser: a real file input, visually hidden
 * but focusable (its focus shows on the label), so keyboards and screen
 * readers use it as they use any file input. It is emptied after each
 * choice, so choosing the same file again is seen.
 */
export function FileButton({ id, label, onFiles, accept, multiple, folder, disabled, primary, describedBy }: Props) {
  return (
    <>
      <input
        id={id}
        class="visually-hidden file-input"
        type="file"
        accept={folder ? undefined : accept}
        multiple={multiple}
        {...(folder ? { webkitdirectory: '' } : {})}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          onFiles(files);
        }}
      />
      <label class={primary ? 'button primary' : 'button'} for={id}>
        {label}
      </label>
    </>
  );
}
