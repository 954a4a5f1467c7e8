import { useEffect, useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { useRoute, type Area } from '../runtime/router';
import { useAppSettings, useCurrentSeries } from '../runtime/use-app-settings';
import type { Series } from '../domain/core/model';
import { WelcomeScreen } from '../features/welcome/WelcomeScreen';
import { AppShell } from './AppShell';
import { AreaErrorBoundary } from './AreaErrorBoundary';
import { ProgrammeOverview } from '../features/programme/ProgrammeOverview';
import { SessionEditor } from '../features/programme/SessionEditor';
import { ParticipantsList } from '../features/participants/ParticipantsList';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ModeratorPage } from '../features/moderator/ModeratorPage';
import { DeskPage } from '../features/desk/DeskPage';
import { PlatesPage } from '../features/plates/PlatesPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { RoomDisplayWindow } from '../features/room-display/RoomDisplayWindow';
import { LockScreen } from '../features/protection/LockScreen';
import { useLock } from '../features/protection/use-lock';
import { RoomDisplayPage } from '../features/room-display/RoomDisplayPage';
import { BackupsCard } from '../features/backups/BackupsCard';
import { SeriesLogoCard } from '../features/plates/SeriesLogoCard';
import { LockCard } from '../features/protection/LockCard';
import { PurgeCard } from '../features/protection/PurgeCard';
import { StationsCard } from '../features/stations/StationsCard';
import { JoinSharedSeriesCard } from '../features/stations/JoinDialog';
import { RemoteDisplayPublisher } from '../features/room-display/use-remote-display-publisher';
import { useStation } from '../runtime/use-station';

/** The cards other areas keep in Settings, in the order they appear after the event file. */
function settingsCardsOfOtherAreas(current: Series | null) {
  return (
    <>
      <StationsCard series={current} />
      <BackupsCard currentSeriesId={current?.id ?? null} />
      <SeriesLogoCard series={current} />
      <LockCard />
      <PurgeCard series={current} />
    </>
  );
}

function AreaPage({ area, item, series }: { area: Area; item: string | undefined; series: Series }) {
  switch (area) {
    case 'programme':
      return item ? <SessionEditor key={item} series={series} sessionId={item} /> : <ProgrammeOverview series={series} />;
    case 'participants':
      return <ParticipantsList series={series} />;
    case 'settings':
      return <SettingsScreen areaCards={settingsCardsOfOtherAreas} />;
    case 'moderator':
      return <ModeratorPage series={series} />;
    case 'desk':
      return <DeskPage series={series} />;
    case 'plates':
      return <PlatesPage series={series} />;
    case 'reports':
      return <ReportsPage series={series} />;
    case 'room-display':
      return <RoomDisplayPage series={series} />;
  }
}

/** Applies the stored language and theme, then shows the page the route asks for. */
export function App() {
  const settings = useAppSettings();
  const series = useCurrentSeries();
  const route = useRoute();
  const lock = useLock();
  const station = useStation();
  const { i18n, t } = useTranslation();

  useEffect(() => {
    if (settings && settings.language !== i18n.language) void changeLanguage(settings.language);
  }, [settings, i18n]);

  useEffect(() => {
    const dark = route.name === 'room-display-window' || settings?.theme === 'dark';
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [settings?.theme, route.name]);

  // Each screen opens at its top, as a new page would. The window is what scrolls, and it would
  // otherwise keep the last screen's offset: Participants opened from the foot of Settings would
  // start mid-list (and its list draws only the rows at the scroll position).
  const screenKey = route.name === 'area' ? `${route.area}/${route.item ?? ''}` : route.name;
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
  }, [screenKey]);

  // The tab, the window and the taskbar tell the console from the room display: its own title
  // ("Room display (projector)") and its own icon (a screen, on black).
  useEffect(() => {
    const display = route.name === 'room-display-window';
    const area = route.name === 'area' ? t(`nav.${route.area}`) : null;
    document.title = display
      ? series
        ? t('roomDisplay.windowTitle', { series: series.name })
        : t('roomDisplay.windowTitleAlone')
      : area && series
        ? `${area} · ${series.name} · ${t('app.name')}`
        : t('app.name');
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon) icon.href = display ? './favicon-display.svg' : './favicon.svg';
  }, [route, series, t]);

  if (settings === undefined || series === undefined || lock === undefined) {
    return <div className="loading" role="status" aria-label={t('common.loading')} />;
  }
  if (route.name === 'room-display-window') return <RoomDisplayWindow />;
  // The room display shows only the public speaker label: it is never locked. Everything else is.
  // A display on the venue network keeps following this console, locked or not (it shows only public labels).
  const publisher = series ? <RemoteDisplayPublisher seriesId={series.id} stationId={station?.id} /> : null;
  if (lock.locked) {
    return (
      <>
        {publisher}
        <LockScreen lock={lock} />
      </>
    );
  }
  if (route.name === 'welcome' || series === null) return <WelcomeScreen sideCards={<JoinSharedSeriesCard />} />;
  return (
    <AppShell series={series} area={route.area}>
      {publisher}
      <AreaErrorBoundary key={route.area} area={route.area}>
        <AreaPage area={route.area} item={route.item} series={series} />
      </AreaErrorBoundary>
    </AppShell>
  );
}
