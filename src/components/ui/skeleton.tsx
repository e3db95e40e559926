import type { CSSProperties } from 'react';

interface SkeletonProps {
  width?: CSSProperties['width'];
  height?: CSSProperties['height'];
  /** Render as inline text-height bar (default) or a block box. */
  className?: string;
  style?: CSSProperties;
}

/** A grey placeholder box. Purely visual: the surrounding region carries aria-busy and a label. */
export function Skeleton({ width = '100%', height = '1em', className, style }: SkeletonProps) {
  return (
    <span
      aria-hidden="true"
      className={className ? `skeleton ${className}` : 'skeleton'}
      style={{ width, height, ...style }}
    />
  );
}
