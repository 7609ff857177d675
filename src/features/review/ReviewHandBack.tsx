import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { preparePack } from '../../domain/packs/prepare';
import {
  buildReviewPack,
  reviewProgress,
  type ReviewSession,
} from '../../domain/review-session';
import { fileNameFrom } from '../../lib/files';
import {
  canShareFiles,
  copyText,
  linkFor,
  sharePackFile,
  useQrCode,
} from '../../lib/share';
import { SharePanel } from '../../ui/SharePanel';

type Made = { bytes: Uint8Array; link: string };

/** The finished review, handed back as a file, a link or a QR code. */
export function ReviewHandBack({ session }: { session: ReviewSession }) {
  const { t, i18n } = useTranslation('review');
  const organisation = session.pack.reflection.organisationName;
  const [made, setMade] = useState<Made | null>(null);
  const qr = useQrCode(made?.link ?? '');
  const { done, total } = reviewProgress(session);

  useEffect(() => {
    let live = true;
    void preparePack(
      buildReviewPack(session, new Date(), i18n.language),
      '',
    ).then((prepared) => {
      if (live)
        setMade({ bytes: prepared.bytes, link: linkFor(prepared.fragment) });
    });
    return () => {
      live = false;
    };
  }, [session, i18n.language]);

  return (
    <>
      <h1>{t('done.heading')}</h1>
      <p>{t('done.lead', { organisation })}</p>
      <p>{t('done.answered', { done, total })}</p>
      {made ? (
        <SharePanel
          link={made.link}
          qr={qr}
          onShareFile={() =>
            void sharePackFile(
              made.bytes,
              `${fileNameFrom(organisation, 'organisation')}-review.vipack`,
              t('done.fileTitle', { organisation }),
            )
          }
          onCopy={() => copyText(made.link)}
          labels={{
            fileHeading: t('done.panel.fileHeading'),
            fileHint: t('done.panel.fileHint'),
            fileButton: canShareFiles()
              ? t('done.panel.fileButtonShare')
              : t('done.panel.fileButtonDownload'),
            linkHeading: t('done.panel.linkHeading'),
            linkHint: t('done.panel.linkHint'),
            linkLabel: t('done.panel.linkLabel'),
            copyButton: t('done.panel.copyButton'),
            copied: t('done.panel.copied'),
            copyFailed: t('done.panel.copyFailed'),
            qrHeading: t('done.panel.qrHeading'),
            qrHint: t('done.panel.qrHint'),
            qrAlt: t('done.panel.qrAlt'),
            qrTooLong: t('done.panel.qrTooLong'),
            qrLoading: t('done.panel.qrLoading'),
          }}
        />
      ) : null}
    </>
  );
}
