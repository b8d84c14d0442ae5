/**
 * renderPdf: a pdfmake document definition in, PDF bytes out, with Thai typeset correctly.
 * Plain Node (never imports `electron`); see CONTEXT.md for what is fixed and how.
 */
import { copyDefinition, type DynamicContent, type PdfContent, type PdfDocDefinition } from './doc-definition';
import { sarabunFiles, type FontFamilyFiles } from './fonts';
import { Printer, URLResolver, type PdfmakeDocument } from './pdfmake-internals';
import { installTypesetting, registerContent, type Typesetting } from './typesetting';

export type { PdfContent, PdfContentNode, PdfDocDefinition } from './doc-definition';

export const DEFAULT_FONT = 'Sarabun';

export interface RenderPdfOptions {
  /** Directory holding the Sarabun TTF files; default: the project's resources/fonts. */
  fontsDir?: string;
  /** More font families (file paths per style), usable by name in styles. Sarabun stays the default. */
  fonts?: Record<string, FontFamilyFiles>;
  /**
   * Break lines only between Thai words (default true). False gives stock pdfmake line breaking,
   * for comparison; text extraction stays correct either way.
   */
  thaiLineBreaking?: boolean;
  /** Named table layouts, as pdfmake's addTableLayouts takes them. */
  tableLayouts?: Record<string, unknown>;
  /**
   * Which local files (images, attachments) the document may read. Default: none besides fonts.
   * Remote URLs are never fetched: an export must not reach the network.
   */
  allowLocalFile?: (path: string) => boolean;
}

/**
 * Renders a document definition to a PDF. Each call lays out a fresh copy of the definition, so
 * the same definition can be rendered any number of times (a pdfmake document can be output only
 * once, and pdfmake writes into the definition it is given).
 */
export async function renderPdf(docDefinition: PdfDocDefinition, options: RenderPdfOptions = {}): Promise<Buffer> {
  installTypesetting();
  const sarabun = sarabunFiles(options.fontsDir);
  const fonts: Record<string, FontFamilyFiles> = { ...options.fonts, [DEFAULT_FONT]: sarabun };
  const fontPaths = new Set(Object.values(fonts).flatMap((family) => Object.values(family)));

  const typesetting: Typesetting = { thaiLineBreaking: options.thaiLineBreaking ?? true };
  const definition = prepareDefinition(docDefinition, typesetting);

  const urlResolver = new URLResolver(NO_FILES);
  urlResolver.setUrlAccessPolicy(() => false);
  const allowLocalFile = options.allowLocalFile;
  const printer = new Printer(fonts, null, urlResolver, (path) => fontPaths.has(path) || allowLocalFile?.(path) === true);
  const pdf = await printer.createPdfKitDocument(definition, { tableLayouts: options.tableLayouts ?? {} });
  return collect(pdf);
}

function prepareDefinition(docDefinition: PdfDocDefinition, typesetting: Typesetting): PdfDocDefinition {
  const definition = copyDefinition(docDefinition);
  // A fresh array around the content is the key under which this document's settings are found.
  const content: PdfContent[] = [definition.content];
  registerContent(content, typesetting);
  definition.content = content;
  // Thai reads better ragged-right than justified (justify stretches the gaps between words).
  definition.defaultStyle = { font: DEFAULT_FONT, alignment: 'left', ...definition.defaultStyle };
  definition.info = { creator: 'Ruam', producer: 'Ruam (pdfmake)', ...definition.info };
  for (const key of ['header', 'footer', 'background'] as const) {
    const dynamic = definition[key];
    if (typeof dynamic === 'function') {
      const produce = dynamic as DynamicContent;
      // pdfmake lays out what these return; copy it so a function returning a shared object is safe.
      definition[key] = ((...args: Parameters<DynamicContent>) => copyDefinition(produce(...args))) as DynamicContent;
    }
  }
  return definition;
}

/** pdfmake's URL resolver wants a file store for downloads; there are none to look up. */
const NO_FILES = {
  existsSync: () => false,
  readFileSync: () => {
    throw new Error('no virtual files');
  },
  writeFileSync: () => undefined,
};

function collect(pdf: PdfmakeDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', (error) => reject(error ?? new Error('PDF stream failed')));
    pdf.end();
  });
}
