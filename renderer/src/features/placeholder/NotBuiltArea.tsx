import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/PageHeader';
import { AreaIcon } from '../../ui/icons';

export type UnbuiltArea = 'desk' | 'moderator' | 'display' | 'plates' | 'reports';

/** An area that is planned but not built: it says so plainly, and what it will do. */
export function NotBuiltArea({ area }: { area: UnbuiltArea }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} />
      <section className="not-built card" aria-labelledby="not-built-heading">
        <div className="not-built-icon">
          <AreaIcon area={area} />
        </div>
        <p className="badge neutral" id="not-built-heading">
          {t('notBuilt.badge')}
        </p>
        <p className="not-built-purpose">{t(`notBuilt.${area}`)}</p>
        <p className="muted">{t('notBuilt.text')}</p>
      </section>
    </>
  );
}
