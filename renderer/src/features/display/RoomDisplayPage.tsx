import { useTranslation } from 'react-i18next';
import { useHost } from '../../app/contexts';
import type { Series } from '../../domain/model';
import { PageHeader } from '../../ui/PageHeader';
import { MessageControls, ModeChoice, OpenCloseButton, ScreenToggles } from './DisplayControls';
import { DisplayView } from './DisplayView';
import { useDisplayControl, type DisplayControl } from './use-display-control';
import { useDisplayFeed } from './use-display-feed';
import './display.css';

/** The console's "Room display" area: open or close the window, what it shows, and a preview of it. */
export function RoomDisplayPage({ series }: { series: Series }) {
  const { t } = useTranslation();
  const host = useHost();
  const control = useDisplayControl();
  return (
    <div className="page display-page">
      <PageHeader title={t('display.title')} subtitle={t('display.page.lead')} actions={<OpenCloseButton control={control} />} />
      <p className="muted display-open-state" role="status">
        {control.open === null ? '' : control.open ? t('display.page.isOpen') : t('display.page.isClosed')}{' '}
        {host.shell === 'browser' ? t('display.page.browserHint') : t('display.page.electronHint')}
      </p>
      <div className="display-layout">
        <div className="display-controls">
          <MessageControls control={control} />
          <section className="card display-card" aria-labelledby="display-screen-title">
            <h2 className="card-title" id="display-screen-title">
              {t('display.controls.screenTitle')}
            </h2>
            <ScreenToggles control={control} />
            <p className="muted small">{t('display.controls.screenHelp')}</p>
          </section>
          <section className="card display-card">
            <ModeChoice control={control} />
          </section>
        </div>
        <Preview series={series} control={control} />
      </div>
    </div>
  );
}

/** The same view as the window, scaled into a 16:9 box; hidden from assistive technology (it repeats the window). */
function Preview({ series, control }: { series: Series; control: DisplayControl }) {
  const { t } = useTranslation();
  // The console's own state, so the preview changes in the frame of the click.
  const feed = useDisplayFeed(series.id, { listen: false, localState: control.state });
  return (
    <section className="card display-card display-preview-card" aria-labelledby="display-preview-title">
      <h2 className="card-title" id="display-preview-title">
        {t('display.page.previewTitle')}
      </h2>
      <div className="display-preview" aria-hidden="true" inert title={t('display.preview')}>
        {feed ? <DisplayView feed={feed} seriesName={series.name} bench={false} /> : null}
      </div>
    </section>
  );
}
