import { useTranslation } from 'react-i18next';
import {
  canShareFiles,
  copyText,
  sharePackFile,
  useQrCode,
} from '../../lib/share';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SharePanel } from '../../ui/SharePanel';

export type MadePack = {
  bytes: Uint8Array;
  link: string;
  filename: string;
  encrypted: boolean;
  cellCount: number;
};

type Props = {
  made: MadePack;
  summaryText: string;
  /** Title for the share sheet. */
  title: string;
  onRemake: () => void;
};

/** A made summary pack, with its three ways out. */
export function SharePack({ made, summaryText, title, onRemake }: Props) {
  const { t } = useTranslation('share');
  const qr = useQrCode(made.link);
  return (
    <section aria-labelledby="share-ready-heading">
      <h2 id="share-ready-heading">{t('readyHeading')}</h2>
      <Notice tone="success">
        <p>{summaryText}</p>
        {made.encrypted ? <p>{t('passphrase.protected')}</p> : null}
      </Notice>
      <SharePanel
        headingLevel={3}
        link={made.link}
        qr={qr}
        onShareFile={() => void sharePackFile(made.bytes, made.filename, title)}
        onCopy={() => copyText(made.link)}
        labels={{
          fileHeading: t('panel.fileHeading'),
          fileHint: t('panel.fileHint'),
          fileButton: canShareFiles()
            ? t('panel.fileButtonShare')
            : t('panel.fileButtonDownload'),
          linkHeading: t('panel.linkHeading'),
          linkHint: t('panel.linkHint'),
          linkLabel: t('panel.linkLabel'),
          copyButton: t('panel.copyButton'),
          copied: t('panel.copied'),
          copyFailed: t('panel.copyFailed'),
          qrHeading: t('panel.qrHeading'),
          qrHint: t('panel.qrHint'),
          qrAlt: t('panel.qrAlt'),
          qrTooLong: t('panel.qrTooLong'),
          qrLoading: t('panel.qrLoading'),
        }}
      />
      <div className="button-row">
        <Button variant="secondary" onPress={onRemake}>
          {t('remake')}
        </Button>
      </div>
    </section>
  );
}
