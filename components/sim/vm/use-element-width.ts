'use client';

import { useEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, so an SVG can use a viewBox in real pixels and its 14 px
 * labels stay 14 px on a phone instead of shrinking with the drawing.
 */
export function useElementWidth<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
