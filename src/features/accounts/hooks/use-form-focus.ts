import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Moves focus after a failed submit, once the errors are on screen: to the
 * element `request` names (the first invalid field, or the error summary).
 * Typing afterwards does not move focus again: only a new request does.
 */
export function useFocusAfterSubmit(targets: Record<string, RefObject<HTMLElement | null>>) {
  const [request, setRequest] = useState<{ target: string; n: number } | null>(null);
  const targetsRef = useRef(targets);
  useEffect(() => {
    targetsRef.current = targets;
  });
  useEffect(() => {
    if (request) targetsRef.current[request.target]?.current?.focus();
  }, [request]);
  return (target: string) => setRequest((previous) => ({ target, n: (previous?.n ?? 0) + 1 }));
}
