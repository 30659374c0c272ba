'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { StatusIcon } from './status-icon';

interface Props {
  /** What failed, in words: "the containers-vs-VMs simulator". */
  label: string;
  /** Called before re-mounting the children, e.g. to clear a saved state that crashed. */
  onReset?: () => void;
  children: ReactNode;
}

/** Keeps a failure inside one simulator or interactive block: the rest of the page keeps working. */
export class ErrorBoundary extends Component<Props, { error: Error | null; attempt: number }> {
  override state = { error: null as Error | null, attempt: 0 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    // Kept for developers; learners see the message below.
    console.warn(`Dockyard: ${this.props.label} failed`, error, info.componentStack);
  }

  reset = () => {
    this.props.onReset?.();
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render() {
    if (!this.state.error) return <div key={this.state.attempt} className="contents">{this.props.children}</div>;
    return (
      <div role="alert" className="wide my-6 rounded-2xl border-2 border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100">
        <p className="flex items-center gap-2 font-semibold">
          <StatusIcon status="warning" className="size-5" />
          Something went wrong in {this.props.label}.
        </p>
        <p className="mt-2 text-sm">
          The rest of the page still works. Resetting starts this block again from its beginning.
        </p>
        <p className="mt-1 font-mono text-xs break-words opacity-80">{this.state.error.message}</p>
        <button type="button" onClick={this.reset} className="mt-4 rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800">
          Reset this {this.props.label.includes('simulator') ? 'simulator' : 'block'}
        </button>
      </div>
    );
  }
}
