import type { MinutesPreview } from '../../../shared/contracts/facilitator';
import type { MinutesBlock, MinutesDocument } from '../../../shared/minutes';
import { CONTENT_HEIGHT, estimateHeight, keptWhole } from './definition';

/**
 * About the first page of the PDF, as blocks: the blocks whose estimated heights (the same
 * estimates the PDF layout keeps headings with) fill one page. The Minutes step draws them on an
 * A4 sheet with the PDF's margins and type sizes; what overflows the sheet is clipped there.
 */
export function firstPageBlocks(model: Pick<MinutesDocument, 'blocks'>): MinutesBlock[] {
  const blocks: MinutesBlock[] = [];
  let height = 0;
  for (const block of model.blocks) {
    if (block.kind === 'pageBreak') break;
    const next = height + estimateHeight(block);
    // What the PDF keeps whole starts the next page when it does not fit this one.
    if (next > CONTENT_HEIGHT && keptWhole(block) && blocks.length > 0) break;
    blocks.push(block);
    height = next;
    if (height >= CONTENT_HEIGHT) break;
  }
  return blocks;
}

export function minutesPreview(model: MinutesDocument): MinutesPreview {
  return {
    title: model.title,
    fileName: `${model.fileStem}.pdf`,
    language: model.language,
    thaiDigits: model.thaiDigits,
    named: model.named,
    appendixRawDistributions: model.appendixRawDistributions,
    pageNumberTemplate: model.pageNumberTemplate,
    firstPage: firstPageBlocks(model),
    outline: [...model.outline],
    warnings: [...model.warnings],
  };
}
