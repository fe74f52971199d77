// The scanner ships no types: the part of its programmatic API that scan.ts uses.
declare module '@doyensec/electronegativity' {
  interface Level {
    name: string;
    value: number;
  }
  interface Issue {
    id: string;
    severity: Level;
    confidence: Level;
    file: string;
    location: { line: number; column: number };
    sample?: string;
    description: string;
    manualReview?: boolean;
  }
  interface Options {
    input: string;
    isRelative?: boolean;
    customScan?: string[];
    excludeFromScan?: string[];
    electronVersionOverride?: string;
  }
  export default function run(options: Options): Promise<{
    globalChecks: number;
    atomicChecks: number;
    errors: { file: string; message: string; tolerable: boolean }[];
    issues: Issue[];
  }>;
}
