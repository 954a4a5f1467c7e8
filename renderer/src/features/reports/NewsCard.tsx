import { useTranslation } from 'react-i18next';
import { useNotice } from '../../runtime/notice-store';

/** The news paragraph in English and French, each with a Copy button. */
export function NewsCard({ paragraphs }: { paragraphs: { en: string; fr: string } }) {
  const { t } = useTranslation();
  const showNotice = useNotice((s) => s.show);

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      showNotice(t('reports.news.copied'));
    } catch {
      showNotice(t('reports.news.copyFailed'));
    }
  }

  return (
    <section className="card report-section" aria-labelledby="report-news">
      <h2 id="report-news">{t('reports.news.title')}</h2>
      <p className="muted small">{t('reports.news.help')}</p>
      <div className="report-news-grid">
        {(['en', 'fr'] as const).map((lang) => {
          const language = lang === 'en' ? t('reports.news.english') : t('reports.news.french');
          return (
            <figure key={lang} className="report-news">
              <figcaption className="report-news-head">
                <span className="strong">{language}</span>
                <button
                  type="button"
                  className="button ghost small-button"
                  aria-label={t('reports.news.copyOf', { language })}
                  onClick={() => void copy(paragraphs[lang])}
                >
                  {t('reports.news.copy')}
                </button>
              </figcaption>
              <p lang={lang} data-testid={`news-${lang}`}>
                {paragraphs[lang]}
              </p>
            </figure>
          );
        })}
      </div>
    </section>
  );
}
