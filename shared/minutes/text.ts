import { toThaiDigits } from '../format/thai-date';
import type { MinutesDocument, RichText, TableCell } from './model';

/** The words of rich text without emphasis: for tests, search, and alt text. */
export function plainText(text: RichText | TableCell): string {
  if (text === null) return '';
  if (typeof text === 'string') return text;
  if (Array.isArray(text)) return text.map((run: { text: string }) => run.text).join('');
  return plainText((text as { text: RichText }).text);
}

/** "หน้า ๓ / ๑๒": the document's page-number template with the numbers written its way. */
export function pageNumberText(document: Pick<MinutesDocument, 'pageNumberTemplate' | 'thaiDigits'>, page: number, pages: number): string {
  const digits = (n: number) => (document.thaiDigits ? toThaiDigits(String(n)) : String(n));
  return document.pageNumberTemplate.replace('{page}', digits(page)).replace('{pages}', digits(pages));
}
