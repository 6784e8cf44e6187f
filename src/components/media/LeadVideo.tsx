import { videoEmbedUrl } from '@/lib/markdown/video';

/**
 * An article's lead video through the privacy-friendly embed (youtube-nocookie, Vimeo with
 * do-not-track). Any other address renders nothing: only allowlisted hosts become an iframe.
 */
export function LeadVideo({ url, title }: { url: string; title: string }) {
  const src = videoEmbedUrl(url);
  if (!src) return null;
  return (
    <figure className="lead-video">
      <iframe
        src={src}
        title={`Video: ${title}`}
        loading="lazy"
        allow="encrypted-media; picture-in-picture"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
      />
      <figcaption>
        <a href={url}>Watch the video at its source</a>
      </figcaption>
    </figure>
  );
}
