/** What a bench module gives back: a report to print and figures to write as JSON. */
export interface BenchOutcome {
  text: string;
  json: unknown;
}

/** One bench (redaction, gateway, task pane...) that `npm run bench` can run, alone with `--only <name>`. */
export interface BenchModule {
  name: string;
  description: string;
  run(): Promise<BenchOutcome>;
}
