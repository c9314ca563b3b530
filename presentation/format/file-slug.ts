/** Returns a text as a file-name slug: lower-case ASCII words joined by `-` (`Atención al Migrante` → `atencion-al-migrante`). */
export function fileSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
