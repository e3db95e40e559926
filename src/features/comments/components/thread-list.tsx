import {
  defaultRangeExtractor,
  measureElement as measureRow,
  useWindowVirtualizer,
  windowScroll,
  type Range,
} from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type ReactNode,
} from 'react';
import { useSessionState } from '../hooks/use-thread-session';
import { nestRows, type RowNode, type ThreadRow } from '../lib/flatten';
import type { PendingPost } from '../lib/thread-session';
import { CommentItem, depthStyle } from './comment-item';
import styles from './comment.module.css';
import { PendingItem } from './pending-item';
import { useThreadView } from './thread-context';
import { ListScrollsRows } from './use-row-target';
import { ContinueThreadRow, MoreRepliesRow } from './thread-rows';

/*
 * The rows of a thread view on screen. Small threads render every row,
 * nested (each reply inside its parent's article), so the browser's
 * find-in-page sees everything. Above VIRTUALIZE_ABOVE rows the list is
 * windowed against the page scroll: only rows near the viewport exist, each
 * measured as it renders; the focused row is kept mounted wherever it is.
 * Once windowed a view stays windowed, so focus and scroll do not jump when
 * a collapse brings the count back under the line.
 */

export const VIRTUALIZE_ABOVE = 150;

export type Row = ThreadRow<PendingPost>;

export interface RowDecorations {
  highlightId?: string | null;
  matchIds?: ReadonlySet<string>;
  currentMatchId?: string | null;
  searchQuery?: string;
  /** The root of a focused view: it always says whom it answers. */
  focusRootId?: string | null;
  /** Comments marked "New" (since the last visit, or arrived live). */
  newIds?: ReadonlySet<string>;
}

export interface ThreadListProps extends RowDecorations {
  rows: readonly Row[];
  /** For tests and the benchmark: the row count above which the list is windowed. */
  virtualizeAbove?: number;
}

export function ThreadList({ rows, virtualizeAbove = VIRTUALIZE_ABOVE, ...decorations }: ThreadListProps) {
  const [windowed, setWindowed] = useState(false);
  if (!windowed && rows.length > virtualizeAbove) setWindowed(true);
  return windowed ? (
    <VirtualThread rows={rows} {...decorations} />
  ) : (
    <NestedThread rows={rows} {...decorations} />
  );
}

function RowView({
  row,
  highlightId,
  matchIds,
  currentMatchId,
  searchQuery,
  focusRootId,
  newIds,
  children,
}: RowDecorations & { row: Row; children?: ReactNode }) {
  switch (row.kind) {
    case 'comment': {
      const { id } = row.comment;
      return (
        <CommentItem
          comment={row.comment}
          rowKey={row.key}
          depth={row.depth}
          parentName={row.parentName}
          collapsed={row.collapsed}
          childCount={row.childCount}
          highlighted={id === highlightId}
          matched={matchIds?.has(id) ?? false}
          currentMatch={id === currentMatchId}
          searchQuery={id === currentMatchId ? searchQuery : undefined}
          alwaysShowParent={id === focusRootId}
          isNew={newIds?.has(id) ?? false}
        >
          {children}
        </CommentItem>
      );
    }
    case 'pending':
      return (
        <PendingItem pending={row.pending} rowKey={row.key} depth={row.depth} parentName={row.parentName} />
      );
    case 'more':
      return (
        <MoreRepliesRow
          parentId={row.parentId}
          parentName={row.parentName}
          more={row.more}
          depth={row.depth}
        />
      );
    case 'continue':
      return <ContinueThreadRow commentId={row.commentId} hidden={row.hidden} depth={row.depth} />;
  }
}

function NestedThread({ rows, ...decorations }: RowDecorations & { rows: readonly Row[] }) {
  const nodes = useMemo(() => nestRows(rows), [rows]);
  return (
    <div className={styles.list} data-mode="nested">
      {nodes.map((node) => (
        <NestedNode key={node.row.key} node={node} decorations={decorations} />
      ))}
    </div>
  );
}

function NestedNode({ node, decorations }: { node: RowNode<Row>; decorations: RowDecorations }) {
  return (
    <RowView row={node.row} {...decorations}>
      {node.children.length > 0
        ? node.children.map((child) => (
            <NestedNode key={child.row.key} node={child} decorations={decorations} />
          ))
        : undefined}
    </RowView>
  );
}

function estimateRow(row: Row | undefined): number {
  if (!row) return 120;
  if (row.kind === 'more' || row.kind === 'continue') return 44;
  return row.kind === 'comment' && row.comment.deleted ? 90 : 150;
}

function VirtualThread({ rows, ...decorations }: RowDecorations & { rows: readonly Row[] }) {
  const { session } = useThreadView();
  const listRef = useRef<HTMLDivElement>(null);

  // Where the list starts on the page: everything above it (article, composer) moves it.
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((current) => (Math.abs(current - top) > 0.5 ? top : current));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const indexByKey = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((row, i) => map.set(row.key, i));
    return map;
  }, [rows]);

  // Keep the row holding focus mounted even when it scrolls out of the window.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const focusedIndex = focusedKey === null ? -1 : (indexByKey.get(focusedKey) ?? -1);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex >= 0 && !indexes.includes(focusedIndex)) {
        indexes.push(focusedIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [focusedIndex],
  );

  // Stable between renders: the virtualizer re-measures every row's offset when this function changes,
  // and it renders on every scroll frame (a new function each time cost O(rows) per frame).
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => estimateRow(rows[i]),
    overscan: 6,
    scrollMargin,
    getItemKey,
    rangeExtractor,
    // The page sets `scroll-behavior: smooth`, which turns the virtualizer's unspecified ("auto")
    // writes (its corrections as rows are measured) into animations the next write interrupts:
    // a permalink or search jump then stopped short, the row below the screen. Its writes jump.
    scrollToFn: (offset, { adjustments, behavior }, instance) =>
      windowScroll(offset, { adjustments, behavior: behavior === 'smooth' ? 'smooth' : 'instant' }, instance),
    // A row that measures 0 is not laid out (no layout engine, display: none): keep its estimate,
    // or every row would "fit" on screen and the window would render them all.
    measureElement: (element, entry, instance) => {
      const size = measureRow(element, entry, instance);
      return size > 0 ? size : estimateRow(rows[instance.indexFromElement(element)]);
    },
  });

  // A row asked to be on screen (permalink, search, new comment): bring it into the window; it
  // then scrolls itself exactly into view and takes focus (useRowTarget).
  const target = useSessionState(session, (s) => s.target);
  useEffect(() => {
    if (!session.isTargetLive(target)) return;
    const index = indexByKey.get(target.key);
    if (index !== undefined) virtualizer.scrollToIndex(index, { align: 'center', behavior: 'instant' });
  }, [target, indexByKey, virtualizer, session]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const key =
      (event.target as Element).closest('[data-virtual-key]')?.getAttribute('data-virtual-key') ?? null;
    if (key !== focusedKey) setFocusedKey(key);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocusedKey(null);
  };

  const items = virtualizer.getVirtualItems();
  return (
    <ListScrollsRows.Provider value={true}>
      <div
        ref={listRef}
        className={styles.list}
        data-mode="windowed"
        data-rows={rows.length}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {items.map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          return (
            <div
              key={item.key}
              data-index={item.index}
              data-virtual-key={row.key}
              ref={virtualizer.measureElement}
              className={styles.windowedRow}
              style={{
                ...depthStyle(row.depth),
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <RowView row={row} {...decorations} />
            </div>
          );
        })}
      </div>
    </ListScrollsRows.Provider>
  );
}
