export { CHART_THEMES, OKABE_ITO, type ChartTheme, type Contrast } from './palette';
export { histogramSvg, type HistogramOptions } from './histogram';
export { radarSvg, type RadarOptions, type RadarSeries } from './radar';
export {
  QUADRANTS,
  QUADRANT_HIGH_FROM,
  STAKEHOLDER_SCALE,
  layoutStakeholderGrid,
  quadrantOf,
  stakeholderGridSvg,
  type Quadrant,
  type StakeholderGridLayout,
  type StakeholderGridOptions,
  type StakeholderOnGrid,
} from './stakeholder-grid';
export { representationSvg, type RepresentationOptions, type RepresentationRow } from './representation';
export { checkSvgSubset, elementsOf } from './svg-subset';
export { escapeXml } from './svg';
export { textWidth, truncateText, wrapText } from './text';
