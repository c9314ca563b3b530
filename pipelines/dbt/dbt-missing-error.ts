/** dbt is not installed in the project's virtualenv: `memoria` exits 3 and says to run `npm install`. */
export class DbtMissingError extends Error {}
