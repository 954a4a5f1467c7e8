import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../runtime/contexts';

interface Props {
  /** Which area, for the log. */
  area: string;
  log: (message: string) => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  /** Bumped by "Reload this screen": the area mounts afresh and reads the store again. */
  generation: number;
}

/**
 * Catches what breaks while one area draws, so the rest of the app (navigation, the lock, the
 * other areas) keeps working: the area says so, logs the error and offers to reload itself.
 */
class Boundary extends Component<Props & { fallback: (error: Error, reload: () => void) => ReactNode }, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.props.log(
      `The ${this.props.area} screen stopped: ${error.name}: ${error.message}${info.componentStack ? ` at${info.componentStack.split('\n').slice(0, 4).join(' ')}` : ''}`,
    );
  }

  private readonly reload = () => this.setState((s) => ({ error: null, generation: s.generation + 1 }));

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, this.reload);
    return <div key={this.state.generation}>{this.props.children}</div>;
  }
}

function StoppedScreen({ error, reload }: { error: Error; reload: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card area-stopped" role="alert" aria-labelledby="area-stopped-title">
      <h1 id="area-stopped-title">{t('failures.boundary.title')}</h1>
      <p>{t('failures.boundary.help')}</p>
      <button type="button" className="button primary" onClick={reload}>
        {t('failures.boundary.reload')}
      </button>
      <details>
        <summary>{t('failures.boundary.details')}</summary>
        <pre>{`${error.name}: ${error.message}`}</pre>
      </details>
    </section>
  );
}

/** One boundary per area of the app (see App.tsx). */
export function AreaErrorBoundary({ area, children }: { area: string; children: ReactNode }) {
  const host = useHost();
  return (
    <Boundary area={area} log={(message) => void host.logError(message)} fallback={(error, reload) => <StoppedScreen error={error} reload={reload} />}>
      {children}
    </Boundary>
  );
}
