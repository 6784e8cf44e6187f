/** A stored photo at a fixed display width. Its files are already resized, so no optimizer is needed. */
export function Thumbnail({ src, alt, width, photo, className }: { src: string | null; alt: string; width: number; photo: { width: number; height: number }; className?: string }) {
  if (!src) return <span className="photo-thumb-missing">No preview</span>;
  // eslint-disable-next-line @next/next/no-img-element
  return <img className={className} src={src} alt={alt} width={width} height={Math.round((width * photo.height) / photo.width)} loading="lazy" />;
}
