/**
 * A small set of line icons drawn inline (no icon font, no external assets: the CSP allows only
 * our own files, and the app runs offline). Decorative: every icon sits beside a text label.
 */
const PATHS = {
  overview: ['M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'],
  setup: ['M9 4h6v3H9z', 'M7 5.5H5v15h14v-15h-2', 'M8.5 11h7', 'M8.5 15h5'],
  participants: ['M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6z', 'M3.5 19.5c.6-3.2 2.8-5 5.5-5s4.9 1.8 5.5 5', 'M16 11a2.5 2.5 0 1 0 0-5', 'M17 14.6c2 .5 3.2 2.1 3.5 4.9'],
  stakeholders: ['M4 20V4', 'M4 20h16', 'M9 9.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z', 'M16 8.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z', 'M12.5 16a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3z'],
  priorities: ['M5 21V4', 'M5 4h11l-2 4 2 4H5'],
  minutes: ['M6 3h9l4 4v14H6z', 'M14.5 3v4.5H19', 'M9 12h7', 'M9 16h7'],
  undo: ['M9 14 4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['m15 14 5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  projector: ['M3 5h18v11H3z', 'M8 20h8', 'M12 16v4'],
  plus: ['M12 5v14', 'M5 12h14'],
  remove: ['M6 6l12 12', 'M18 6 6 18'],
  up: ['m6 14 6-6 6 6'],
  down: ['m6 10 6 6 6-6'],
  previous: ['m15 6-6 6 6 6'],
  next: ['m9 6 6 6-6 6'],
  alert: ['M12 4 2.5 20h19z', 'M12 10v4.5', 'M12 17.2v.1'],
  offline: ['M3 3l18 18', 'M8.5 16.5a5 5 0 0 1 7 0', 'M5 13a10 10 0 0 1 5-2.6', 'M19 13a10 10 0 0 0-2.3-1.6', 'M2 9.5a14.5 14.5 0 0 1 4.4-2.8', 'M22 9.5A14.5 14.5 0 0 0 11 5.6', 'M12 20h.01'],
  calendar: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3.5v4', 'M16 3.5v4'],
  start: ['M12 5v14', 'M5 12h14'],
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 20 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
