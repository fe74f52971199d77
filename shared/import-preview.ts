/** What an import will do, shown before anything changes (crosses the bridge). */
export interface ImportConflict {
  /** stable key to choose the incoming value: `${row}:${field}` */
  key: string;
  field: string;
  existing: string;
  incoming: string;
}

export interface ImportPreviewRow {
  row: number;
  line: number;
  name: string;
  company: string;
  action: 'add' | 'merge' | 'skip';
  /** the peer it merges into (an existing one, or one added earlier in the same file) */
  matchedName: string | null;
  matchedBy: 'LinkedIn profile' | 'email' | 'name and company' | null;
  fills: string[];
  conflicts: ImportConflict[];
}

export interface ImportPreview {
  token: string;
  fileName: string;
  format: string;
  rows: ImportPreviewRow[];
  counts: { add: number; merge: number; skip: number; conflicts: number };
  /** for a Compeer JSON export: what it adds and updates per collection */
  summary: string | null;
}
