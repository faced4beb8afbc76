/** Something the importer did with a source that its reader should check, located by source line where there is one. */
export interface ImportWarning {
  /** 1-based line of the source the warning is about, or null for the document as a whole. */
  line: number | null;
  message: string;
}
