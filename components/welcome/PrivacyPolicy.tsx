/** The privacy policy, inside the extension (the stores link to it; the welcome page summarises it). */
import { t, type Lang } from '../../lib/i18n';

/** Date of the policy's last change; bump it with any change to the pp* strings. */
export const PRIVACY_POLICY_DATE = '2026-11-30';
const SECTIONS = [['ppCollectTitle', 'ppCollect'], ['ppStoreTitle', 'ppStore'], ['ppPermTitle', 'ppPerm'], ['ppDeleteTitle', 'ppDelete']] as const;

export function PrivacyPolicy({ lang, headingLevel = 2 }: { lang: Lang; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="mt-privacy">
      <p class="mt-muted">{t(lang, 'ppUpdated', PRIVACY_POLICY_DATE)}</p>
      {SECTIONS.map(([title, body]) => (
        <section key={title}>
          <Heading>{t(lang, title)}</Heading>
          <p>{t(lang, body)}</p>
        </section>
      ))}
    </div>
  );
}
