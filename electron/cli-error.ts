/**
 * The failure a command-line program reports to its user: a Chinese message for stderr and the
 * exit code its usage text documents. Thrown from option reading and input checks; each program's
 * `main` turns it into the exit code, and any other error into 1.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}
