import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A page: its title in the browser tab (what a screen reader announces first) and its heading, which takes the
 * focus when the page opens, so keyboard and screen-reader users start at the new content.
 */
export function Page({ title, caption, back, children }: {
  title: string; caption?: string; back?: { href: string; text: string }; children?: ComponentChildren;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Ascend`;
    heading.current?.focus();
  }, [title]);
  return (
    <>
      {back && <div class="nhsuk-back-link"><a class="nhsuk-back-link__link" href={back.href}>{back.text}</a></div>}
      <h1 ref={heading} tabIndex={-1}>
        {caption && <span class="nhsuk-caption-l">{caption}<span class="nhsuk-u-visually-hidden"> – </span></span>}
        {title}
      </h1>
      {children}
    </>
  );
}
