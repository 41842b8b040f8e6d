/**
 * The one error type of ingest: it always names the input file, and the line when one line is
 * to blame, so an editor can go straight to the problem.
 */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${reason}`);
    this.name = 'IngestError';
  }
}
