/**
 * One bar of a chart, as SVG sized by attributes: the content security policy allows no inline styles. A fixed width,
 * since a percentage one would stretch its table cell. The figure it draws is always written beside it, so the bar
 * itself is hidden from screen readers.
 */
export function Bar({ value, max, colour = '#005eb8' }: { value: number | null | undefined; max: number; colour?: string }) {
  const share = value && max > 0 ? Math.max(0.5, (100 * value) / max) : 0;
  return (
    <svg class="app-bar" width="160" height="20" aria-hidden="true" focusable="false">
      <rect x="0" y="2" width={`${share}%`} height="16" fill={colour} />
    </svg>
  );
}
