import { Component, type ReactNode } from 'react';

interface PartErrorBoundaryProps {
  /** What a person should know and do, e.g. "The discussion could not be loaded." */
  message: string;
  children: ReactNode;
}

/**
 * Stands in for one part of a page that failed, most often because its code did
 * not load (it loads apart from the page, alongside the data), so the rest of
 * the page stays. A failed import is not retried by the browser before a reload,
 * hence the button.
 */
export class PartErrorBoundary extends Component<PartErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="message message--error" role="alert">
        <p>{this.props.message}</p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}
