import { memo, type CSSProperties, type ReactNode } from 'react';
import { SvgMarkup } from '../../../ui/SvgMarkup';
import type { MinutesPreview } from '../../../../shared/contracts/facilitator';
import type { MinutesBlock, RichText, TableCell, TableCellObject } from '../../../../shared/minutes/model';
import { pageNumberText } from '../../../../shared/minutes/text';

/**
 * The minutes' first page drawn in HTML from the same format-neutral blocks the PDF is made of:
 * an A4 sheet with the PDF's margins (2.5 cm left, 2 cm elsewhere), Sarabun and its type sizes,
 * all in units of the sheet's width (minutes.css), so it scales with the window. What does not fit
 * one page is clipped, as the PDF would carry it over.
 */
export const PagePreview = memo(function PagePreview({ preview, pages, label }: { preview: MinutesPreview; pages: number | null; label: string }) {
  // The page count is known once the PDF is made; until then "หน้า ๑ / …".
  const footer = pages === null ? pageNumberText(preview, 1, 0).replace(/[0-9๐-๙]+$/u, '…') : pageNumberText(preview, 1, pages);
  return (
    <div className="minutes-sheet" role="img" aria-label={label} data-testid="minutes-preview">
      <div className="minutes-page" lang={preview.language}>
        <div className="minutes-page-body">
          {preview.firstPage.map((block, index) => (
            <Block key={index} block={block} />
          ))}
        </div>
        <div className="minutes-page-footer" data-testid="minutes-preview-page-number">
          {footer}
        </div>
      </div>
    </div>
  );
});

function Runs({ text }: { text: RichText }): ReactNode {
  if (typeof text === 'string') return lines(text);
  return text.map((run, i) => {
    const content = lines(run.text);
    const styled = run.bold ? <strong>{content}</strong> : content;
    return <span key={i} className={run.italics ? 'minutes-italic' : undefined}>{styled}</span>;
  });
}

function lines(text: string): ReactNode {
  const parts = text.split('\n');
  if (parts.length === 1) return text;
  return parts.map((part, i) => (
    <span key={i}>
      {i > 0 && <br />}
      {part}
    </span>
  ));
}

const isCellObject = (cell: TableCell): cell is TableCellObject => cell !== null && typeof cell === 'object' && !Array.isArray(cell);

function Figure({ svg, width, caption }: { svg: string; width: number; caption: string }) {
  const style = { '--figure-width': String(width) } as CSSProperties;
  return (
    <figure className="minutes-figure" style={style}>
      <SvgMarkup svg={svg} className="minutes-figure-chart" />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

function Block({ block }: { block: MinutesBlock }) {
  switch (block.kind) {
    case 'heading': {
      const className = `minutes-h${block.level}${block.align === 'center' ? ' minutes-center' : ''}`;
      return <p className={className}>{block.text}</p>;
    }
    case 'paragraph': {
      const classes = ['minutes-p', `minutes-tone-${block.tone ?? 'body'}`];
      if (block.indent === 1) classes.push('minutes-indent');
      if (block.indent === 'block') classes.push('minutes-block-indent');
      if (block.align === 'center') classes.push('minutes-center');
      return (
        <p className={classes.join(' ')}>
          <Runs text={block.text} />
        </p>
      );
    }
    case 'list':
      return (
        <ul className="minutes-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <span className="minutes-marker">{item.marker}</span>
              <span>
                <Runs text={item.text} />
              </span>
            </li>
          ))}
        </ul>
      );
    case 'keyValue':
      return (
        <dl className="minutes-kv">
          {block.items.map((item, i) => (
            <div key={i}>
              <dt>{item.key}</dt>
              <dd>
                <Runs text={item.value} />
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      return (
        <div className="minutes-table">
          {block.caption && <p className="minutes-caption">{block.caption}</p>}
          <table>
            <colgroup>
              {block.columns.map((column, i) => (
                <col key={i} style={column.width === 'fill' ? undefined : { width: `${column.width.fraction * 100}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {block.columns.map((column, i) => (
                  <th key={i} className={column.align ? `minutes-align-${column.align}` : undefined}>
                    {column.header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => {
                    if (cell === null) return null;
                    const column = block.columns[c];
                    if (!isCellObject(cell)) {
                      return (
                        <td key={c} className={column?.align ? `minutes-align-${column.align}` : undefined}>
                          <Runs text={cell} />
                        </td>
                      );
                    }
                    const classes = [cell.muted ? 'minutes-muted' : '', cell.group ? 'minutes-group' : '', `minutes-align-${cell.align ?? (cell.colSpan ? 'left' : (column?.align ?? 'left'))}`];
                    return (
                      <td key={c} colSpan={cell.colSpan} className={classes.filter(Boolean).join(' ')}>
                        <Runs text={cell.text} />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {block.note && <p className="minutes-tone-note">{block.note}</p>}
        </div>
      );
    case 'figure':
      return <Figure svg={block.svg} width={block.width} caption={block.caption} />;
    case 'signatures':
      return (
        <div className="minutes-signatures">
          {block.signers.map((signer, i) => (
            <div key={i}>
              <p>{block.signLabel} ……………………………………</p>
              <p>({signer.name || '……………………………………'})</p>
              <p>{signer.role}</p>
            </div>
          ))}
        </div>
      );
    case 'rule':
      return <hr className="minutes-rule" />;
    case 'pageBreak':
      return null;
  }
}
