// What every benchmark section gives back: its printed table and the issue-7 targets it checks.

export interface BenchContext {
  quick: boolean;
  /** Progress lines (stderr), so stdout stays the report. */
  progress: (msg: string) => void;
}

export interface Target {
  what: string;
  goal: string;
  measured: string;
  /** null: not measured in this run (section skipped). */
  met: boolean | null;
}

export interface SectionResult {
  text: string;
  targets: Target[];
}

export interface Section {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}
