import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseRuamFile } from '../../shared/format/ruam-file';
import { exportMinutes } from '../export/minutes/export';
import { parseArgs, UsageError } from './args';

/**
 * `ruam export FILE --pdf OUT [--lang th|en] [--thai-digits] [--named] [--appendix]`: the minutes
 * of a workshop file as a PDF, without opening the app. Reads the file as it is on disk (a
 * journal left by a crash is not replayed here: open the workshop in Ruam first to recover it).
 * Names appear only with --named (PDPA: anonymised by default, whatever the file's setting).
 */
export async function exportCommand(argv: string[], out: NodeJS.WritableStream): Promise<number> {
  const { positionals, flags } = parseArgs(argv, { flags: ['pdf', 'lang'], booleans: ['thai-digits', 'named', 'appendix', 'json'] });
  const [file, ...extra] = positionals;
  if (!file || extra.length > 0) throw new UsageError('export needs exactly one workshop FILE');
  if (typeof flags.pdf !== 'string' || flags.pdf.trim() === '') throw new UsageError('export needs --pdf OUT (the PDF file to write)');
  if (!flags.pdf.toLowerCase().endsWith('.pdf')) throw new UsageError('the --pdf file name must end in .pdf');
  const lang = flags.lang ?? undefined;
  if (lang !== undefined && lang !== 'th' && lang !== 'en') throw new UsageError('--lang must be th or en');
  if (flags['thai-digits'] && lang === 'en') throw new UsageError('--thai-digits is for Thai minutes; leave it out with --lang en');

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `no such file: ${file}` : `cannot read ${file} (${code ?? 'error'})`);
  }
  const parsed = parseRuamFile(text);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problem.message}`);

  const started = performance.now();
  const result = await exportMinutes(parsed.workshop, {
    language: lang as 'th' | 'en' | undefined,
    thaiDigits: flags['thai-digits'] === true,
    named: flags.named === true,
    appendixRawDistributions: flags.appendix === true,
  });
  const target = path.resolve(flags.pdf);
  await writeFile(target, result.pdf);
  const summary = {
    pdf: target,
    pages: result.pages,
    bytes: result.pdf.byteLength,
    language: result.model.language,
    thaiDigits: result.model.thaiDigits,
    named: result.model.named,
    appendix: result.model.appendixRawDistributions,
    milliseconds: Math.round(performance.now() - started),
    warnings: result.model.warnings.map((w) => w.text),
  };
  if (flags.json) out.write(JSON.stringify(summary) + '\n');
  else {
    out.write(`Wrote ${target} (${summary.pages} pages, ${Math.round(summary.bytes / 1024)} KB, ${summary.named ? 'named' : 'anonymised'}).\n`);
    for (const warning of summary.warnings) out.write(`  note: ${warning}\n`);
  }
  return 0;
}
