import type { ComponentChildren } from 'preact';

/** A wide table that scrolls sideways on a narrow screen: focusable, so keyboard users can scroll it too. */
export function Scrollable({ label, children }: { label: string; children: ComponentChildren }) {
  return <div class="app-table-scroll" tabIndex={0} role="region" aria-label={label}>{children}</div>;
}
