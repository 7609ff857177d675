/**
 * Longer translated text: paragraphs are separated by a blank line and list
 * items by a line break in the locale file, so a translator controls the
 * words and the test controls the shape (the same count in every language).
 */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </>
  );
}

export function LineList({
  text,
  className,
}: {
  text: string;
  className?: string;
}) {
  return (
    <ul className={className}>
      {text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .map((line, index) => (
          <li key={index}>{line}</li>
        ))}
    </ul>
  );
}
