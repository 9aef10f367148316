import { Component, type ErrorInfo, type ReactNode } from 'react';

/** If drawing fails, say so and keep the plan: it is already saved in the browser. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Exchange Topology Designer failed to draw', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>The designer hit a problem drawing this view</h1>
        <p>Your plan is saved in this browser. Reload to continue where you were.</p>
        <pre>{this.state.error.message}</pre>
        <button className="primary" onClick={() => location.reload()}>
          Reload
        </button>
      </div>
    );
  }
}
