import { useTranslation } from 'react-i18next';
import { useHost } from '../../runtime/contexts';
import type { Series } from '../../domain/core/model';
import { PageHeader } from '../../ui/PageHeader';
import { BilingualToggle, MessageControls, ModeChoice, OpenCloseButton, ScreenToggles } from '../../modules/room-display-link/RoomDisplayControls';
import { RoomDisplayView } from './RoomDisplayView';
import { useRoomDisplayControl, type RoomDisplayControl } from '../../modules/room-display-link/use-room-display-control';
import { useRoomDisplayFeed } from './use-room-display-feed';
import './room-display.css';

/** The console's "Room display" area: open or close the window, what it shows, and a preview of it. */
export function RoomDisplayPage({ series }: { series: Series }) {
  const { t } = useTranslation();
  const host = useHost();
  const control = useRoomDisplayControl();
  return (
    <div className="page display-page">
      <PageHeader title={t('roomDisplay.title')} subtitle={t('roomDisplay.page.lead')} actions={<OpenCloseButton control={control} />} />
      <p className="muted room-display-open-state" role="status">
        {control.open === null ? '' : control.open ? t('roomDisplay.page.isOpen') : t('roomDisplay.page.isClosed')}{' '}
        {host.shell === 'browser' ? t('roomDisplay.page.browserHint') : t('roomDisplay.page.electronHint')}
      </p>
      <div className="room-display-layout">
        <div className="room-display-controls">
          <MessageControls control={control} />
          <section className="card room-display-card" aria-labelledby="display-screen-title">
            <h2 className="card-title" id="display-screen-title">
              {t('roomDisplay.controls.screenTitle')}
            </h2>
            <ScreenToggles control={control} />
            <p className="muted small">{t('roomDisplay.controls.screenHelp')}</p>
          </section>
          <section className="card room-display-card">
            <ModeChoice control={control} />
            <BilingualToggle control={control} />
          </section>
        </div>
        <Preview series={series} control={control} />
      </div>
    </div>
  );
}

/** The same view as the window, scaled into a 16:9 box; hidden from assistive technology (it repeats the window). */
function Preview({ series, control }: { series: Series; control: RoomDisplayControl }) {
  const { t } = useTranslation();
  // The console's own state, so the preview changes in the frame of the click.
  const feed = useRoomDisplayFeed(series.id, { listen: false, localState: control.state });
  return (
    <section className="card room-display-card display-preview-card" aria-labelledby="display-preview-title">
      <h2 className="card-title" id="display-preview-title">
        {t('roomDisplay.page.previewTitle')}
      </h2>
      <div className="room-display-preview" aria-hidden="true" inert title={t('roomDisplay.preview')}>
        {feed ? <RoomDisplayView feed={feed} seriesName={series.name} bench={false} /> : null}
      </div>
    </section>
  );
}
