/**
 * The pdfmake document definition, typed as loosely as pdfmake itself accepts it (there are no
 * pdfmake 0.3 typings in the project), plus the copy that keeps callers' objects untouched.
 */

/** A pdfmake content node: a string, an array (a stack), or an object such as { text }, { table }, { svg }. */
export type PdfContent = string | number | PdfContentNode | readonly PdfContent[];

export interface PdfContentNode {
  [property: string]: unknown;
}

export type DynamicContent = (currentPage: number, pageCount: number, pageSize: unknown) => PdfContent | null | undefined;

export interface PdfDocDefinition {
  content: PdfContent;
  pageSize?: string | { width: number; height: number };
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: number | [number, number] | [number, number, number, number];
  defaultStyle?: Record<string, unknown>;
  styles?: Record<string, Record<string, unknown>>;
  header?: PdfContent | DynamicContent;
  footer?: PdfContent | DynamicContent;
  background?: PdfContent | DynamicContent;
  info?: Record<string, unknown>;
  language?: string;
  images?: Record<string, unknown>;
  compress?: boolean;
  [property: string]: unknown;
}

/**
 * A deep copy of the plain objects and arrays in a definition. pdfmake writes its layout state into
 * the definition (measured inlines, positions, resolved styles), so laying out the same object
 * twice goes wrong; copying first lets a caller render one definition as often as it likes.
 * Functions, buffers, dates and class instances are shared, not copied.
 */
export function copyDefinition<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyDefinition(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = copyDefinition(item);
    return copy as T;
  }
  return value;
}
