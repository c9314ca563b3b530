/** Where the edition's open-data release lives, relative to the site (`<edition>/tablero/` → `<edition>/datos/`). */
export const RELEASE_DIR = '../datos/';
