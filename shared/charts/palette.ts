/**
 * Okabe & Ito's palette ("Color Universal Design", 2008): eight colours that stay distinguishable
 * for the common forms of colour blindness. Every colour in a chart comes from here or a tint of it.
 */
export const OKABE_ITO = Object.freeze({
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const);

/** `high` is for a washed-out projector or a greyscale print: black text, thicker lines, no pale fills. */
export type Contrast = 'standard' | 'high';

export type ChartTheme = {
  readonly background: string;
  readonly text: string;
  /** Secondary text (tick numbers, notes). */
  readonly mutedText: string;
  readonly gridLine: string;
  readonly axisLine: string;
  readonly bar: string;
  /** The median bar(s) of a histogram. */
  readonly highlight: string;
  readonly abstainBar: string;
  /** Colours for radar series, in order. Shape and dash differ too, so colour is never the only cue. */
  readonly series: readonly string[];
  readonly quadrantFill: {
    readonly manageClosely: string;
    readonly keepSatisfied: string;
    readonly keepInformed: string;
    readonly monitor: string;
  };
  readonly cardFill: string;
  readonly cardStroke: string;
  readonly cardAccent: string;
  /** Representation flags: a stakeholder group nobody came from, or too few. */
  readonly missing: string;
  readonly thin: string;
  /** Base stroke width in px; other strokes are multiples of it. */
  readonly lineWidth: number;
  /** Opacity of a radar series' fill. */
  readonly areaOpacity: number;
};

/** `colour` mixed with white, `amount` of the way (0 = colour, 1 = white). */
function tint(colour: string, amount: number): string {
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  return `#${channels
    .map((c) => Math.round(c + (255 - c) * amount).toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()}`;
}

export const CHART_THEMES: Readonly<Record<Contrast, ChartTheme>> = Object.freeze({
  standard: {
    background: '#FFFFFF',
    text: '#1A1A1A',
    mutedText: '#4D4D4D',
    gridLine: '#C8C8C8',
    axisLine: '#4D4D4D',
    bar: OKABE_ITO.blue,
    highlight: OKABE_ITO.orange,
    abstainBar: '#BDBDBD',
    series: [
      OKABE_ITO.blue,
      OKABE_ITO.vermillion,
      OKABE_ITO.bluishGreen,
      OKABE_ITO.reddishPurple,
      OKABE_ITO.orange,
      OKABE_ITO.skyBlue,
      OKABE_ITO.black,
    ],
    quadrantFill: {
      manageClosely: tint(OKABE_ITO.orange, 0.85),
      keepSatisfied: tint(OKABE_ITO.blue, 0.88),
      keepInformed: tint(OKABE_ITO.bluishGreen, 0.88),
      monitor: '#F2F2F2',
    },
    cardFill: '#FFFFFF',
    cardStroke: '#8C8C8C',
    cardAccent: OKABE_ITO.blue,
    missing: OKABE_ITO.vermillion,
    thin: OKABE_ITO.orange,
    lineWidth: 1,
    areaOpacity: 0.15,
  },
  high: {
    background: '#FFFFFF',
    text: '#000000',
    mutedText: '#000000',
    gridLine: '#6E6E6E',
    axisLine: '#000000',
    bar: OKABE_ITO.black,
    highlight: OKABE_ITO.vermillion,
    abstainBar: '#8C8C8C',
    // Only the darker colours: yellow, sky blue and orange are too pale on white.
    series: [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.black, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple],
    quadrantFill: { manageClosely: '#FFFFFF', keepSatisfied: '#FFFFFF', keepInformed: '#FFFFFF', monitor: '#FFFFFF' },
    cardFill: '#FFFFFF',
    cardStroke: '#000000',
    cardAccent: OKABE_ITO.black,
    missing: OKABE_ITO.vermillion,
    thin: OKABE_ITO.black,
    lineWidth: 2,
    areaOpacity: 0,
  },
});
