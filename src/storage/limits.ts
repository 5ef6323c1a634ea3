/** Larger backup files are refused before they are read: a backup of thousands of assessments is far smaller. */
export const BACKUP_MAX_BYTES = 100 * 1024 * 1024;
