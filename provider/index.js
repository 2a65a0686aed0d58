// The plugin's entry (package.json `main`), which Pulumi's `cmd/run-plugin` requires. run-plugin registers its
// vendored ts-node for .ts files, with type checking and the consumer's working directory as project, which would
// type-check the components with options that are not theirs; tsx takes .ts files over and only transpiles them,
// as `npx data-boundary` does. index.ts is also the entry the schema inference reads (`main` with .js -> .ts).
require("tsx/cjs");
require("./index.ts");
